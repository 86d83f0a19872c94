// Calendar arithmetic on whole days (days since 1970-01-01, UTC); no clock, no time zones.
import type { IsoDate } from '../../types.ts';

/** Days since 1970-01-01. */
export type Day = number;

const MS_PER_DAY = 86_400_000;

/** Days of a 400-year Gregorian cycle; the civil-day arithmetic below counts from 0000-03-01 (day -719468). */
const CYCLE_DAYS = 146_097;
const EPOCH_SHIFT = 719_468;

export function day(y: number, m: number, d: number): Day {
  // Arithmetic for ordinary input; Date for the rest (years 0–99 read as 1900–1999, months roll over, NaN past its range).
  if (!isOrdinary(y, m) || !Number.isInteger(d) || Math.abs(d) > 100_000) return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
  const ya = m <= 2 ? y - 1 : y;
  const era = Math.floor(ya / 400);
  const yoe = ya - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * CYCLE_DAYS + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - EPOCH_SHIFT;
}

export function ymd(x: Day): { y: number; m: number; d: number } {
  if (!Number.isInteger(x) || Math.abs(x) > 50_000_000) {
    const dt = new Date(x * MS_PER_DAY);
    return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
  }
  const z = x + EPOCH_SHIFT;
  const era = Math.floor(z / CYCLE_DAYS);
  const doe = z - era * CYCLE_DAYS;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / (CYCLE_DAYS - 1))) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

/** Years and months the arithmetic covers exactly as Date does. */
function isOrdinary(y: number, m: number): boolean {
  return Number.isInteger(y) && y >= 100 && y <= 200_000 && Number.isInteger(m) && m >= 1 && m <= 12;
}

export function iso(x: Day): IsoDate {
  const { y, m, d } = ymd(x);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Parses "YYYY-MM-DD" (anything after the date is ignored); null when it is not a valid date. */
export function parseIso(s: string | null | undefined): Day | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return validDate(y, mo, d) ? day(y, mo, d) : null;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  // Arithmetic for ordinary input; Date for the rest (years 0–99 read as 1900–1999, months roll over, NaN past its range).
  if (isOrdinary(y, m)) {
    if (m !== 2) return MONTH_DAYS[m - 1] as number;
    return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  }
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function validDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function monthStart(y: number, m: number): Day {
  return day(y, m, 1);
}

export function monthEnd(y: number, m: number): Day {
  return day(y, m, daysInMonth(y, m));
}

/** The month `n` months after (y, m), as [year, month]. */
export function addMonths(y: number, m: number, n: number): [number, number] {
  const k = y * 12 + (m - 1) + n;
  return [Math.floor(k / 12), (k % 12) + 1];
}

/** Monday of the week holding x (1970-01-01 was a Thursday). */
export function weekStart(x: Day): Day {
  return x - ((x + 3) % 7);
}

export interface DaySpan {
  start: Day;
  end: Day;
}
