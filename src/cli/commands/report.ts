// `doingoai report` — a review of a period by pillar: headline figures cited to their sources, differences explained,
// the period's events and charts; Markdown, HTML, DOCX, XLSX or PDF.
import { writeFileSync } from 'node:fs';
import { buildReportModel, REPORT_FORMATS, type ReportFormat, renderReport, reportPeriod } from '../../report/index.ts';
import { taxonomy } from '../../report/labels.ts';
import { DB_FLAG, DB_USAGE, storeFromArgs } from '../../store/cli.ts';
import { list, parseArgs, str, UsageError } from '../args.ts';
import type { Command } from '../command.ts';

const FLAGS = { values: [DB_FLAG, 'year', 'years', 'from', 'to', 'lang', 'format', 'output'], repeat: ['pillar'] };

/** `-o FILE` is the one short flag the commands take: spelled out before parsing. */
export function expandShort(argv: string[]): string[] {
  return argv.map((a) => (a === '-o' ? '--output' : a.startsWith('-o=') ? `--output=${a.slice(3)}` : a));
}

export const reportCommand: Command = {
  name: 'report',
  summary: 'Báo cáo tổng quan theo kỳ, có dẫn nguồn / period review with cited figures',
  usage: `doingoai report (--year 2021 | --from 2021-01-01 --to 2021-06-30 | --years 2016-2021) [--pillar P]... [--lang vi|en] --format ${REPORT_FORMATS.join('|')} [-o FILE] ${DB_USAGE}`,
  async run(argv) {
    const args = parseArgs(expandShort(argv), FLAGS);
    if (args.positionals.length) throw new UsageError(`unexpected argument "${args.positionals[0]}"`);
    let period: { from: string; to: string } | null;
    try {
      period = reportPeriod({ year: str(args, 'year'), years: str(args, 'years'), from: str(args, 'from'), to: str(args, 'to') });
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    if (!period) throw new UsageError('cần --year, --years hoặc --from/--to / a period is needed: --year, --years or --from/--to');
    const format = str(args, 'format') as ReportFormat | undefined;
    if (!format || !REPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(', ')}`);
    const lang = str(args, 'lang') ?? 'vi';
    if (lang !== 'vi' && lang !== 'en') throw new UsageError('--lang must be vi or en');
    const pillars = list(args, 'pillar');
    const known = Object.keys(taxonomy().pillars);
    for (const p of pillars) if (!known.includes(p)) throw new UsageError(`--pillar must be one of ${known.join(', ')}; got "${p}"`);
    const output = str(args, 'output');
    const binary = format === 'docx' || format === 'xlsx' || format === 'pdf';
    if (!output && binary && process.stdout.isTTY) throw new UsageError(`--format ${format} is binary: give -o FILE or redirect stdout`);

    const store = await storeFromArgs(args);
    let body: Buffer;
    try {
      const model = await buildReportModel(store, {
        ...period,
        pillars,
        lang,
        generatedAt: new Date().toISOString().slice(0, 16).replace('T', ' '),
      });
      body = await renderReport(model, format);
    } finally {
      await store.close();
    }
    if (output) {
      writeFileSync(output, body);
      process.stderr.write(`doingoai report: ${output} (${body.length} bytes)\n`);
    } else process.stdout.write(body);
    return 0;
  },
};
