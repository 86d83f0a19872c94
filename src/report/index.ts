// Reports: build the model from the store, then lay it out in the asked format.
import { htmlToPdf } from './browser.ts';
import { renderDocx } from './docx.ts';
import { renderHtml } from './html.ts';
import { renderMarkdown } from './md.ts';
import type { ReportModel } from './model.ts';
import { renderXlsx } from './xlsx.ts';

export { buildReportModel, type ReportModel, type ReportOptions } from './model.ts';

export const REPORT_FORMATS = ['md', 'html', 'docx', 'xlsx', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_MIME: Record<ReportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

export async function renderReport(m: ReportModel, format: ReportFormat): Promise<Buffer> {
  switch (format) {
    case 'md':
      return Buffer.from(renderMarkdown(m), 'utf8');
    case 'html':
      return Buffer.from(renderHtml(m), 'utf8');
    case 'docx':
      return renderDocx(m);
    case 'xlsx':
      return renderXlsx(m);
    case 'pdf':
      return htmlToPdf(renderHtml(m));
  }
}

/** --year 2021 | --years 2016-2021 | --from/--to → a period; null when none is given. Throws on a malformed one. */
export function reportPeriod(q: { year?: string; years?: string; from?: string; to?: string }): { from: string; to: string } | null {
  const given = [q.year, q.years, q.from ?? q.to].filter((x) => x !== undefined).length;
  if (given > 1) throw new Error('chỉ chọn một trong --year, --years, --from/--to / give one of --year, --years, --from/--to');
  if (q.year !== undefined) {
    if (!/^\d{4}$/.test(q.year)) throw new Error(`--year cần dạng 2021 / --year must be a year, got "${q.year}"`);
    return { from: `${q.year}-01-01`, to: `${q.year}-12-31` };
  }
  if (q.years !== undefined) {
    const m = /^(\d{4})\s*[-–:]\s*(\d{4})$/.exec(q.years);
    if (!m || (m[1] as string) > (m[2] as string))
      throw new Error(`--years cần dạng 2016-2021 / --years must look like 2016-2021, got "${q.years}"`);
    return { from: `${m[1]}-01-01`, to: `${m[2]}-12-31` };
  }
  if (q.from !== undefined || q.to !== undefined) {
    const day = (v: string | undefined, end: boolean) => {
      if (v === undefined) throw new Error('--from và --to đi cùng nhau / --from and --to go together');
      if (/^\d{4}$/.test(v)) return end ? `${v}-12-31` : `${v}-01-01`;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) throw new Error(`ngày không hợp lệ / not a date: "${v}"`);
      return v;
    };
    const from = day(q.from, false);
    const to = day(q.to, true);
    if (from > to) throw new Error(`--from ${from} sau --to ${to} / --from is after --to`);
    return { from, to };
  }
  return null;
}
