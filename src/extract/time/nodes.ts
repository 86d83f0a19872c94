// Time values as the rules build them (fields the text gave), and their resolution to day spans against a reference.
import { addMonths, type Day, type DaySpan, day, daysInMonth, monthEnd, monthStart, validDate, weekStart, ymd } from './calendar.ts';

export type Unit = 'day' | 'week' | 'month' | 'year';

/** A time value with the fields the text gave; a missing year (or month) is filled from the reference at resolution. */
export type TimeNode =
  /** A calendar day: "ngày 7/12/2021", "30/6", "sáng 21". yRel: year relative to the reference ("năm ngoái"). */
  | { t: 'day'; y?: number; yRel?: number; m?: number; d: number }
  /** Consecutive days of one month: "ngày 15-16/6", "hai ngày 9 và 10-3". */
  | { t: 'days'; y?: number; yRel?: number; m?: number; d1: number; d2: number }
  /** A calendar month: "tháng 3/2021", "tháng Ba". */
  | { t: 'month'; y?: number; yRel?: number; m: number }
  /** Months m1..m2 of one year: quarters, halves, "6 tháng đầu năm", "đầu năm". recent: a yearless quarter takes the latest one begun. */
  | { t: 'months'; y?: number; yRel?: number; m1: number; m2: number; recent?: boolean }
  /** Days d1..d2 of a month: "cuối tháng 3", "đầu tháng này". */
  | { t: 'monthPart'; y?: number; yRel?: number; m?: number; mRel?: number; d1: number; d2: number }
  | { t: 'year'; y: number }
  /** Whole years y1..y2: "giai đoạn 2016-2021". */
  | { t: 'years'; y1: number; y2: number }
  /** A fiscal year: startMonth, and whether FY N starts ('start') or ends ('end') in year N. */
  | { t: 'fiscal'; y: number; startMonth: number; named: 'start' | 'end' }
  /** The unit holding the reference, shifted: "năm nay" (0), "năm ngoái" (-1), "hôm qua" (-1 day). */
  | { t: 'rel'; unit: Unit; offset: number }
  /** "năm qua": the reference year when published in November or December, else the year before. */
  | { t: 'pastYear' }
  /** "N năm qua" (dir -1) / "N năm tới" (dir 1): the exact span from the reference, widened to whole units. */
  | { t: 'lastN'; unit: Unit; n: number; dir: -1 | 1 }
  /** The reference date itself: "nay", "hiện nay". */
  | { t: 'now' }
  | { t: 'range'; a: TimeNode; b: TimeNode };

export interface Reference {
  /** The date "nay" stands for: the publication date, else a dateline or notBefore; null when unknown. */
  now: Day | null;
  /** True when `now` is the publication date; otherwise yearless dates are placed from `lower`. */
  exact: boolean;
  /** A lower bound of the publication date (notBefore). */
  lower: Day | null;
}

/** Direction for yearless dates: 'future' picks the next occurrence after the reference, 'past' the latest before it. */
export type Direction = 'past' | 'future' | undefined;

/**
 * Yearless dates with only a lower bound: the first occurrence on or after this many days before it, when the bound is
 * a day ("ngày 12/7/2021" may be mentioned a few weeks after "30/6"); none when it is the 1st of a month or of a year.
 */
const LOWER_SLACK_DAYS = 45;

function slackFrom(lower: Day): Day {
  return ymd(lower).d === 1 ? lower : lower - LOWER_SLACK_DAYS;
}

/** "năm qua" means the current year from this month on (year-end reviews). */
const PAST_YEAR_SAME_FROM_MONTH = 11;

export function hasYear(n: TimeNode): boolean {
  switch (n.t) {
    case 'day':
    case 'days':
    case 'month':
    case 'months':
    case 'monthPart':
      return n.y !== undefined;
    case 'year':
    case 'years':
    case 'fiscal':
      return true;
    case 'range':
      return hasYear(n.a) && hasYear(n.b);
    default:
      return false;
  }
}

/** Grain of the value, for the kind of the expression and for notBefore. */
export function grainOf(n: TimeNode): 'day' | 'month' | 'year' | 'span' {
  switch (n.t) {
    case 'day':
    case 'days':
    case 'monthPart':
    case 'now':
      return 'day';
    case 'month':
      return 'month';
    case 'year':
    case 'pastYear':
      return 'year';
    case 'rel':
      return n.unit === 'year' ? 'year' : n.unit === 'month' ? 'month' : 'day';
    default:
      return 'span';
  }
}

function refDay(ref: Reference): Day | null {
  return ref.now ?? ref.lower;
}

/** An estimated reference that is only a year ("năm 2025" → not before 1 January): its month and day are unknown. */
function yearOnly(ref: Reference): boolean {
  if (ref.exact) return false;
  const r = refDay(ref);
  if (r === null) return false;
  const { m, d } = ymd(r);
  return m === 1 && d === 1;
}

/** The year for a yearless value whose candidates are spans of one year: pick per the reference and direction. */
function pickYear(spanOf: (y: number) => DaySpan | null, ref: Reference, dir: Direction): number | null {
  const anchor = ref.exact ? ref.now : ref.lower;
  if (anchor === null) {
    if (ref.now === null) return null;
    return ymd(ref.now).y;
  }
  const ay = ymd(anchor).y;
  const cands: { y: number; s: DaySpan }[] = [];
  for (let y = ay - 2; y <= ay + 2; y++) {
    const s = spanOf(y);
    if (s) cands.push({ y, s });
  }
  if (!cands.length) return null;
  if (ref.exact) {
    if (dir === 'future') return cands.find((c) => c.s.start > anchor)?.y ?? null;
    const past = cands.filter((c) => c.s.start <= anchor);
    return past.length ? (past[past.length - 1] as { y: number }).y : null;
  }
  const from = slackFrom(anchor);
  return cands.find((c) => c.s.end >= from)?.y ?? null;
}

function yearFromRel(yRel: number | undefined, ref: Reference): number | null | undefined {
  if (yRel === undefined) return undefined;
  const r = refDay(ref);
  return r === null ? null : ymd(r).y + yRel;
}

// Spans of a given year, module-level so that resolving makes no named closure (tsx names each one as it is made).
function monthsSpan(y: number, m1: number, m2: number): DaySpan {
  return { start: monthStart(y, m1), end: monthEnd(y, m2) };
}

function monthPartSpan(y: number, m: number, d1: number, d2: number): DaySpan {
  return { start: day(y, m, d1), end: day(y, m, Math.min(d2, daysInMonth(y, m))) };
}

/** Days d1..d2 of a month, or null when either is not a date of it. */
function daysSpan(y: number, m: number, d1: number, d2: number): DaySpan | null {
  return validDate(y, m, d1) && validDate(y, m, d2) && d1 <= d2 ? { start: day(y, m, d1), end: day(y, m, d2) } : null;
}

/** Resolves a value to a span of days; null when the reference it needs is unknown or the date is invalid. */
export function resolveNode(n: TimeNode, ref: Reference, dir: Direction = undefined): DaySpan | null {
  switch (n.t) {
    case 'year':
      return { start: day(n.y, 1, 1), end: day(n.y, 12, 31) };
    case 'years':
      return { start: day(n.y1, 1, 1), end: day(n.y2, 12, 31) };
    case 'fiscal': {
      const y0 = n.named === 'start' ? n.y : n.y - 1;
      const [ey, em] = addMonths(y0, n.startMonth, 11);
      return { start: monthStart(y0, n.startMonth), end: monthEnd(ey, em) };
    }
    case 'day':
      return resolveDays(n.y, n.yRel, n.m, n.d, n.d, ref, dir);
    case 'days':
      return resolveDays(n.y, n.yRel, n.m, n.d1, n.d2, ref, dir);
    case 'month': {
      const y = n.y ?? yearFromRel(n.yRel, ref) ?? pickYear((yy) => monthsSpan(yy, n.m, n.m), ref, dir);
      return y === null || y === undefined ? null : monthsSpan(y, n.m, n.m);
    }
    case 'months': {
      let y = n.y ?? yearFromRel(n.yRel, ref);
      if (y === undefined) {
        if (n.recent) y = pickYear((yy) => monthsSpan(yy, n.m1, n.m2), ref, dir);
        else {
          const r = refDay(ref);
          y = r === null ? null : ymd(r).y;
        }
      }
      return y === null ? null : monthsSpan(y, n.m1, n.m2);
    }
    case 'monthPart': {
      let y: number | null | undefined = n.y ?? yearFromRel(n.yRel, ref);
      let m = n.m;
      if (m === undefined) {
        const r = refDay(ref);
        if (r === null || yearOnly(ref)) return null;
        const here = ymd(r);
        [y, m] = addMonths(y ?? here.y, here.m, n.mRel ?? 0);
      }
      const mm = m;
      if (y === undefined) y = pickYear((yy) => monthPartSpan(yy, mm, n.d1, n.d2), ref, dir);
      return y === null ? null : monthPartSpan(y, mm, n.d1, n.d2);
    }
    case 'rel': {
      const r = refDay(ref);
      // "tháng này", "hôm qua" against a year alone would be 1 January's month or day: unknown instead.
      if (r === null || (n.unit !== 'year' && yearOnly(ref))) return null;
      const { y, m } = ymd(r);
      if (n.unit === 'year') return { start: day(y + n.offset, 1, 1), end: day(y + n.offset, 12, 31) };
      if (n.unit === 'month') {
        const [yy, mm] = addMonths(y, m, n.offset);
        return { start: monthStart(yy, mm), end: monthEnd(yy, mm) };
      }
      if (n.unit === 'week') {
        const s = weekStart(r) + 7 * n.offset;
        return { start: s, end: s + 6 };
      }
      return { start: r + n.offset, end: r + n.offset };
    }
    case 'pastYear': {
      const r = refDay(ref);
      if (r === null) return null;
      const { y, m, d } = ymd(r);
      // Estimated from a year written as past ("năm 2023" → not before 2023-01-01): that year is the one just gone.
      const yearOnly = !ref.exact && m === 1 && d === 1;
      const yy = m >= PAST_YEAR_SAME_FROM_MONTH || yearOnly ? y : y - 1;
      return { start: day(yy, 1, 1), end: day(yy, 12, 31) };
    }
    case 'lastN': {
      const r = refDay(ref);
      if (r === null) return null;
      const { y, m } = ymd(r);
      const k = n.dir * n.n;
      if (n.unit === 'year')
        return k < 0 ? { start: day(y + k, 1, 1), end: day(y, 12, 31) } : { start: day(y, 1, 1), end: day(y + k, 12, 31) };
      if (n.unit === 'month') {
        const [oy, om] = addMonths(y, m, k);
        return k < 0 ? { start: monthStart(oy, om), end: monthEnd(y, m) } : { start: monthStart(y, m), end: monthEnd(oy, om) };
      }
      const len = n.unit === 'week' ? 7 * n.n : n.n;
      return n.dir < 0 ? { start: r - len, end: r } : { start: r, end: r + len };
    }
    case 'now': {
      const r = refDay(ref);
      return r === null ? null : { start: r, end: r };
    }
    case 'range': {
      const [a, b] = completeRange(n.a, n.b);
      if (isCalendarYearless(b) && !isCalendarYearless(a)) {
        const sa = resolveNode(a, ref, dir);
        const sb = sa ? resolveNode(b, { now: sa.start - 1, exact: true, lower: null }, 'future') : null;
        return sa && sb && sa.start <= sb.end ? { start: sa.start, end: sb.end } : null;
      }
      const sb = resolveNode(b, ref, dir);
      // A yearless start is the latest such date not after the end: "từ tháng 3 đến hết ngày 7/12/2021".
      const sa = sb && isCalendarYearless(a) ? resolveNode(a, { now: sb.end, exact: true, lower: null }, 'past') : resolveNode(a, ref, dir);
      if (!sa || !sb || sa.start > sb.end) return null;
      return { start: sa.start, end: sb.end };
    }
  }
}

function resolveDays(
  y0: number | undefined,
  yRel: number | undefined,
  m0: number | undefined,
  d1: number,
  d2: number,
  ref: Reference,
  dir: Direction,
): DaySpan | null {
  let y: number | null | undefined = y0 ?? yearFromRel(yRel, ref);
  if (m0 !== undefined) {
    if (y === undefined) y = pickYear((yy) => daysSpan(yy, m0, d1, d2), ref, dir);
    return y === null ? null : daysSpan(y, m0, d1, d2);
  }
  // No month: the latest (or next) month around the reference that has this day; unknown against a year alone.
  if (yearOnly(ref)) return null;
  const anchor = ref.exact ? ref.now : (ref.lower ?? ref.now);
  if (anchor === null) return null;
  const here = ymd(anchor);
  const cands: DaySpan[] = [];
  for (let k = -13; k <= 13; k++) {
    const [yy, mm] = addMonths(y ?? here.y, here.m, k);
    if (y !== null && y !== undefined && yy !== y) continue;
    const s = daysSpan(yy, mm, d1, d2);
    if (s) cands.push(s);
  }
  if (ref.exact || ref.lower === null) {
    if (dir === 'future') return cands.find((s) => s.start > anchor) ?? null;
    const past = cands.filter((s) => s.start <= anchor);
    return past[past.length - 1] ?? null;
  }
  return cands.find((s) => s.end >= slackFrom(anchor)) ?? null;
}

function isCalendarYearless(n: TimeNode): boolean {
  return (
    (n.t === 'day' || n.t === 'days' || n.t === 'month' || n.t === 'months' || n.t === 'monthPart') &&
    n.y === undefined &&
    n.yRel === undefined
  );
}

/** A day-only start borrows the end's month: "từ 20 đến 22/5". */
function completeRange(a: TimeNode, b: TimeNode): [TimeNode, TimeNode] {
  if (a.t === 'day' && a.m === undefined && (b.t === 'day' || b.t === 'days') && b.m !== undefined) {
    return [{ ...a, m: b.m, y: a.y ?? b.y, yRel: a.yRel ?? b.yRel }, b];
  }
  return [a, b];
}
