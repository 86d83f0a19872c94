// Figures and dates as explanations print them, in Vietnamese and English.
import type { IsoDate, Period, Qualifier } from '../types.ts';

const SCALES_VI: Array<[number, string]> = [
  [1e9, 'tỉ'],
  [1e6, 'triệu'],
  [1e3, 'nghìn'],
];
const SCALES_EN: Array<[number, string]> = [
  [1e9, 'bn'],
  [1e6, 'million'],
];

const QUAL_VI: Record<Qualifier, string> = {
  exact: '',
  approx: 'khoảng ',
  more_than: 'hơn ',
  less_than: 'dưới ',
  nearly: 'gần ',
  range: '',
};
const QUAL_EN: Record<Qualifier, string> = {
  exact: '',
  approx: 'about ',
  more_than: 'over ',
  less_than: 'under ',
  nearly: 'nearly ',
  range: '',
};

export function formatNumber(v: number, lang: 'vi' | 'en'): string {
  const scales = lang === 'vi' ? SCALES_VI : SCALES_EN;
  for (const [f, word] of scales) {
    if (Math.abs(v) >= f && (lang === 'en' || f >= 1e6)) return `${plain(v / f, lang)} ${word}`;
  }
  return plain(v, lang);
}

function plain(v: number, lang: 'vi' | 'en'): string {
  const r = Math.round(v * 100) / 100;
  const [int, frac] = String(r).split('.');
  const sep = lang === 'vi' ? '.' : ',';
  const grouped = (int ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return frac ? `${grouped}${lang === 'vi' ? ',' : '.'}${frac}` : grouped;
}

export function formatValue(c: { value: number; valueMax?: number | null; qualifier: Qualifier; unit: string }, lang: 'vi' | 'en'): string {
  const unit = c.unit === 'count' ? '' : c.unit === '%' ? '%' : ` ${c.unit}`;
  const n =
    c.valueMax != null && c.valueMax !== c.value
      ? `${formatNumber(c.value, lang)}–${formatNumber(c.valueMax, lang)}`
      : formatNumber(c.value, lang);
  const q = (lang === 'vi' ? QUAL_VI : QUAL_EN)[c.qualifier] ?? '';
  return `${q}${n}${unit === '%' ? '%' : unit}`.trim();
}

export function formatDate(d: IsoDate, lang: 'vi' | 'en'): string {
  const [y, m, day] = d.split('-');
  if (!y || !m || !day) return d;
  return lang === 'vi' ? `${Number(day)}/${Number(m)}/${y}` : d;
}

/** "năm 2021" / "2021", "2019–2021", or a date range. */
export function formatPeriod(p: Period, lang: 'vi' | 'en'): string {
  const ys = p.start.slice(0, 4);
  const ye = p.end.slice(0, 4);
  const wholeYears = p.start.endsWith('-01-01') && p.end.endsWith('-12-31');
  if (wholeYears && ys === ye) return lang === 'vi' ? `năm ${ys}` : ys;
  if (wholeYears) return `${ys}–${ye}`;
  return `${formatDate(p.start, lang)}–${formatDate(p.end, lang)}`;
}
