// `doingoai export` — documents, claims, facts, events or entities as CSV, JSONL or XLSX, filtered like the API and
// streamed page by page, so any number of rows fits in memory.
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { EXPORT_FORMATS, EXPORT_KINDS, type ExportFilter, type ExportFormat, type ExportKind, exportToStream } from '../../export/index.ts';
import { DB_FLAG, DB_USAGE, storeFromArgs } from '../../store/cli.ts';
import type { FactStatus } from '../../store/types.ts';
import type { EntityType, EventType, Modality } from '../../types.ts';
import { list, type ParsedArgs, parseArgs, str, UsageError } from '../args.ts';
import type { Command } from '../command.ts';
import { expandShort } from './report.ts';

const FLAGS = {
  values: [
    DB_FLAG,
    'format',
    'output',
    'from',
    'to',
    'outlet',
    'doc',
    'indicator',
    'subject',
    'fact',
    'modality',
    'actor',
    'cluster',
    'type',
    'q',
  ],
  repeat: ['status', 'event-type'],
  booleans: ['all-versions', 'include-rejected'],
};

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Flags → the store filter of the kind; flags that do not apply to the kind are usage errors. */
export function exportFilter<K extends ExportKind>(kind: K, a: ParsedArgs): ExportFilter[K] {
  const allowed: Record<ExportKind, string[]> = {
    documents: ['from', 'to', 'outlet', 'all-versions'],
    claims: ['doc', 'indicator', 'subject', 'from', 'to', 'fact', 'modality', 'include-rejected'],
    facts: ['indicator', 'subject', 'from', 'to', 'status'],
    events: ['event-type', 'actor', 'from', 'to', 'doc', 'cluster', 'include-rejected'],
    entities: ['type', 'q'],
  };
  for (const k of Object.keys(a.flags)) {
    if ([DB_FLAG, 'format', 'output'].includes(k)) continue;
    if (!allowed[kind].includes(k))
      throw new UsageError(`--${k} does not apply to ${kind} (use: ${allowed[kind].map((x) => `--${x}`).join(' ')})`);
  }
  for (const k of ['from', 'to']) {
    const v = str(a, k);
    if (v !== undefined && !DATE.test(v)) throw new UsageError(`--${k} must be a year or a date (2021, 2021-06-30), got "${v}"`);
  }
  const s = (k: string) => str(a, k);
  const f: Record<string, unknown> = {};
  const set = (key: string, v: unknown) => {
    if (v !== undefined && !(Array.isArray(v) && !v.length)) f[key] = v;
  };
  set('from', s('from'));
  set('to', s('to'));
  switch (kind) {
    case 'documents':
      set('outlet', s('outlet'));
      if (a.flags['all-versions']) f.latestOnly = false;
      break;
    case 'claims':
      set('docId', s('doc'));
      set('indicator', s('indicator'));
      set('subject', s('subject'));
      set('factId', s('fact'));
      if (s('modality') && !['actual', 'forecast', 'target'].includes(s('modality') as string))
        throw new UsageError('--modality must be actual, forecast or target');
      set('modality', s('modality') as Modality | undefined);
      if (a.flags['include-rejected']) f.includeRejected = true;
      break;
    case 'facts':
      set('indicator', s('indicator'));
      set('subject', s('subject'));
      set('status', list(a, 'status') as FactStatus[]);
      break;
    case 'events':
      set('type', list(a, 'event-type') as EventType[]);
      set('actor', s('actor'));
      set('docId', s('doc'));
      set('clusterId', s('cluster'));
      if (a.flags['include-rejected']) f.includeRejected = true;
      break;
    case 'entities':
      if (s('type') && !['country', 'org', 'person'].includes(s('type') as string))
        throw new UsageError('--type must be country, org or person');
      set('type', s('type') as EntityType | undefined);
      set('q', s('q'));
      break;
  }
  return f as ExportFilter[K];
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'Xuất dữ liệu CSV, JSONL, XLSX / export data as CSV, JSONL or XLSX',
  usage: `doingoai export (${EXPORT_KINDS.join('|')}) --format ${EXPORT_FORMATS.join('|')} [-o FILE] ${DB_USAGE} [filters: --from --to --outlet --all-versions | --doc --indicator --subject --fact --modality --include-rejected | --status S... | --event-type T... --actor --cluster | --type --q]`,
  async run(argv) {
    const args = parseArgs(expandShort(argv), FLAGS);
    const [kind, extra] = args.positionals as [ExportKind | undefined, string | undefined];
    if (!kind || !EXPORT_KINDS.includes(kind)) throw new UsageError(`what to export: one of ${EXPORT_KINDS.join(', ')}`);
    if (extra) throw new UsageError(`unexpected argument "${extra}"`);
    const format = (str(args, 'format') ?? 'csv') as ExportFormat;
    if (!EXPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
    const filter = exportFilter(kind, args);
    const output = str(args, 'output');
    if (!output && format === 'xlsx' && process.stdout.isTTY)
      throw new UsageError('--format xlsx is binary: give -o FILE or redirect stdout');

    const store = await storeFromArgs(args);
    let n: number;
    try {
      const out: Writable = output ? createWriteStream(output) : process.stdout;
      n = await exportToStream(store, kind, format, filter, out);
      if (output) {
        if (!out.writableEnded) out.end();
        await finished(out);
      }
    } finally {
      await store.close();
    }
    process.stderr.write(`doingoai export: ${n} ${kind}${output ? ` → ${output}` : ''}\n`);
    return 0;
  },
};
