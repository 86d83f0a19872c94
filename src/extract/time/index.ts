// Time: dates, periods and running totals, resolved against the publication date. STUB — replaced by the time work.
import type { AnalyseContext, IsoDate, Period } from '../../types.ts';

export interface TimeExpr {
  start: number;
  end: number;
  text: string;
  /** date: a day or short span when something happened; period: the span a figure covers; asOf: a running total's date. */
  kind: 'date' | 'period' | 'asOf';
  /** For 'date' and 'period': the resolved span (a single day has start = end). */
  period?: Period;
  /** For 'asOf': the date the running total is reported at. */
  asOf?: IsoDate;
  rule: string;
}

export function findTimes(_text: string, _ctx: AnalyseContext): TimeExpr[] {
  return [];
}
