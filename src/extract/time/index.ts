// Time: dates, periods and running totals, resolved against the publication date (an input, never the clock).
import { foldTone } from '../../text/fold.ts';
import { type Span, sentenceSpans } from '../../text/sentences.ts';
import type { AnalyseContext, IsoDate, Period } from '../../types.ts';
import { GuardedRegex } from '../shared/guarded.ts';
import { unitClass } from '../shared/unit-class.ts';
import { documentPeriod, type Governing, governingTime } from './attach.ts';
import { type Day, type DaySpan, day, iso, parseIso, ymd } from './calendar.ts';
import { compile, type Env, parse, type Token } from './engine.ts';
import { alternation, LEX } from './lexicon.ts';
import { type Direction, grainOf, hasYear, type Reference, resolveNode, type TimeNode } from './nodes.ts';
import { RULES } from './rules.ts';

export interface TimeExpr {
  start: number;
  end: number;
  text: string;
  /** date: a day or short span when something happened; period: the span a figure covers; asOf: a running total's date. */
  kind: 'date' | 'period' | 'asOf';
  /** For 'date' and 'period': the resolved span (a single day has start = end). */
  period?: Period;
  /** For 'asOf': the date the running total is reported at. "từ năm 2019 đến nay" has both. */
  asOf?: IsoDate;
  rule: string;
  /** A comparison base ("so với năm 2018", "cùng kỳ năm 2020"): never the period of a nearby figure. */
  base?: true;
  /** Implied, not written as a date: running-total cues ("nâng tổng số", "đã và đang") and "trong 6 tháng". */
  latent?: true;
  /** Said of the future or of a target ("dự kiến", "mục tiêu", "đến năm 2030" ahead of the reference). */
  future?: true;
  /** The finest unit the text gave. */
  grain?: 'day' | 'month' | 'year' | 'span';
}

export type ReferenceBasis = 'published' | 'dateline' | 'latest-mention' | 'notBefore' | 'inferred' | 'weak' | 'none';

/** What relative expressions ("đến nay", "năm qua", "30/6") were resolved against. */
export interface TimeReference {
  /** The date "nay" stands for, or null when nothing dates the document. */
  now: IsoDate | null;
  basis: ReferenceBasis;
  /** The lower bound used for yearless dates when there is no publication date. */
  notBefore: IsoDate | null;
  /**
   * Whether the year of "nay" is known: from the publication date, a dated mention, or a lower bound the text supports
   * (not only background such as "vào năm 2023", basis 'weak'). Yearless dates ("chiều 17/6") are placed only then.
   */
  yearKnown: boolean;
}

export interface TimeAnalysis {
  times: TimeExpr[];
  reference: TimeReference;
  /** The text's own lower bound of its publication date (inferNotBefore), whatever the context gives: published.notBefore. */
  inferredNotBefore: IsoDate | null;
}

const COMPILED = compile(RULES);

/** Same offsets as the text: fold for matching only when folding keeps the length (it does for NFC text). */
function envOf(text: string): Env {
  const folded = foldTone(text);
  return { text, folded: folded.length === text.length ? folded : text.toLowerCase().length === text.length ? text.toLowerCase() : text };
}

const LETTER = '[\\p{L}\\p{N}]';
const FUTURE_ALL = new GuardedRegex(new RegExp(`(?<!${LETTER})(?:${alternation(LEX.futureContext)})(?!${LETTER})`, 'u'));
const PAST_VERB = new GuardedRegex(new RegExp(`(?<!${LETTER})(?:đã|vừa|(?<!(?:sẽ|kiến|cần|phải|đạt)\\s+)được)(?!${LETTER})`, 'u'));
const FUTURE_NEAR_RE = /(?:sẽ|dự kiến|sắp)(?:\s+(?:vào|trong|từ|đến))?\s*$/u;
/**
 * A clause ends at sentence punctuation, a line break, ';', or ',' / ':' / '.' before a space ("2,85" and "1.200" do
 * not); `limit` is the end of the window read, past which nothing is seen.
 */
function isClauseBreak(s: string, i: number, limit: number): boolean {
  const c = s.charCodeAt(i);
  if (c === 59 || c === 10 || c === 33 || c === 63) return true; // ; \n ! ?
  if (c === 44 || c === 58 || c === 46) return i + 1 >= limit || isSpace(s.charCodeAt(i + 1)); // , : .
  return false;
}

/** Whether \s matches the code unit (by table: no one-character string per test). */
const isSpace = unitClass(/\s/);

/** The clause before `start`, at most `max` characters of it. */
function clauseBefore(folded: string, start: number, max: number): string {
  const from = Math.max(0, start - max);
  for (let i = start - 1; i >= from; i--) if (isClauseBreak(folded, i, start)) return folded.slice(i + 1, start);
  return folded.slice(from, start);
}

/** The clause after `end`, at most `max` characters of it. */
function clauseAfter(folded: string, end: number, max: number): string {
  const limit = Math.min(folded.length, end + max + 1);
  for (let i = end; i < limit; i++) if (isClauseBreak(folded, i, limit)) return folded.slice(end, i);
  return folded.slice(end, Math.min(limit, end + max));
}

/**
 * Said of the future: a cue in its clause ("dự báo năm 2021 sẽ", "mục tiêu ... vào năm 2020"), or a forward-looking value.
 * Remembered on the token; a copy with a year filled in from its sentence keeps it, since the year plays no part.
 */
function isFuture(t: Token, env: Env): boolean {
  return (t.future ??= futureOf(t, env));
}

function futureOf(t: Token, env: Env): boolean {
  const n = t.node;
  if ((n.t === 'rel' && n.offset > 0) || (n.t === 'lastN' && n.dir > 0) || t.dir === 'future') return true;
  if (t.mode === 'running' || t.mode === 'base') return false;
  if (/^\s*(?:sẽ|(?:được\s+|đã\s+được\s+)?(?:dự kiến|dự báo))/u.test(clauseAfter(env.folded, t.end, 40))) return true;
  return futureCueStands(clauseBefore(env.folded, t.start, 120));
}

/** A future cue in the clause before, with no past verb after the last one. */
function futureCueStands(before: string): boolean {
  let last = -1;
  for (let m = FUTURE_ALL.execFrom(before, 0); m; m = FUTURE_ALL.execFrom(before, last)) last = m.index + m[0].length;
  // "các định hướng ... được thống nhất vào tháng 10-2023": a past verb after the cue dates a past event.
  if (last < 0) return false;
  return PAST_VERB.execFrom(before, last) === null;
}

/** The first line is a headline when it is short and ends without sentence punctuation. */
function titleEnd(text: string): number {
  const nl = text.indexOf('\n');
  if (nl <= 0 || nl > 250) return 0;
  return /[.!?…]\s*$/.test(text.slice(0, nl)) ? 0 : nl;
}

/**
 * The earliest date a past mention implies the document was written on or after: a day itself; "từ năm 2009 tới năm
 * 2013" from its last unit; "đến cuối năm 2021" at its end ("đến năm 2030" is usually a deadline: nothing); anything
 * else from its start, since "6 tháng cuối năm" or "nhiệm kỳ 2023-2027" may be a plan that runs past publication.
 */
function lowerOf(t: Token): Day | null {
  const span = resolveNode(t.node, { now: null, exact: false, lower: null });
  if (!span) return null;
  if (t.mode === 'until' || t.mode === 'asOfUntil') return grainOf(t.node) === 'year' ? null : span.end;
  if (t.node.t === 'day' || t.node.t === 'days') return span.end;
  // "đang thăm ... từ ngày 24 đến 26/10/2024": a range dated only at its end may still be under way.
  if (t.node.t === 'range' && !hasYear(t.node.a)) return span.start;
  if (t.node.t === 'range') {
    const end = resolveNode(t.node.b, { now: null, exact: false, lower: null });
    if (end) {
      const last = t.node.b;
      const e = ymd(end.end);
      if (grainOf(last) === 'day') return end.end;
      return grainOf(last) === 'month' ? day(e.y, e.m, 1) : day(e.y, 1, 1);
    }
  }
  return span.start;
}

/**
 * A lower bound of the publication date from the text alone, for published.notBefore and for the reference here (one
 * implementation for both). The latest mention of any grain counts (a year from its 1 January, a month from
 * its 1st, "đến cuối năm 2021" at its end), except:
 * - future/target mentions, comparison bases and the headline line;
 * - years in the names of documents ("Công ước ... về luật Biển năm 1982", "Tuyên bố chung ... năm 2023");
 * - founding dates ("thiết lập quan hệ ngoại giao ngày 1/8/1973").
 * "kể từ năm 2014" counts but is weak; plans count only when nothing else does; an event's name ("APEC 2017") only up
 * to a year after the other evidence. A year with a whole-year figure ("năm 2023 đạt 3 tỷ
 * USD", "đạt 10 tỷ USD năm 2024") is over: not before its December. Beside a yearless "9 tháng đầu năm" that year is
 * the last one: not before 1 January of the next. A credit "(2025, Reuters)", "sau 11 năm kể từ năm 2014" and the
 * year of an event's name ("APEC 2017") give their year.
 */
export function inferNotBefore(text: string): IsoDate | null {
  const { env, tokens } = parsed(text);
  return isoOf(inferLower(tokens, env, text));
}

const isoOf = (b: LowerBound | null): IsoDate | null => (b === null ? null : iso(b.day));

/** The last parse: cleaning's rare page-clock check and the analysis that follows it read the same text. */
let lastParse: { env: Env; tokens: Token[] } | null = null;

function parsed(text: string): { env: Env; tokens: Token[] } {
  if (lastParse?.env.text !== text) {
    const env = envOf(text);
    lastParse = { env, tokens: parse(COMPILED, env) };
  }
  return lastParse;
}

export interface LowerBound {
  day: Day;
  /** Only narrative background supports it ("vào năm 2023", "kể từ năm 2014"): the year itself is a guess. */
  weak: boolean;
}

const W = (list: Iterable<string>) => `(?<!${LETTER})(?:${alternation(list)})(?!${LETTER})`;
const DOC_NAME = new GuardedRegex(new RegExp(W(LEX.documentName), 'u'));
const BACKGROUND = new GuardedRegex(new RegExp(W(LEX.background), 'u'));
const ESTIMATE = new GuardedRegex(new RegExp(W(LEX.estimate), 'u'));
const DOC_EVENT = new GuardedRegex(new RegExp(W(LEX.documentEvent), 'u'));
const FIGURE_AFTER_RE = new RegExp(
  `^(?:\\s+(?!tháng|quý|quí)[^\\s\\d]+){0,8}?\\s+${W(LEX.reportVerb)}\\s+(?:(?:${alternation(['khoảng', 'gần', 'hơn', 'trên', 'xấp xỉ', 'mức', 'con số'].map(foldTone))})\\s+)*\\d`,
  'u',
);
const FIGURE_BEFORE = new GuardedRegex(
  new RegExp(`${W(LEX.reportVerb)}\\s+(?:\\S+\\s+){0,2}?\\d[\\d.,]*(?:\\s+[^\\s\\d]+){0,4}?\\s+(?:trong\\s+|vào\\s+)?$`, 'u'),
);
const PAST_EVENT_BEFORE = /(?:vào|hồi)\s+$/u;
/** "APEC 2017", "Năm ASEAN 2020": an event or a chairmanship named with its year. */
const NAME_YEAR_RE = /(?<![\p{L}\p{N}])\p{Lu}{2,}[\p{Lu}\d-]*\s+((?:19|20)\d{2})(?![\p{L}\p{N}]|[.,]\d|\s*%)/gu;
const NAME_YEAR_AT_RE = new RegExp(NAME_YEAR_RE.source, 'uy');
const YEAR_AFTER_SPACE_RE = /\s(?:19|20)\d\d/g;
const isNameUnit = unitClass(/[\p{Lu}\d-]/u);
const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;

/**
 * body.matchAll(NAME_YEAR_RE), tried only where a match can start. A match is a run of [\p{Lu}\d-] ending right before
 * the blanks in front of its year, so it starts inside the run before some "<blank>(19|20)dd": the pattern is tried
 * (sticky) at the offsets of those runs alone, left to right, never before the end of the previous match. Text with a
 * surrogate in such a run takes the full scan.
 */
function nameYears(body: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let lastEnd = 0;
  YEAR_AFTER_SPACE_RE.lastIndex = 0;
  for (let y = YEAR_AFTER_SPACE_RE.exec(body); y; y = YEAR_AFTER_SPACE_RE.exec(body)) {
    let j = y.index - 1;
    while (j >= 0 && isSpace(body.charCodeAt(j))) j--;
    let r = j;
    for (; r >= 0; r--) {
      if (isSurrogate(body.charCodeAt(r))) return [...body.matchAll(NAME_YEAR_RE)];
      if (!isNameUnit(body.charCodeAt(r))) break;
    }
    for (let s = Math.max(r + 1, lastEnd); s < j; s++) {
      NAME_YEAR_AT_RE.lastIndex = s;
      const m = NAME_YEAR_AT_RE.exec(body);
      if (m) {
        out.push(m);
        lastEnd = m.index + m[0].length;
        break;
      }
    }
  }
  return out;
}
/** A photo or agency credit with a year: "(2025, Reuters)", "(Reuters, 2025)". */
const CREDIT_RE = /\(\s*(?:((?:19|20)\d{2})\s*,\s*\p{Lu}[\p{L} .&-]{1,30}|\p{Lu}[\p{L} .&-]{1,30},\s*((?:19|20)\d{2}))\s*\)/gu;
const CREDIT_AT_RE = new RegExp(CREDIT_RE.source, 'uy');

/** body.matchAll(CREDIT_RE), tried only at each "(" (every match opens with one), never before the previous match's end. */
function credits(body: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let i = body.indexOf('('); i >= 0;) {
    CREDIT_AT_RE.lastIndex = i;
    const m = CREDIT_AT_RE.exec(body);
    if (m) out.push(m);
    i = body.indexOf('(', m ? i + m[0].length : i + 1);
  }
  return out;
}

/** "sau 18 năm, kể từ chuyến thăm ... năm 2007": the current year is 2007 + 18. */
const YEARS_SINCE = new GuardedRegex(
  /(?<!\p{L})sau\s+(\d{1,3})\s+năm[^.;!?\n\d]{0,100}?kể\s+từ[^.;!?\n\d]{0,100}?năm\s+((?:19|20)\d{2})(?!\d)/u,
);

/**
 * Inside a document's name: a document word earlier in the clause and no verb dating the document between it and
 * `start` ("Công ước của Liên Hợp Quốc về luật Biển năm 1982"; not "Hiệp định được ký năm 2019").
 */
function inDocumentName(env: Env, start: number): boolean {
  const clause = clauseBefore(env.folded, start, 120);
  let last = -1;
  for (let m = DOC_NAME.execFrom(clause, 0); m; m = DOC_NAME.execFrom(clause, last)) last = m.index + m[0].length;
  return last >= 0 && !DOC_EVENT.test(clause.slice(last));
}

/** "năm 2023 đạt 3,63 tỷ USD", "đạt 10,3 tỷ USD năm 2024": a figure for the whole year, not an estimate or a plan. */
function isCompletedYear(t: Token, env: Env): boolean {
  if ((t.node.t !== 'year' && t.node.t !== 'fiscal') || t.mode !== 'plain' || isFuture(t, env)) return false;
  const before = clauseBefore(env.folded, t.start, 80);
  // "Năm 2024, kim ngạch đạt ...": a year opening the sentence reaches past its comma.
  const comma = /^\s*,\s/u.exec(env.folded.slice(t.end, t.end + 4));
  const after =
    comma && /^\s*$/u.test(before) ? ` ${clauseAfter(env.folded, t.end + comma[0].length, 80)}` : clauseAfter(env.folded, t.end, 80);
  const m = FIGURE_AFTER_RE.exec(after);
  if (m) return !ESTIMATE.test(before.slice(-40)) && !ESTIMATE.test(m[0]);
  return FIGURE_BEFORE.test(before) && !ESTIMATE.test(before);
}

/** The latest lower bound offered so far; an equal day offered with strong support makes it strong. */
class Latest {
  best: LowerBound | null = null;

  offer(d: Day, weak: boolean): void {
    const best = this.best;
    if (best === null || d > best.day) this.best = { day: d, weak };
    else if (d === best.day && !weak) best.weak = false;
  }
}

function inferLower(tokens: Token[], env: Env, text: string): LowerBound | null {
  const title = titleEnd(text);
  const latest = new Latest();
  let planned: Day | null = null;
  const completed: Token[] = [];
  for (const t of tokens) {
    if (t.start < title || t.mode === 'base' || t.mode === 'before' || t.mode === 'after' || t.mode === 'running') continue;
    // A range needs its year only at its end, which dates the text ("từ ngày 30/10 đến 1/11/2022"), unless planned.
    const whole = hasYear(t.node);
    if (!whole && !(t.node.t === 'range' && hasYear(t.node.b))) continue;
    if (isFuture(t, env)) {
      if (!whole) continue;
      // Plans are made for the current year or later: the earliest planned year is a last resort.
      const span = t.mode === 'plain' ? resolveNode(t.node, { now: null, exact: false, lower: null }) : null;
      if (span && (planned === null || span.start < planned)) planned = day(ymd(span.start).y, 1, 1);
      continue;
    }
    if (inDocumentName(env, t.start) || BACKGROUND.test(clauseBefore(env.folded, t.start, 60))) continue;
    const d = lowerOf(t);
    if (d === null) continue;
    if (t.mode === 'since') {
      // "kể từ năm 2014": true, but only background; it never dates the article by itself.
      latest.offer(d, true);
      continue;
    }
    if (isCompletedYear(t, env)) {
      completed.push(t);
      // From the first day of the year's last month ("năm tài khóa 2016" of Japan ends in March 2017).
      const span = resolveNode(t.node, { now: null, exact: false, lower: null }) as DaySpan;
      const e = ymd(span.end);
      latest.offer(day(e.y, e.m, 1), false);
      continue;
    }
    latest.offer(d, t.node.t === 'year' && PAST_EVENT_BEFORE.test(env.folded.slice(Math.max(0, t.start - 8), t.start)));
  }
  // "năm 2023 đạt 2,6 tỷ USD, 9 tháng đầu năm đạt 2,2 tỷ USD": the months so far are of the next year. Only beside a
  // finished year: the loop then stays cold, so rare node shapes in it do not throw the optimized inferLower away.
  if (completed.length) {
    for (const t of tokens) {
      if (
        t.node.t !== 'months' ||
        t.node.m1 !== 1 ||
        hasYear(t.node) ||
        t.node.yRel !== undefined ||
        t.mode !== 'plain' ||
        isFuture(t, env)
      )
        continue;
      for (const c of completed) {
        const [a, b] = c.start < t.start ? [c.end, t.start] : [t.end, c.start];
        if (c.node.t === 'year' && b - a < 250 && !text.slice(a, b).includes('\n')) latest.offer(day(c.node.y + 1, 1, 1), false);
      }
    }
  }
  // An event's name: its year is current unless the text already reaches more than a year before it ("đăng cai năm
  // APEC 2027" in an article dated by "ngày 7/11/2024").
  const body = text.slice(title);
  const known = latest.best?.day ?? null;
  for (const m of nameYears(body)) {
    const at = title + m.index;
    const y = Number(m[1]);
    if (inDocumentName(env, at) || isFutureAt(env, at) || (known !== null && y > ymd(known).y + 1)) continue;
    latest.offer(day(y, 1, 1), false);
  }
  for (const m of credits(body)) latest.offer(day(Number(m[1] ?? m[2]), 1, 1), false);
  for (const m of YEARS_SINCE.all(env.folded.slice(title))) {
    const y = Number(m[2]) + Number(m[1]);
    if (y < 2100) latest.offer(day(y, 1, 1), false);
  }
  if (latest.best) return latest.best;
  return planned === null ? null : { day: planned, weak: false };
}

/** A plan or forecast cue earlier in the clause at `at` ("mục tiêu ... APEC 2030"). */
function isFutureAt(env: Env, at: number): boolean {
  return futureCueStands(clauseBefore(env.folded, at, 120));
}

/** A dateline: a day at the head of the body ("Ngày 12/5, ...", "QĐND Online - Ngày 23-10, ..."). */
function datelineOf(tokens: Token[], text: string): Token | null {
  const title = titleEnd(text);
  for (const t of tokens) {
    if (t.start > 600) break;
    if (t.start < title || t.mode !== 'plain' || (t.node.t !== 'day' && t.node.t !== 'days')) continue;
    const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
    const head = text.slice(lineStart, t.start);
    if (head.length <= 60 && !/[.!?]\s/.test(head)) return t;
  }
  return null;
}

/** How far into the body a dated mention may stand for the publication date. */
const LEAD_CHARS = 1200;

/** `inferred`: inferLower over the same tokens, computed once by the caller. */
function referenceOf(tokens: Token[], env: Env, ctx: AnalyseContext, inferred: LowerBound | null): { ref: Reference; info: TimeReference } {
  const published = parseIso(ctx.published);
  if (published !== null) {
    return {
      ref: { now: published, exact: true, lower: null },
      info: { now: iso(published), basis: 'published', notBefore: null, yearKnown: true },
    };
  }
  const given = parseIso(ctx.notBefore ?? null);
  // Both are lower bounds of the same date: the later one holds.
  const lower = given !== null && inferred !== null ? Math.max(given, inferred.day) : (given ?? inferred?.day ?? null);
  // A year known only from background ("vào năm 2023") places nothing: yearless dates and "nay" stay unresolved.
  const weak = inferred?.weak === true && (given === null || given <= inferred.day);
  const place = weak ? null : lower;
  const base: ReferenceBasis = weak ? 'weak' : given !== null ? 'notBefore' : lower !== null ? 'inferred' : 'none';
  const notBefore = lower === null ? null : iso(lower);
  const dl = datelineOf(tokens, env.text);
  if (dl) {
    const span = resolveNode(dl.node, { now: null, exact: false, lower: place });
    if (span) {
      const now = span.start;
      return {
        ref: { now, exact: false, lower: place },
        info: { now: iso(now), basis: 'dateline', notBefore, yearKnown: hasYear(dl.node) || !weak },
      };
    }
  }
  // No dateline: the latest dated past mention in the lead ("chiều 18/4", placed from the lower bound) stands for
  // "now"; the lead only, since teasers of other articles at the foot carry their own dates.
  let now = place;
  let basis: ReferenceBasis = base;
  const title = titleEnd(env.text);
  for (const t of tokens) {
    if (t.start > title + LEAD_CHARS) break;
    if (t.start < title || t.mode !== 'plain' || (t.node.t !== 'day' && t.node.t !== 'days') || t.node.m === undefined || isFuture(t, env))
      continue;
    const span = resolveNode(t.node, { now: null, exact: false, lower: place });
    if (span && (now === null || span.end > now)) {
      now = span.end;
      basis = 'latest-mention';
    }
  }
  return {
    ref: { now, exact: false, lower: place },
    info: { now: now === null ? null : iso(now), basis, notBefore, yearKnown: now !== null },
  };
}

const period = (s: DaySpan): Period => ({ start: iso(s.start), end: iso(s.end) });

/** With only an estimated reference, "đến X" reads as a target only when X starts this many days after it. */
const AHEAD_WHEN_ESTIMATED = 366;

/** A day without a month ("Tới sáng 19") follows the last dated day before it, within this many characters. */
const DAY_ONLY_REACH = 1500;

function toExpr(t: Token, env: Env, ref: Reference, lastDay: { at: number; day: Day } | null): TimeExpr {
  const future = isFuture(t, env);
  const near: Direction = t.dir ?? (FUTURE_NEAR_RE.test(env.folded.slice(Math.max(0, t.start - 24), t.start)) ? 'future' : undefined);
  const dayOnly =
    t.node.t === 'day' && t.node.m === undefined && t.node.y === undefined && lastDay && t.start - lastDay.at < DAY_ONLY_REACH;
  const span =
    dayOnly && lastDay ? resolveNode(t.node, { now: lastDay.day - 7, exact: true, lower: null }, 'future') : resolveNode(t.node, ref, near);
  const out: TimeExpr = { start: t.start, end: t.end, text: env.text.slice(t.start, t.end), kind: 'period', rule: t.rule };
  const now = ref.now;
  const g = grainOf(t.node);
  switch (t.mode) {
    case 'plain':
    case 'base':
      if (t.node.t === 'now') {
        out.kind = 'asOf';
        if (span) out.asOf = iso(span.end);
        break;
      }
      out.kind = g === 'day' || g === 'month' ? 'date' : 'period';
      if (t.node.t === 'rel' && t.node.unit === 'week') out.kind = 'period';
      if (span) out.period = period(span);
      if (t.node.t === 'range' && t.node.b.t === 'now' && span) out.asOf = iso(span.end);
      break;
    case 'since': {
      // "từ đầu năm" dated by its sentence's year runs to that year's end at the latest.
      const y = (t as Token & { yearFromSentence?: number }).yearFromSentence;
      const end = y !== undefined && (now === null || ymd(now).y > y) ? day(y, 12, 31) : now;
      if (span && end !== null && end >= span.start) out.period = { start: iso(span.start), end: iso(end) };
      break;
    }
    case 'until':
      if (t.node.t === 'now') {
        out.kind = 'asOf';
        if (span) out.asOf = iso(span.end);
      } else if (span && (future || (now !== null && span.start > now + (ref.exact ? 0 : AHEAD_WHEN_ESTIMATED)))) {
        out.period = period(span);
        out.future = true;
      } else {
        out.kind = 'asOf';
        if (span) out.asOf = iso(span.end);
      }
      break;
    case 'asOfUntil': {
      out.kind = 'asOf';
      // A total "đến cuối năm" reported before that stretch of this year has begun is at last year's ("lũy kế đến
      // cuối năm" in January); from October on, it is this year's.
      const n = t.node;
      const yearless = (n.t === 'months' || n.t === 'month' || n.t === 'monthPart') && n.y === undefined;
      let at = span;
      if (span && yearless && !future && ref.exact && now !== null && span.start > now) {
        const last = resolveNode({ ...n, y: ymd(now).y - 1 }, ref);
        if (last && last.end <= now) at = last;
      }
      if (at) out.asOf = iso(at.end);
      break;
    }
    case 'before':
      out.kind = 'asOf';
      if (span) out.asOf = iso(span.start - 1);
      break;
    case 'after':
      if (span && now !== null && now > span.end) out.period = { start: iso(span.end + 1), end: iso(now) };
      break;
    case 'running':
      out.kind = 'asOf';
      if (now !== null) out.asOf = iso(now);
      break;
  }
  if (t.mode === 'base') out.base = true;
  if (t.latent) out.latent = true;
  if (future) out.future = true;
  out.grain = g;
  return out;
}

const needsYear = (n: TimeNode) => n.t === 'months' && n.y === undefined && n.yRel === undefined;

/** The year written nearest to `t` in its sentence, from an expression that is neither a comparison base, a plan nor a finished year's figure. */
function sentenceYear(t: Token, tokens: Token[], sentence: Span, env: Env): number | null {
  let best: { dist: number; y: number } | null = null;
  for (const o of tokens) {
    if (o === t || o.start < sentence.start || o.end > sentence.end || o.mode === 'base' || !hasYear(o.node) || isFuture(o, env)) continue;
    // "năm 2023 đạt 2,6 tỷ USD, 9 tháng đầu năm đạt ...": a finished year is contrasted with the months so far.
    if (isCompletedYear(o, env)) continue;
    const span = resolveNode(o.node, { now: null, exact: false, lower: null });
    if (!span) continue;
    const dist = o.start > t.end ? o.start - t.end : t.start - o.end;
    if (!best || dist < best.dist) best = { dist, y: ymd(span.end).y };
  }
  return best?.y ?? null;
}

/**
 * With neither a publication date nor a dateline, "từ đầu năm" or "6 tháng đầu năm" takes the year written in its
 * sentence ("..., đến cuối năm 2021, ...") rather than the estimated reference.
 */
function yearsFromSentences(tokens: Token[], env: Env): Map<Token, number> {
  const out = new Map<Token, number>();
  const pending = tokens.filter((t) => needsYear(t.node));
  if (!pending.length) return out;
  const sentences = sentenceSpans(env.text);
  let si = 0;
  for (const t of pending) {
    while (si < sentences.length - 1 && (sentences[si] as Span).end <= t.start) si++;
    const y = sentenceYear(t, tokens, sentences[si] as Span, env);
    if (y !== null) out.set(t, y);
  }
  return out;
}

/** The last answer: claims and events both ask for the same document's times, one after the other. */
let memo: { text: string; published: string | null; notBefore: string | null; result: TimeAnalysis } | null = null;

/** Time expressions and the reference they were resolved against. Linear in the text; run once per document. */
export function analyseTimes(text: string, ctx: AnalyseContext): TimeAnalysis {
  const published = ctx.published ?? null;
  const notBefore = ctx.notBefore ?? null;
  if (memo && memo.text === text && memo.published === published && memo.notBefore === notBefore) {
    return copyOf(memo.result);
  }
  const result = analyseUncached(text, ctx);
  memo = { text, published, notBefore, result };
  return copyOf(result);
}

const copyOf = (r: TimeAnalysis): TimeAnalysis => ({
  times: r.times.map((t) => ({ ...t })),
  reference: { ...r.reference },
  inferredNotBefore: r.inferredNotBefore,
});

function analyseUncached(text: string, ctx: AnalyseContext): TimeAnalysis {
  const { env, tokens: found } = parsed(text);
  // Always, even with a publication date: it is the document's published.notBefore (no second parse in cleaning).
  const inferred = inferLower(found, env, text);
  const { ref, info } = referenceOf(found, env, ctx, inferred);
  const years = info.basis === 'published' || info.basis === 'dateline' ? null : yearsFromSentences(found, env);
  const tokens = years?.size
    ? found.map((t) => {
        const y = years.get(t);
        return y === undefined ? t : { ...t, node: { ...t.node, y } as TimeNode, yearFromSentence: y };
      })
    : found;
  let lastDay: { at: number; day: Day } | null = null;
  const times = tokens.map((t) => {
    const e = toExpr(t, env, ref, lastDay);
    if (e.period && e.kind === 'date' && e.grain === 'day') lastDay = { at: t.end, day: parseIso(e.period.start) as Day };
    return e;
  });
  return { times, reference: info, inferredNotBefore: isoOf(inferred) };
}

export function findTimes(text: string, ctx: AnalyseContext): TimeExpr[] {
  return analyseTimes(text, ctx).times;
}

export interface TimeIndex extends TimeAnalysis {
  /** The document's topic period (see documentPeriod), the last fallback of `at`. */
  documentPeriod: TimeExpr | null;
  /** The period and/or asOf governing the figure whose number spans [start, end). */
  at(start: number, end?: number): Governing | null;
}

/** findTimes once per document, then cheap per-figure look-ups: what the claims and events stages call. */
export function timeIndex(text: string, ctx: AnalyseContext): TimeIndex {
  const analysis = analyseTimes(text, ctx);
  const sentences = sentenceSpans(text);
  const doc = documentPeriod(text, analysis.times);
  const sentenceOf = (offset: number): Span => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid] as Span;
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return s;
    }
    return { start: offset, end: offset };
  };
  return {
    ...analysis,
    documentPeriod: doc,
    at: (start, end = start) => governingTime(text, analysis.times, { start, end }, { sentence: sentenceOf(start), documentPeriod: doc }),
  };
}

export { clauseSpan, documentPeriod, type Governing, type GoverningBasis, governingTime, timesInSpan } from './attach.ts';
