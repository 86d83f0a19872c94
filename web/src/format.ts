// Numbers, dates and names as the reader expects them in each language.
import type { Lang } from './i18n.tsx';

const SCALES: Array<[number, string, string]> = [
  [1e12, 'nghìn tỉ', 'trillion'],
  [1e9, 'tỉ', 'billion'],
  [1e6, 'triệu', 'million'],
];

export function fmtNumber(n: number, lang: Lang): string {
  const abs = Math.abs(n);
  for (const [f, vi, en] of SCALES) {
    if (abs >= f) {
      const x = n / f;
      const s = x.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 2 });
      return `${s} ${lang === 'vi' ? vi : en}`;
    }
  }
  return n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 2 });
}

const QUAL: Record<string, [string, string]> = {
  approx: ['khoảng', 'about'],
  more_than: ['hơn', 'over'],
  less_than: ['dưới', 'under'],
  nearly: ['gần', 'nearly'],
};

export function fmtValue(v: { value: number; valueMax?: number | null; unit: string; qualifier?: string }, lang: Lang): string {
  const unit = v.unit === 'count' ? '' : v.unit === '%' ? '%' : ` ${v.unit}`;
  const num =
    v.valueMax != null && v.valueMax !== v.value ? `${fmtNumber(v.value, lang)}–${fmtNumber(v.valueMax, lang)}` : fmtNumber(v.value, lang);
  const q = v.qualifier ? QUAL[v.qualifier] : undefined;
  return `${q ? `${q[lang === 'vi' ? 0 : 1]} ` : ''}${num}${unit}`;
}

export function fmtDate(d: string | null | undefined, lang: Lang): string {
  if (!d) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(d);
  if (!m) return d;
  return lang === 'vi' ? `${Number(m[3])}/${Number(m[2])}/${m[1]}` : `${m[1]}-${m[2]}-${m[3]}`;
}

export function fmtPeriod(p: { start: string; end: string } | null | undefined, lang: Lang): string {
  if (!p) return '';
  if (p.start === p.end) return fmtDate(p.start, lang);
  if (p.start.endsWith('-01-01') && p.end.endsWith('-12-31') && p.start.slice(0, 4) === p.end.slice(0, 4)) return p.start.slice(0, 4);
  return `${fmtDate(p.start, lang)}–${fmtDate(p.end, lang)}`;
}

const names = new Map<string, Intl.DisplayNames | null>();

/** 'VN' → 'Việt Nam'; a pair 'VN-RU' → 'Việt Nam – Nga'; other ids as they are. */
export function entityName(id: string | null | undefined, lang: Lang): string {
  if (!id) return '';
  if (/^[A-Z]{2}-[A-Z]{2}$/.test(id))
    return id
      .split('-')
      .map((x) => entityName(x, lang))
      .join(' – ');
  if (!/^[A-Z]{2}$/.test(id)) return id;
  if (!names.has(lang)) {
    try {
      names.set(lang, new Intl.DisplayNames([lang], { type: 'region' }));
    } catch {
      names.set(lang, null);
    }
  }
  try {
    return names.get(lang)?.of(id) ?? id;
  } catch {
    return id;
  }
}

/** An href only for http(s) URLs: article metadata is untrusted. */
export function safeHref(url: string | null | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}
