// Facts as the CLI prints them: a readable table, CSV (one row per claim) or JSON.
import type { Fact, FactStatus } from '../store/types.ts';
import { formatDate, formatPeriod, formatValue } from './format.ts';

export const STATUS_LABEL: Record<FactStatus, string> = {
  consistent: 'thống nhất / consistent',
  differs_in_time: 'khác thời điểm / differs in time',
  differs_in_scope: 'khác phạm vi / differs in scope',
  forecast_vs_actual: 'dự báo và thực tế / forecast vs actual',
  conflicting: 'MÂU THUẪN / CONFLICTING',
};

export function renderFactsTable(facts: Fact[]): string {
  if (!facts.length) return 'Không có dữ kiện nào / no facts.\n';
  const out: string[] = [];
  for (const f of facts) {
    const when = f.year ?? (f.period ? formatPeriod(f.period, 'vi') : '?');
    const best = f.best ? formatValue({ ...f.best, unit: f.unit }, 'vi') : '—';
    out.push(
      `■ ${f.indicator} · ${f.subject ?? '—'} · ${when} · ${STATUS_LABEL[f.status]} · tốt nhất/best: ${best}${f.best ? ` (${f.best.basis})` : ''} · ${f.sources} nguồn/sources  [${f.id}]`,
    );
    for (const c of f.claims) {
      const time = c.period
        ? formatPeriod(c.period, 'vi')
        : c.asOf
          ? `đến ${formatDate(c.asOf, 'vi')}`
          : c.source.published
            ? `đưa tin ${formatDate(c.source.published, 'vi')}`
            : '';
      const src = [c.source.outlet, c.source.title].filter(Boolean).join(' — ') || c.source.source;
      const flags = [
        c.modality !== 'actual' ? c.modality : '',
        c.reviewed ?? '',
        c.machineValue != null ? `máy/machine: ${c.machineValue}` : '',
        c.copies.length ? `+${c.copies.length} bản sao/copies` : '',
        c.scope.length ? `phạm vi/scope: ${c.scope.join(',')}` : '',
      ].filter(Boolean);
      out.push(`   - ${formatValue(c, 'vi')}${time ? ` (${time})` : ''}${flags.length ? ` [${flags.join('; ')}]` : ''}`);
      out.push(`     «${excerpt(c.sentence ?? c.text, c.text, 220)}»`);
      const where = c.source.url ? ` <${c.source.url}>` : src === c.source.source ? '' : ` (${c.source.source})`;
      out.push(
        `     ${src}${where}${c.source.published ? ` · ${formatDate(c.source.published, 'vi')}` : ''} · doc ${c.docId} · claim ${c.claimId}`,
      );
    }
    out.push(`   VI: ${f.explanation.vi}`);
    out.push(`   EN: ${f.explanation.en}`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

const CSV_COLS = [
  'fact_id',
  'indicator',
  'subject',
  'year',
  'status',
  'reasons',
  'best_value',
  'best_value_max',
  'unit',
  'claim_id',
  'value',
  'value_max',
  'machine_value',
  'qualifier',
  'modality',
  'as_of',
  'period_start',
  'period_end',
  'scope',
  'reviewed',
  'copies',
  'doc_id',
  'source',
  'outlet',
  'title',
  'url',
  'published',
  'text',
  'explanation_vi',
  'explanation_en',
] as const;

export function renderFactsCsv(facts: Fact[]): string {
  const rows: string[] = [CSV_COLS.join(',')];
  for (const f of facts) {
    for (const c of f.claims) {
      const v: Record<(typeof CSV_COLS)[number], unknown> = {
        fact_id: f.id,
        indicator: f.indicator,
        subject: f.subject,
        year: f.year,
        status: f.status,
        reasons: f.reasons.join(' '),
        best_value: f.best?.value,
        best_value_max: f.best?.valueMax,
        unit: f.unit,
        claim_id: c.claimId,
        value: c.value,
        value_max: c.valueMax,
        machine_value: c.machineValue,
        qualifier: c.qualifier,
        modality: c.modality,
        as_of: c.asOf,
        period_start: c.period?.start,
        period_end: c.period?.end,
        scope: c.scope.join(' '),
        reviewed: c.reviewed,
        copies: c.copies.length,
        doc_id: c.docId,
        source: c.source.source,
        outlet: c.source.outlet,
        title: c.source.title,
        url: c.source.url,
        published: c.source.published,
        text: c.text,
        explanation_vi: f.explanation.vi,
        explanation_en: f.explanation.en,
      };
      rows.push(CSV_COLS.map((k) => csvCell(v[k])).join(','));
    }
  }
  return `${rows.join('\n')}\n`;
}

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The sentence, cut to max characters around the claim's own words. */
export function excerpt(sentence: string, claim: string, max: number): string {
  const t = sentence.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const at = t.indexOf(claim.replace(/\s+/g, ' ').trim());
  if (at < 0) return oneLine(t, max);
  const start = Math.max(0, Math.min(at - Math.floor((max - claim.length) / 2), t.length - max));
  return `${start > 0 ? '…' : ''}${t.slice(start, start + max).trim()}${start + max < t.length ? '…' : ''}`;
}

function oneLine(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
