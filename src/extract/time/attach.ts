// Which time expression governs a figure: the period it covers and/or the date of its running total.
import { type Span, sentenceSpans } from '../../text/sentences.ts';
import type { IsoDate, Period } from '../../types.ts';
import type { TimeExpr } from './index.ts';

export type GoverningBasis = 'clause' | 'clause-after' | 'sentence' | 'sentence-after' | 'document';

export interface Governing {
  period?: Period;
  asOf?: IsoDate;
  /** Where the governing expression was found relative to the figure. */
  basis: GoverningBasis;
  /** The expressions the answer came from. */
  by: TimeExpr[];
}

export interface GoverningOptions {
  /** The figure's sentence; computed from the text when omitted. */
  sentence?: Span;
  /** The figure's clause; by default bounded by ", ", ";", ":", brackets and line breaks within the sentence. */
  clause?: Span;
  /** The document's topic period (documentPeriod), used when the sentence has no time. */
  documentPeriod?: TimeExpr | null;
  /** Also look after the figure in the rest of its sentence (off by default: it mostly finds other figures' times). */
  sentenceAfter?: boolean;
}

/** Time expressions lying wholly inside [start, end). */
export function timesInSpan(times: readonly TimeExpr[], start: number, end: number): TimeExpr[] {
  return times.filter((t) => t.start >= start && t.end <= end);
}

/** A comma is a clause break only before a space ("2,85" is a number); brackets and semicolons always are. */
function isBreak(text: string, i: number): boolean {
  const c = text[i];
  if (c === ';' || c === '(' || c === ')' || c === '\n' || c === '[' || c === ']') return true;
  if (c === ',' || c === ':') return /\s/.test(text[i + 1] ?? ' ');
  return false;
}

/** The clause around [start, end) within its sentence: bounded by ", ", ";", ":", brackets and line breaks. */
export function clauseSpan(text: string, start: number, end: number, sentence: Span): Span {
  let s = start;
  while (s > sentence.start && !isBreak(text, s - 1)) s--;
  let e = end;
  while (e < sentence.end && !isBreak(text, e)) e++;
  return { start: s, end: e };
}

function sentenceAt(text: string, offset: number): Span {
  for (const s of sentenceSpans(text)) if (offset >= s.start && offset < s.end) return s;
  return { start: 0, end: text.length };
}

const isCue = (t: TimeExpr) => t.latent === true && t.kind === 'asOf';
const usable = (t: TimeExpr) => !t.base && (t.period !== undefined || t.asOf !== undefined);

/** The nearest expression ending at or before `at` (times overlapping the figure count as before it). */
function nearestBefore(times: readonly TimeExpr[], from: number, at: number, figEnd: number): TimeExpr | null {
  let best: TimeExpr | null = null;
  for (const t of times) if (t.start >= from && t.end <= Math.max(at, figEnd) && (!best || t.end > best.end)) best = t;
  return best;
}

function nearestAfter(times: readonly TimeExpr[], at: number, to: number): TimeExpr | null {
  let best: TimeExpr | null = null;
  for (const t of times) if (t.start >= at && t.end <= to && (!best || t.start < best.start)) best = t;
  return best;
}

function answer(t: TimeExpr, basis: GoverningBasis): Governing {
  const g: Governing = { basis, by: [t] };
  if (t.period) g.period = t.period;
  if (t.asOf) g.asOf = t.asOf;
  return g;
}

/**
 * Right after the figure, with at most a unit, a bracketed conversion and "vào/trong" between: "đạt 10 tỷ USD năm
 * 2024", "từ 500 triệu USD (khoảng 74 tỷ yên) vào năm 1992 lên 86,7 tỷ USD vào năm ngoái" (each level its own year).
 */
const ADJACENT_GAP = /^\s*(?:[^\s\d,;:()]+\s*){0,2}(?:\([^()\n]{0,50}\)\s*)?(?:trong|vào|của|tính đến|tính tới)?\s*$/u;
const ADJACENT_REACH = 70;

function adjacentAfter(text: string, times: readonly TimeExpr[], figEnd: number, clauseEnd: number): TimeExpr | null {
  const t = nearestAfter(times, figEnd, clauseEnd);
  if (!t || t.start - figEnd > ADJACENT_REACH) return null;
  return ADJACENT_GAP.test(text.slice(figEnd, t.start)) ? t : null;
}

/** A number outside any time expression in [from, to): a figure of its own. */
function figureBetween(text: string, times: readonly TimeExpr[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (!/\d/.test(text[i] as string)) continue;
    if (!times.some((t) => i >= t.start && i < t.end)) return true;
  }
  return false;
}

/** A forecast or target year with a figure in its own clause ("chiếm 70% GDP vào năm 2050") is that figure's. */
function ownsFigure(text: string, times: readonly TimeExpr[], t: TimeExpr, sentence: Span): boolean {
  const c = clauseSpan(text, t.start, t.end, sentence);
  return figureBetween(text, times, c.start, c.end);
}

/**
 * The time governing the figure at [start, end) — pass the number's own span. Attachment rule: a time right after the
 * figure ("đạt 8 tỷ USD năm 2019"), else the nearest expression before the figure in its clause, else the nearest
 * after it in its clause, else the nearest before it in its sentence, else the document's topic period; comparison
 * bases ("so với năm 2018") never govern; a forecast or target year with a figure in its own clause governs no other
 * ("... chiếm 70% GDP vào năm 2050, trong đó ... 1.400 tỷ USD mỗi năm" gives 1.400 no year); a
 * running-total cue ("nâng tổng số", "hiện có") before the figure, with no dated expression in the clause, gives the
 * reference as asOf alone. Clauses end at ", ", ";", ":", brackets and line breaks; nothing crosses a sentence, so
 * nothing crosses a paragraph, except the lead's topic period.
 */
export function governingTime(
  text: string,
  times: readonly TimeExpr[],
  figure: { start: number; end: number },
  opts: GoverningOptions = {},
): Governing | null {
  const sentence = opts.sentence ?? sentenceAt(text, figure.start);
  const clause = opts.clause ?? clauseSpan(text, figure.start, figure.end, sentence);
  const inSentence = times.filter((t) => usable(t) && t.start >= sentence.start && t.end <= sentence.end);
  const strong = inSentence.filter((t) => !isCue(t));
  const cues = inSentence.filter(isCue);
  const cue = nearestBefore(cues, clause.start, figure.start, figure.end);

  // The figure's number ends at figure.end; its unit may follow ("tỷ USD"), so the gap rule allows two words.
  const adj = adjacentAfter(text, strong, figure.end, sentence.end);
  if (adj) return answer(adj, 'clause-after');
  const c1 = nearestBefore(strong, clause.start, figure.start, figure.end);
  if (c1) return answer(c1, 'clause');
  const c2 = nearestAfter(strong, figure.end, clause.end);
  if (c2) return answer(c2, 'clause-after');
  // A running total ("nâng tổng số ... lên 30") is dated, not spread over the sentence's period.
  if (cue?.asOf) return { asOf: cue.asOf, basis: 'clause', by: [cue] };
  const s1 = nearestBefore(strong, sentence.start, figure.start, figure.end);
  if (s1 && !(s1.future && ownsFigure(text, times, s1, sentence))) return answer(s1, 'sentence');
  if (!s1) {
    // "Nga hiện có 186 dự án ..., với tổng vốn 985 triệu USD": the running total reaches the rest of its sentence.
    const sc = nearestBefore(cues, sentence.start, figure.start, figure.end);
    if (sc?.asOf) return { asOf: sc.asOf, basis: 'sentence', by: [sc] };
  }
  if (opts.sentenceAfter) {
    const s2 = nearestAfter(strong, figure.end, sentence.end);
    if (s2) return answer(s2, 'sentence-after');
  }
  if (opts.documentPeriod?.period) return answer(opts.documentPeriod, 'document');
  return null;
}

const WHOLE_YEARS = (p: Period) => p.start.endsWith('-01-01') && p.end.endsWith('-12-31');

/**
 * The document's topic period: the one whole-year period named in the headline or the first sentence of the body
 * ("Năm 2023 là một năm sôi động về đối ngoại"), unless the lead announces that year as a plan.
 */
export function documentPeriod(text: string, times: readonly TimeExpr[]): TimeExpr | null {
  const spans = sentenceSpans(text).slice(0, 2);
  const leadEnd = spans.length ? (spans[spans.length - 1] as Span).end : 0;
  const lead = times.filter((t) => t.end <= leadEnd && !t.base && t.period);
  const planned = new Set(lead.filter((t) => t.future).map((t) => `${t.period?.start}..${t.period?.end}`));
  const cands = lead.filter((t) => !t.future && (t.kind === 'period' || t.kind === 'date') && t.period && WHOLE_YEARS(t.period));
  const keys = new Set(cands.map((t) => `${t.period?.start}..${t.period?.end}`));
  if (keys.size !== 1) return null;
  const [key] = keys;
  if (planned.has(key as string)) return null;
  return cands[0] ?? null;
}
