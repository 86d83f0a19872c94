// `doingoai facts` — reconciled facts: every claim with its source, the best value, agreement and its explanation.
import { renderFactsCsv, renderFactsTable } from '../../reconcile/render.ts';
import { DB_FLAG, DB_USAGE, storeFromArgs } from '../../store/cli.ts';
import type { Fact, FactFilter, FactStatus, Store } from '../../store/types.ts';
import { int, list, type ParsedArgs, parseArgs, str, UsageError } from '../args.ts';
import type { Command } from '../command.ts';

const FORMATS = ['table', 'json', 'csv'] as const;
const STATUSES: FactStatus[] = ['consistent', 'differs_in_time', 'differs_in_scope', 'forecast_vs_actual', 'conflicting'];
const FLAGS = { values: [DB_FLAG, 'indicator', 'subject', 'from', 'to', 'format', 'limit'], repeat: ['status'] };

export function factFilter(args: ParsedArgs): FactFilter {
  const f: FactFilter = { limit: int(args, 'limit', 1000) };
  const s = (k: string) => str(args, k);
  if (s('indicator')) f.indicator = s('indicator');
  if (s('subject')) f.subject = s('subject');
  for (const k of ['from', 'to'] as const) {
    const v = s(k);
    if (v === undefined) continue;
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v))
      throw new UsageError(`--${k} must be a year or a date (2021, 2021-06, 2021-06-30), got "${v}"`);
    f[k] = v;
  }
  const st = list(args, 'status');
  for (const x of st) if (!STATUSES.includes(x as FactStatus)) throw new UsageError(`--status must be one of ${STATUSES.join(', ')}`);
  if (st.length) f.status = st as FactStatus[];
  return f;
}

export async function printFacts(args: ParsedArgs, query: (s: Store, f: FactFilter) => Promise<{ items: Fact[] }>): Promise<number> {
  const format = (str(args, 'format') ?? 'table') as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  if (args.positionals.length) throw new UsageError(`unexpected argument "${args.positionals[0]}"`);
  const filter = factFilter(args);
  const store = await storeFromArgs(args);
  try {
    const { items } = await query(store, filter);
    const out =
      format === 'json' ? `${JSON.stringify(items, null, 2)}\n` : format === 'csv' ? renderFactsCsv(items) : renderFactsTable(items);
    process.stdout.write(out);
    return 0;
  } finally {
    await store.close();
  }
}

export const factsCommand: Command = {
  name: 'facts',
  summary: 'Dữ kiện đã đối chiếu từ các nguồn / reconciled facts with their sources',
  usage: `doingoai facts ${DB_USAGE} [--indicator K] [--subject VN] [--from 2020 --to 2023] [--status S]... [--format table|json|csv] [--limit N]`,
  run: (argv) => printFacts(parseArgs(argv, FLAGS), (s, f) => s.listFacts(f)),
};

export const FACT_FLAGS = FLAGS;
