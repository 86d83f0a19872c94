// Dates written in Vietnamese news (bylines, metadata): "14/12/2021", "14-12-2021", "ngày 23 tháng 08 năm 2019", "tháng 3/2021", "năm 2023".
import type { IsoDate } from '../../types.ts';

export interface DateMention {
  start: number;
  end: number;
  /** day: a full date; month: a month of a year (iso is its first day); year: a year alone (iso is 1 January). */
  precision: 'day' | 'month' | 'year';
  iso: IsoDate;
}

const DMY = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2})(?![\d/])/g;
const WORDS_DMY = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:năm|,|\/)\s*((?:19|20)\d{2})(?!\d)/giu;
const MONTH = /tháng\s+(\d{1,2})\s*(?:\/|năm|-)\s*((?:19|20)\d{2})(?!\d)/giu;
const YEAR = /(?<![\d.,/-])((?:19|20)\d{2})(?![\d%]|[.,]\d)/g;
// The second year of a span ("2016-2021", "nhiệm kỳ 2023 - 2027") says when it ends, not what has happened.
const YEAR_RANGE_END = /(?:19|20)\d{2}\s*[-–]\s*$/;

const pad = (n: number) => String(n).padStart(2, '0');

export function isoDate(y: number, m: number, d: number): IsoDate | null {
  if (m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

export function findDates(text: string): DateMention[] {
  return find(text, false);
}

/** The full dates only: findDates(text) filtered to precision 'day', without looking for the others. */
export function findDays(text: string): DateMention[] {
  return find(text, true);
}

/** Adds a mention unless its date is invalid or it overlaps one taken before. A plain function, not a closure per call. */
function add(out: DateMention[], start: number, end: number, precision: DateMention['precision'], iso: IsoDate | null): void {
  if (!iso) return;
  for (const d of out) if (start < d.end && end > d.start) return;
  out.push({ start, end, precision, iso });
}

// exec over the shared global regexes rather than matchAll, which copies the regex on every call.
function each(re: RegExp, text: string, found: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) found(m);
}

// Full dates are taken first, so leaving months and years out does not change which full dates are found.
function find(text: string, daysOnly: boolean): DateMention[] {
  const out: DateMention[] = [];
  each(WORDS_DMY, text, (m) => add(out, m.index, m.index + m[0].length, 'day', isoDate(+m[3], +m[2], +m[1])));
  each(DMY, text, (m) => add(out, m.index, m.index + m[0].length, 'day', isoDate(+m[4], +m[3], +m[1])));
  if (daysOnly) return out.sort((a, b) => a.start - b.start);
  each(MONTH, text, (m) => add(out, m.index, m.index + m[0].length, 'month', isoDate(+m[2], +m[1], 1)));
  each(YEAR, text, (m) => {
    if (YEAR_RANGE_END.test(text.slice(Math.max(0, m.index - 8), m.index))) return;
    add(out, m.index, m.index + m[0].length, 'year', isoDate(+m[1], 1, 1));
  });
  return out.sort((a, b) => a.start - b.start);
}

export interface TimeOfDay {
  hh: string;
  mm: string;
  seconds: boolean;
  start: number;
  end: number;
}

const TIME = /(?<![\d:])([01]?\d|2[0-3])\s*[:hg]\s*([0-5]\d)(?::([0-5]\d))?(?![\d:])/g;

export function findTime(text: string): TimeOfDay | null {
  TIME.lastIndex = 0;
  const m = TIME.exec(text);
  if (!m) return null;
  return { hh: pad(+m[1]), mm: m[2] as string, seconds: m[3] !== undefined, start: m.index, end: m.index + m[0].length };
}

/** A container's date ("2021-12-14T11:05:00+07:00", "14/12/2021", "Mon, 14 Dec 2021 04:05:00 GMT") as a day and time. */
export function parseMetaDate(value: string): { date: IsoDate; time: string | null } | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(value.trim());
  if (iso) {
    const date = isoDate(+iso[1], +iso[2], +iso[3]);
    return date ? { date, time: iso[4] ? `${iso[4]}:${iso[5]}` : null } : null;
  }
  const dmy = findDates(value).find((d) => d.precision === 'day');
  if (dmy) {
    const t = findTime(value);
    return { date: dmy.iso, time: t ? `${t.hh}:${t.mm}` : null };
  }
  const parsed = Date.parse(value);
  if (Number.isNaN(parsed)) return null;
  return { date: new Date(parsed).toISOString().slice(0, 10), time: null };
}
