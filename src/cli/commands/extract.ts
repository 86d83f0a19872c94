// `doingoai extract [--format jsonl|json|text] INPUT...` — the DESIGN.md contract on stdout, failures on stderr.
import { processRaw } from '../../pipeline.ts';
import { isReadError, readInputs } from '../../read/index.ts';
import type { ExtractedDoc } from '../../types.ts';
import { int, parseArgs, str, UsageError } from '../args.ts';
import type { Command } from '../command.ts';

const FORMATS = ['jsonl', 'json', 'text'] as const;
type Format = (typeof FORMATS)[number];

export const extractCommand: Command = {
  name: 'extract',
  summary: 'Trích xuất số liệu, thực thể, sự kiện / extract claims, entities and events',
  usage: 'doingoai extract [--format jsonl|json|text] [--max-bytes N] [--timeout MS] INPUT... (INPUT: file, folder, URL or -)',
  async run(argv) {
    const args = parseArgs(argv, { values: ['format', 'max-bytes', 'timeout'] });
    const format = (str(args, 'format') ?? 'jsonl') as Format;
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
    if (args.positionals.length === 0) throw new UsageError('no INPUT given');
    const opts = { maxBytes: int(args, 'max-bytes', 50 * 1024 * 1024), timeoutMs: int(args, 'timeout', 15000) };
    let failed = 0;
    const all: ExtractedDoc[] = [];
    for await (const item of readInputs(args.positionals, opts)) {
      if (isReadError(item)) {
        failed++;
        process.stderr.write(`doingoai: ${item.source}: ${item.reason}\n`);
        continue;
      }
      let doc: ExtractedDoc;
      try {
        doc = processRaw(item);
      } catch (e) {
        failed++;
        process.stderr.write(`doingoai: ${item.source}: analysis failed: ${(e as Error).message}\n`);
        continue;
      }
      if (format === 'jsonl') await write(`${JSON.stringify(doc)}\n`);
      else if (format === 'text') await write(renderText(doc));
      else all.push(doc);
    }
    if (format === 'json') await write(`${JSON.stringify(all, null, 2)}\n`);
    return failed ? 1 : 0;
  },
};

// Respect back-pressure so a large batch piped to a slow reader does not pile up in memory.
function write(s: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(s)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

function renderText(d: ExtractedDoc): string {
  const lines = [
    `# ${d.title ?? '(không tiêu đề / no title)'}`,
    `nguồn/source: ${d.source}${d.outlet ? ` · ${d.outlet}` : ''} · ngày/date: ${d.published.date ?? '?'} (${d.published.basis})`,
    '',
    d.text,
    '',
    `## Số liệu / claims (${d.claims.length})`,
    ...d.claims.map(
      (c) =>
        `- ${c.text} → ${c.value}${c.valueMax ? `–${c.valueMax}` : ''} ${c.unit} [${c.qualifier}, ${c.modality}${c.indicator ? `, ${c.indicator}` : ''}]`,
    ),
    `## Thực thể / entities (${d.entities.length})`,
    ...d.entities.map((e) => `- ${e.type} ${e.id}: ${e.name} ×${e.mentions.length}`),
    `## Sự kiện / events (${d.events.length})`,
    ...d.events.map((e) => `- ${e.type} [${e.actors.join(', ')}] ${e.date?.start ?? ''} «${e.text}»`),
    `## Đã loại bỏ / removed (${d.removed.length})`,
    ...d.removed.map((r) => `- (${r.reason}) ${r.text.slice(0, 120)}`),
    '',
  ];
  return `${lines.join('\n')}\n`;
}
