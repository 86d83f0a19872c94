// The publication date and its basis: a byline outranks the container's metadata, a dateline and a page clock;
// with none, the date is null and notBefore is the latest date the body shows it was written after.
import { inferNotBefore } from '../../extract/time/index.ts';
import type { Published } from '../../types.ts';
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
  body: string;
}

// A page clock that far behind the dates the article reports belongs to a stale page template, not the article.
const STALE_DAYS = 60;
const DATELINE = /^[\p{Lu}][\p{L} .]{1,30},\s*(?:ngày\s*)?(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})\s*(?:\([^)]{2,30}\))?\s*[-–—:]/u;

function daysBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86400000;
}

export function pickPublished(e: DateEvidence): Published {
  // One implementation with the time dimension, which reads the same lower bound when it resolves "nay".
  const notBefore = inferNotBefore(e.body);
  const fromLine = (d: DateLine | null): Published | null => (d?.date ? { date: d.date, basis: 'byline', notBefore, time: d.time } : null);
  const byline = fromLine(e.byline) ?? fromLine(e.tailDate);
  if (byline) return byline;
  const meta = e.metaDate ? parseMetaDate(e.metaDate) : null;
  if (meta) return { date: meta.date, basis: 'metadata', notBefore, time: meta.time };
  const dateline = e.lead ? DATELINE.exec(e.lead) : null;
  const day = dateline ? findDates(dateline[1] as string)[0] : undefined;
  if (day?.precision === 'day') return { date: day.iso, basis: 'dateline', notBefore, time: null };
  const head = fromLine(e.headDate);
  if (head?.date && !e.headDate?.seconds && !(notBefore && daysBetween(head.date, notBefore) > STALE_DAYS)) return head;
  return { date: null, basis: notBefore ? 'latest-mention' : 'none', notBefore, time: null };
}
