// The publication date and its basis: a byline outranks the container's metadata, a dateline and a page clock;
// with none, the date is null. notBefore, the latest date the text shows it was written after, comes from analysis.
import { inferNotBefore } from '../../extract/time/index.ts';
import type { IsoDate, Published } from '../../types.ts';
import type { DateLine } from '../boilerplate/byline.ts';
import { findDates, parseMetaDate } from './dates.ts';

export interface DateEvidence {
  byline: DateLine | null;
  /** A date line above the headline: the article's, or the page's clock. */
  headDate: DateLine | null;
  tailDate: DateLine | null;
  metaDate: string | undefined;
  /** The first paragraph of the body, for a dateline ("Hà Nội, 12/7/2021 (TTXVN) - ..."). */
  lead: string | null;
  /** The cleaned text, parsed for dates only to test a page clock (analysis parses it anyway). */
  text: string;
}

// A page clock that far behind the dates the article reports belongs to a stale page template, not the article.
const STALE_DAYS = 60;
// "Hà Nội, 12/7/2021 (TTXVN) -", or the date inside the outlet's brackets: "Hà Nội (TTXVN 12/7/2021) -".
const DATELINE =
  /^[\p{Lu}][\p{L} .]{1,30}(?:,\s*(?:ngày\s*)?(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})\s*(?:\([^)]{2,30}\))?|\s*\([^)\d]{2,30}?[ ,]\s*(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})\s*\))\s*[-–—:]/u;

function daysBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86400000;
}

/** The date and its basis, without notBefore: withNotBefore adds it from the analysis of the same text. */
export function pickPublished(e: DateEvidence): Published {
  const fromLine = (d: DateLine | null): Published | null => (d?.date ? { date: d.date, basis: 'byline', time: d.time } : null);
  const byline = fromLine(e.byline) ?? fromLine(e.tailDate);
  if (byline) return byline;
  const meta = e.metaDate ? parseMetaDate(e.metaDate) : null;
  if (meta) return { date: meta.date, basis: 'metadata', time: meta.time };
  const dateline = e.lead ? DATELINE.exec(e.lead) : null;
  const day = dateline ? findDates((dateline[1] ?? dateline[2]) as string)[0] : undefined;
  if (day?.precision === 'day') return { date: day.iso, basis: 'dateline', time: null };
  const head = fromLine(e.headDate);
  if (head?.date && !e.headDate?.seconds) {
    // One implementation with the time dimension; rare enough (no byline, metadata or dateline) to parse here.
    const notBefore = inferNotBefore(e.text);
    if (!(notBefore && daysBetween(head.date, notBefore) > STALE_DAYS)) return head;
  }
  return { date: null, basis: 'none', time: null };
}

/** Completes pickPublished's answer with the text's lower bound; with no date, that bound is the basis. */
export function withNotBefore(p: Published, notBefore: IsoDate | null): Published {
  const basis = p.date === null && notBefore ? 'latest-mention' : p.basis;
  return { date: p.date, basis, notBefore, time: p.time };
}
