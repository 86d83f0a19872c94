// Claims: quantitative statements. Quantities (number + unit or counted noun) become claims with a qualifier,
// modality, change flag, the period or as-of date of their clause, a subject and an indicator key.
import { type Span, sentenceSpans } from '../../text/sentences.ts';
import type { AnalyseContext, Claim, Entity, IsoDate, Modality, Period, Qualifier } from '../../types.ts';
import { classifyIndicator } from '../indicator/index.ts';
import { findQuantities, foldSameLength, type Quantity } from '../quantity/index.ts';
import { GuardedRegex } from '../shared/guarded.ts';
import { unitClass } from '../shared/unit-class.ts';
import { analyseTimes, type TimeAnalysis, type TimeExpr } from '../time/index.ts';
import {
  hasContent,
  hasRunningTotal,
  isChange,
  modalityBefore,
  onlyDates,
  onlyDatesThenChange,
  sameClause,
  qualifierAfter,
  qualifierBefore,
  wordsBefore,
} from './rules.ts';

/** Longest stretch read before a figure for its context. */
const LEFT_MAX = 220;
const RIGHT_MAX = 110;
// Gap between a figure and a time expression that still binds them ("53 tỉ USD năm 2016").
const ADJACENT_GAP = /^[\s,]*(?:trong|vào|của|tính đến|tính tới|trong cả)?\s*$/u;
// A time expression that is the base of a comparison, not the figure's period ("so với năm 2015").
const COMPARISON_BEFORE = /(?:so với|so cùng kỳ|từ|kể từ|sau|trước)\s*$/u;

interface DocDates {
  published: IsoDate | null;
  now: IsoDate | null;
}

interface Working {
  q: Quantity;
  sentence: Span;
  /** Start of the figure's own left segment. */
  segStart: number;
  /** Effective left context, folded (own segment, or inherited + own). */
  left: string;
  /** The figure's own segment has no content words ("247 chính đảng ở 111 quốc gia"): it goes on from the previous figure. */
  inherits: boolean;
  rightEnd: number;
  modality: { modality: Modality; cue: string } | null;
  time: TimeExpr | null;
  prev: Working | null;
  subject?: string | null;
}

// Where the words after a figure stop describing it: a clause comma, semicolon, colon or line break.
const CLAUSE_BREAK = /[,;:](?=\s)|\n/u;

/** Last index of `needle` in text[from, to), or -1 (as text.lastIndexOf, which would read on back to the start of the text). */
function lastIn(text: string, needle: string, from: number, to: number): number {
  const first = needle.charCodeAt(0);
  for (let i = Math.max(0, to - needle.length); i >= from; i--) if (text.charCodeAt(i) === first && text.startsWith(needle, i)) return i;
  return -1;
}

const NOT_CLAIM_KINDS = new Set(['vague', 'multiplier', 'fraction']);

// A figure covers a span (a year, a month, "6 tháng đầu năm") or is counted up to a date; a single day
// ("ngày 12/7") is when something happened, not what a figure covers.
function usable(t: TimeExpr): boolean {
  return (t.kind !== 'asOf' && !!t.period && t.period.start !== t.period.end) || t.kind === 'asOf';
}

/** `time`: the document's time analysis when the caller already has it (analyse() runs it once for claims and events). */
export function extractClaims(text: string, ctx: AnalyseContext, entities: Entity[], time?: TimeAnalysis): Claim[] {
  if (!text) return [];
  const folded = foldSameLength(text);
  const analysed = time ?? analyseTimes(text, ctx);
  const times = analysed.times.slice().sort((a, b) => a.start - b.start);
  const quantities = findQuantities(text, { folded, blocked: times }).filter((q) => !NOT_CLAIM_KINDS.has(q.number.kind) && q.value > 0);
  if (!quantities.length) return [];
  const sentences = sentenceSpans(text);
  const countries = countryMentions(entities);
  const docPartner = mainPartner(countries);
  // "Now" for running totals: the publication date, else what the time dimension inferred the document's date to be.
  const dates: DocDates = { published: ctx.published ?? null, now: ctx.published ?? analysed.reference.now ?? null };
  const claims: Claim[] = [];
  let si = 0;
  let ti = 0;
  let carried: TimeExpr | null = null;
  const bound = new Set<TimeExpr>();
  for (let qi = 0; qi < quantities.length;) {
    const q0 = quantities[qi] as Quantity;
    while (si < sentences.length && (sentences[si] as Span).end <= q0.numberStart) si++;
    const sentence = sentences[si] ?? { start: 0, end: text.length };
    // Time expressions before this sentence carry over as context, within their paragraph only.
    while (ti < times.length && (times[ti] as TimeExpr).end <= sentence.start) {
      const t = times[ti] as TimeExpr;
      if (usable(t) && t.kind === 'period' && !t.latent && !t.base) carried = t;
      ti++;
    }
    // A period that was a figure's own ("đạt 10 tỷ USD năm 2024") does not carry into the next paragraph; a topic
    // period that dated no figure of its sentence ("Năm 2023 là một năm sôi động về đối ngoại") does.
    if (carried && bound.has(carried) && text.lastIndexOf('\n', sentence.start - 1) >= carried.end) carried = null;
    const inSentence: Quantity[] = [];
    while (qi < quantities.length && (quantities[qi] as Quantity).numberStart < sentence.end) inSentence.push(quantities[qi++] as Quantity);
    const sentTimes: TimeExpr[] = [];
    // A span the sentence names but that could not be resolved ("10 tháng đầu năm" with no known year) still
    // shuts out the period of an earlier sentence.
    let ownSpan = false;
    for (let j = ti; j < times.length && (times[j] as TimeExpr).start < sentence.end; j++) {
      const t = times[j] as TimeExpr;
      if (t.start < sentence.start || t.end > sentence.end) continue;
      if (usable(t)) sentTimes.push(t);
      else if (t.kind === 'period' && !t.period && !t.base && !t.latent) ownSpan = true;
    }
    const facts = sentenceFacts(countries, folded, sentence);
    const seen = new Set<string>();
    let prev: Working | null = null;
    for (let k = 0; k < inSentence.length; k++) {
      const q = inSentence[k] as Quantity;
      const next = inSentence[k + 1];
      const w = working(text, folded, sentence, q, prev, next);
      const own = timeFor(text, folded, w, sentTimes, prev, next, dates.published);
      if (own) bound.add(own);
      w.time = own ?? (sentTimes.length || ownSpan ? null : carried);
      prev = w;
      const key = `${q.unit}|${q.value}|${q.valueMax ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      claims.push(toClaim(text, folded, w, facts, countries, dates, docPartner));
    }
  }
  return shareContext(claims);
}

function richness(c: Claim): number {
  return (c.indicator ? 4 : 0) + (c.period ? 2 : 0) + (c.asOf ? 1 : 0) + (c.modality !== 'actual' ? 1 : 0);
}

/** The same figure written twice (a headline, then the body): a mention lacking context takes the richest one's. */
function shareContext(claims: Claim[]): Claim[] {
  const byKey = new Map<string, Claim[]>();
  for (const c of claims) {
    const k = `${c.unit}|${c.value}|${c.valueMax ?? ''}`;
    const list = byKey.get(k);
    if (list) list.push(c);
    else byKey.set(k, [c]);
  }
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    let donor = list[0] as Claim;
    for (const c of list) if (richness(c) > richness(donor)) donor = c;
    for (const c of list) {
      if (c === donor || (c.indicator && c.indicator !== donor.indicator)) continue;
      if (c.unit === 'count' && c.counted?.toLowerCase() !== donor.counted?.toLowerCase()) continue;
      let shared = false;
      if (!c.indicator && donor.indicator) {
        c.indicator = donor.indicator;
        shared = true;
      }
      if (!c.period && donor.period) {
        c.period = donor.period;
        shared = true;
      }
      if (!c.asOf && donor.asOf) {
        c.asOf = donor.asOf;
        shared = true;
      }
      if (c.modality === 'actual' && donor.modality !== 'actual') {
        c.modality = donor.modality;
        shared = true;
      }
      if (shared) c.rule += ' | context: same figure';
    }
  }
  return claims;
}

function working(text: string, folded: string, sentence: Span, q: Quantity, prev: Working | null, next: Quantity | undefined): Working {
  let segStart = Math.max(sentence.start, prev ? prev.q.end : sentence.start, q.start - LEFT_MAX);
  const semi = lastIn(text, ';', segStart, q.start);
  if (semi >= 0) segStart = semi + 1;
  const own = folded.slice(segStart, q.numberStart);
  let left = own;
  const inherits = prev !== null && !hasContent(own);
  if (inherits) left = `${contextOf(folded, prev as Working)}${own}`;
  let rightEnd = Math.min(sentence.end, next ? next.start : sentence.end, q.end + RIGHT_MAX);
  const br = CLAUSE_BREAK.exec(text.slice(q.end, rightEnd));
  if (br) rightEnd = q.end + br.index;
  // "xuất khẩu 24 tỷ USD và nhập khẩu 23 tỷ USD": after "và", the words describe the next figure.
  else if (next && rightEnd >= next.start) {
    const and = folded.indexOf(' và ', q.end);
    if (and >= 0 && and < rightEnd) rightEnd = and;
  }
  const head = folded.slice(sentence.start, Math.min(sentence.end, sentence.start + 80));
  // "phấn đấu ... 100 tỷ USD vào năm 2023 và 150 tỷ USD vào năm 2030": the second target only has its own date.
  const modality = modalityBefore(own, head) ?? (prev && (inherits || onlyDates(own)) ? prev.modality : null);
  return { q, sentence, segStart, left, inherits, rightEnd, modality, time: null, prev };
}

/** A figure's context as the next figure of its sentence reads it: its left context and the figure itself. */
function contextOf(folded: string, w: Working): string {
  return `${w.left} ${folded.slice(w.q.numberStart, w.q.end)}`;
}

// A parenthesis right after a figure that holds only an equivalent ("500 triệu USD (khoảng 74 tỷ yên) vào năm 1992").
const PAREN_AFTER = /^\s*\([^()\n]{0,60}\)/u;
const BREAK_IN = /[,;:]/;

/** The period or as-of time of a figure. A time expression binds within its own clause: the one right after the
 * figure ("53 tỉ USD năm 2016"), else the one before it in its clause ("năm 2023 đạt 2,68 tỷ USD"), else one after
 * it in its segment. A time after a clause break that heads the next figure's clause ("…, 9 tháng đầu năm đạt 2,21
 * tỷ USD") is that figure's; a time trailing an earlier figure of the sentence that is of another modality or ahead
 * of the publication date ("dự báo … 70% vào năm 2050, trong đó …") stays with that figure. */
function timeFor(
  text: string,
  folded: string,
  w: Working,
  sentTimes: TimeExpr[],
  prev: Working | null,
  next: Quantity | undefined,
  published: IsoDate | null,
): TimeExpr | null {
  if (!sentTimes.length) return null;
  const { q } = w;
  const after = sentTimes.filter((t) => t.start >= q.end && framesFigure(folded, t) && !ownedByNext(text, q, t, next));
  const before = sentTimes.filter((t) => t.end <= q.numberStart && framesFigure(folded, t));
  const adjacent = after[0];
  if (adjacent) {
    let gap = text.slice(q.end, adjacent.start);
    const paren = PAREN_AFTER.exec(gap);
    if (paren) gap = gap.slice(paren[0].length);
    else if (gap.startsWith(')')) gap = gap.slice(1);
    if (gap.length <= 14 && ADJACENT_GAP.test(gap)) return adjacent;
  }
  // The clause of the figure: back to the last clause comma.
  const clauseStart = Math.max(w.sentence.start, lastIn(text, ', ', w.sentence.start, q.numberStart) + 1);
  const lastBefore = before[before.length - 1];
  if (lastBefore && lastBefore.start >= clauseStart) return lastBefore;
  if (adjacent && adjacent.start < w.rightEnd && !text.slice(q.end, adjacent.start).includes('(')) return adjacent;
  if (prev?.time && w.inherits) return prev.time;
  const framing = lastBefore && !trailsOther(text, lastBefore, w, published) ? lastBefore : undefined;
  return framing ?? adjacent ?? null;
}

/** A time that can date a figure: not the base of a comparison ("so với năm 2015"). */
function framesFigure(folded: string, t: TimeExpr): boolean {
  return !t.base && !COMPARISON_BEFORE.test(folded.slice(Math.max(0, t.start - 12), t.start));
}

/** A time after a clause break that heads the next figure's clause. */
function ownedByNext(text: string, q: Quantity, t: TimeExpr, next: Quantity | undefined): boolean {
  return (
    next !== undefined &&
    next.numberStart >= t.end &&
    BREAK_IN.test(text.slice(q.end, t.start)) &&
    !BREAK_IN.test(text.slice(t.end, next.numberStart))
  );
}

/** A time in the clause of an earlier figure of the sentence (after it, no clause break between), said of the
 * future or of a figure with another modality. */
function trailsOther(text: string, t: TimeExpr, w: Working, published: IsoDate | null): boolean {
  let p = w.prev;
  while (p && p.q.end > t.start) p = p.prev;
  if (!p || BREAK_IN.test(text.slice(p.q.end, t.start))) return false;
  const mine = w.modality?.modality ?? 'actual';
  const theirs = p.modality?.modality ?? 'actual';
  if (mine !== theirs) return true;
  return mine === 'actual' && (t.future === true || (!!published && !!t.period && t.period.start > published));
}

interface CountryMention {
  start: number;
  end: number;
  id: string;
}

function countryMentions(entities: Entity[]): CountryMention[] {
  const out: CountryMention[] = [];
  for (const e of entities) {
    if (e.type !== 'country') continue;
    for (const m of e.mentions) out.push({ start: m.start, end: m.end, id: e.id });
  }
  return out.sort((a, b) => a.start - b.start);
}

const BILATERAL = new GuardedRegex(/(?<![\p{L}])(?:song phương|hai chiều|hai nước|2 nước|giữa|hai bên|2 bên|việt -|việt-)(?![\p{L}])/u);
// A country listed after the figure as one of its members ("bảy nước ... gồm Mỹ, Nhật Bản") is not its subject.
const ENUMERATION_BEFORE = /(?:gồm|bao gồm|như|là|kể cả)\s*[:,]?\s*$/u;
const RIGHT_REACH = 40;

interface Mentioned {
  vn: boolean;
  foreign: Set<string>;
}

/** Countries named between start and the end of the figure's segment; after the figure only close by and not as list members. */
function mentioned(countries: CountryMention[], folded: string, w: Working, start: number): Mentioned {
  const foreign = new Set<string>();
  let vn = false;
  const { q } = w;
  // Mentions are sorted by start: skip to the first that may end after `start` (mentions are short).
  let lo = 0;
  let hi = countries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((countries[mid] as CountryMention).start < start - 64) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < countries.length; i++) {
    const c = countries[i] as CountryMention;
    if (c.end <= start) continue;
    if (c.start >= w.rightEnd) break;
    if (c.start >= q.end && (c.start - q.end > RIGHT_REACH || ENUMERATION_BEFORE.test(folded.slice(q.end, c.start)))) continue;
    if (c.id === 'VN') vn = true;
    else foreign.add(c.id);
  }
  return { vn, foreign };
}

// Indicators about VN's relation with one partner: a partner named anywhere in the segment pairs with VN.
const BILATERAL_KEYS = /^(?:trade\.bilateral|fdi\.|outward_investment\.|oda\.|agreements\.signed|visits\.|phone_calls\.|tourism\.)/;

/** The entity a figure is about: VN, a partner paired with VN ("VN-RU"), or another country on its own ("Mỹ chiếm 60%"). */
// Flows in one direction: paired with a partner only when their own sentence names that one partner.
const DIRECTIONAL_KEYS = /^trade\.(?:export|import)$/;

function subjectFor(
  inClause: Mentioned,
  inSegment: Mentioned,
  near: string,
  indicator: string | null,
  docPartner: string | null,
  sentencePartner: string | null,
): string {
  if (inClause.foreign.size === 1) {
    const f = [...inClause.foreign][0] as string;
    return inClause.vn || inSegment.vn || BILATERAL.test(near) || (indicator && BILATERAL_KEYS.test(indicator)) ? `VN-${f}` : f;
  }
  if (inClause.foreign.size === 0 && inSegment.foreign.size === 1 && indicator && BILATERAL_KEYS.test(indicator)) {
    return `VN-${[...inSegment.foreign][0]}`;
  }
  // A bilateral figure naming no partner ("kim ngạch hai chiều đạt 5 tỷ USD") is about the article's main partner.
  if (inSegment.foreign.size === 0 && docPartner && indicator && BILATERAL_KEYS.test(indicator)) return `VN-${docPartner}`;
  if (inSegment.foreign.size === 0 && sentencePartner && indicator && DIRECTIONAL_KEYS.test(indicator)) return `VN-${sentencePartner}`;
  return 'VN';
}

// Said of the whole country, not of one partner.
const NATIONAL = new GuardedRegex(/(?<![\p{L}])(?:cả nước|của việt nam|của nước ta|của ta|toàn quốc|ngoại thương)(?![\p{L}])/u);
// Việt Nam named without its name.
const OUR_SIDE = new GuardedRegex(/(?<![\p{L}])(?:nước ta|của ta|phía ta|ta đã|ta có)(?![\p{L}])/u);
// Keys about Việt Nam's own trade, investment and aid.
const RELATION_KEYS = /^(?:trade|fdi|oda|outward_investment)\./;
// "đối tác thương mại lớn nhất của Hoa Kỳ": the country named is the reference point of a partnership with others.
const PARTNER_OF_BEFORE = /(?:đối tác|bạn hàng|nhà đầu tư|thị trường)(?:\s+[^\s,.;:()]+){0,4}\s+của\s+$/u;
const BETWEEN_BEFORE = /giữa\s+$/u;
const AND_GAP = /^\s*(?:và|với|-|–)\s*$/u;

function sentenceCountries(countries: CountryMention[], s: Span): Mentioned & { list: CountryMention[] } {
  const foreign = new Set<string>();
  const list: CountryMention[] = [];
  let vn = false;
  let lo = 0;
  let hi = countries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((countries[mid] as CountryMention).start < s.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < countries.length; i++) {
    const c = countries[i] as CountryMention;
    if (c.start >= s.end) break;
    list.push(c);
    if (c.id === 'VN') vn = true;
    else foreign.add(c.id);
  }
  return { vn, foreign, list };
}

/** The sentence speaks of trade or investment among other countries: a foreign country as the one whose partners
 * are meant ("đối tác … của Hoa Kỳ"), or two foreign countries "giữa X và Y". `list`: the sentence's countries. */
function notOurs(list: CountryMention[], folded: string, s: Span): boolean {
  for (let i = 0; i < list.length; i++) {
    const c = list[i] as CountryMention;
    const before = folded.slice(Math.max(s.start, c.start - 60), c.start);
    if (PARTNER_OF_BEFORE.test(before)) return true;
    const d = list[i + 1];
    if (d && d.id !== c.id && BETWEEN_BEFORE.test(before) && AND_GAP.test(folded.slice(c.end, d.start))) return true;
  }
  return false;
}

/** What a figure's sentence says, the same for every figure in it. */
interface SentenceFacts {
  folded: string;
  countries: Mentioned & { list: CountryMention[] };
  /** Trade or investment between other countries ("đối tác thương mại lớn nhất của Hoa Kỳ", "giữa Mỹ và Trung
   * Quốc") in a sentence where Việt Nam takes no part. */
  thirdParty: boolean;
}

function sentenceFacts(countries: CountryMention[], folded: string, s: Span): SentenceFacts {
  const sentFolded = folded.slice(s.start, s.end);
  const inSentence = sentenceCountries(countries, s);
  const ourSide = inSentence.vn || OUR_SIDE.test(sentFolded);
  return { folded: sentFolded, countries: inSentence, thirdParty: !ourSide && notOurs(inSentence.list, folded, s) };
}

/** The subject of a figure Việt Nam takes no part in: the one foreign country named closest, else none. */
function theirs(inClause: Mentioned, inSegment: Mentioned): string | null {
  for (const m of [inClause, inSegment]) if (m.foreign.size === 1) return [...m.foreign][0] as string;
  return null;
}

// Việt Nam as the investor: "Việt Nam hiện có 18 dự án đầu tư tại Lào", "Việt Nam đầu tư vào Campuchia", "đầu tư ra nước ngoài".
const OUTWARD_DIRECT = new GuardedRegex(/(?<![\p{L}])đầu tư\s+(?:ra nước ngoài|ra|sang)(?![\p{L}])/u);
const VN_INVESTOR = new GuardedRegex(
  /(?<![\p{L}])(?:việt nam|nước ta|doanh nghiệp việt nam|các doanh nghiệp việt nam|nhà đầu tư việt nam)\s+(?:(?:hiện|đã|cũng|đang|hiện đang)\s+)*(?:có\s+(?:[^\s,.;:()]+\s+){1,4}?)?đầu tư\s+(?:vào|tại|ở|sang)\s+(?!việt nam)/u,
);
// "vốn đầu tư của Việt Nam vào Lào", "dự án của Việt Nam tại Lào".
const VN_INVESTMENT_OF = new GuardedRegex(
  /(?<![\p{L}])(?:đầu tư|dự án|vốn)\s+của\s+(?:việt nam|nước ta|doanh nghiệp việt nam|các doanh nghiệp việt nam)\s+(?:vào|tại|ở|sang)\s+(?!việt nam)/u,
);
// Investment into Việt Nam in the same stretch: inward after all.
const INWARD =
  /(?<![\p{L}])(?:đầu tư|fdi|vốn)[^.;]{0,40}?(?:vào|tại|ở|sang) việt nam(?![\p{L}])|đầu tư trực tiếp nước ngoài|(?<![\p{L}])fdi(?![\p{L}])/u;

// Each cue names "đầu tư" or "của": most stretches have neither, and a substring search is cheaper than the regexes.
// INWARD names "đầu tư", "fdi" or "vốn"; its leading lookbehinds make the regex slow on text that has none.
const inward = (s: string) => (s.includes('đầu tư') || s.includes('fdi') || s.includes('vốn')) && INWARD.test(s);
const outwardCue = (s: string) =>
  (s.includes('đầu tư') && (OUTWARD_DIRECT.test(s) || VN_INVESTOR.test(s))) || (s.includes('của') && VN_INVESTMENT_OF.test(s));

/** Việt Nam invests abroad: said in the figure's own segment, or else in the previous figure's ("Việt Nam có 18 dự
 * án đầu tư tại Nga, với tổng vốn 1,6 tỷ USD"), with no investment into Việt Nam named there. */
function isOutward(folded: string, w: Working): boolean {
  const own = folded.slice(w.segStart, w.rightEnd);
  if (outwardCue(own)) return !inward(own);
  if (!w.prev) return false;
  const wider = folded.slice(Math.max(w.sentence.start, w.prev.segStart), w.rightEnd);
  return outwardCue(wider) && !inward(own) && !inward(wider);
}

/** The foreign country an article is mostly about: named at least three times and clearly more than any other. */
function mainPartner(countries: CountryMention[]): string | null {
  const n = new Map<string, number>();
  for (const c of countries) if (c.id !== 'VN') n.set(c.id, (n.get(c.id) ?? 0) + 1);
  const ranked = [...n.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < 3 || (second && first[1] < 1.5 * second[1])) return null;
  return first[0];
}

const isPhraseBreak = unitClass(/[,;:(\n]/);
const isSpace = unitClass(/\s/);
const isLeadingJunk = unitClass(/[\s,;:()/\-–]/);

/** Where the claim's quoted phrase starts: at most twelve words before the figure, cut at the last clause break
 * that still leaves a few words of what the figure measures. Words are runs of non-space characters. */
function compactStart(text: string, w: Working): number {
  const from = w.segStart;
  // The second figure of a ratio lies inside the first one's span: its segment starts after it, and so does the phrase.
  let at = Math.max(from, w.q.start);
  let words = 0;
  while (at > from) {
    if (isSpace(text.charCodeAt(at - 1))) {
      at--;
      continue;
    }
    if (words >= 12) break;
    let start = at - 1;
    while (start > from && !isSpace(text.charCodeAt(start - 1))) start--;
    let br = at - 1;
    while (br >= start && !isPhraseBreak(text.charCodeAt(br))) br--;
    if (br >= start && words >= 2) {
      // The cut is counted in code points from the word's start (a character outside the BMP counts once).
      at = start + codePoints(text, start, br) + 1;
      break;
    }
    at = start;
    words++;
  }
  while (at < w.q.start && isLeadingJunk(text.charCodeAt(at))) at++;
  return at;
}

/** Code points in text[from, to). */
function codePoints(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++, n++) {
    const c = text.charCodeAt(i);
    const d = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to && d >= 0xdc00 && d <= 0xdfff) i++;
  }
  return n;
}

/** Runs of non-space characters in text[from, to). */
function wordCount(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i)) && (i === from || isSpace(text.charCodeAt(i - 1)))) n++;
  return n;
}

// Words that end the phrase a percentage describes ("60% GDP, ...", "6,5% so với năm trước").
const TAIL_STOP = new Set([
  'so',
  'và',
  'trong',
  'khi',
  'thì',
  'là',
  'của',
  'với',
  'từ',
  'đến',
  'tới',
  'vào',
  'mà',
  'nhưng',
  'do',
  'để',
  'năm',
  'tháng',
  'quý',
  'ngày',
  'tuần',
  'cho',
  'nhằm',
  'theo',
]);

/** End of the quoted phrase: a percentage takes up to four words of what it is a share of ("50% hàng hóa đường
 * biển"); a figure with few words before it takes up to six after it ("71 nước đã công nhận quy chế kinh tế thị trường"). */
function compactEnd(folded: string, w: Working, wordsBeforeIt: number): number {
  const { q } = w;
  const max = q.kind === 'percent' ? 4 : wordsBeforeIt < 3 ? 8 : 0;
  let end = q.end;
  const re = /\s+([^\s,;:()."“”!?]+)/y;
  for (let n = 0; n < max; n++) {
    re.lastIndex = end;
    const m = re.exec(folded);
    if (!m || re.lastIndex > w.rightEnd || /\d/.test(m[1] as string)) break;
    if (TAIL_STOP.has(m[1] as string)) break;
    end = re.lastIndex;
  }
  return end;
}

function toClaim(
  text: string,
  folded: string,
  w: Working,
  facts: SentenceFacts,
  countries: CountryMention[],
  dates: DocDates,
  docPartner: string | null,
): Claim {
  const { q } = w;
  const right = folded.slice(q.end, w.rightEnd);
  const ws = wordsBefore(folded.slice(w.segStart, q.start));
  let qualifier: Qualifier = 'exact';
  let qualRule = '';
  if (q.number.kind === 'range') {
    qualifier = 'range';
    qualRule = 'range';
  } else {
    const hit = qualifierBefore(ws) ?? qualifierAfter(right);
    if (hit) {
      qualifier = hit.qualifier;
      qualRule = hit.cue;
    }
  }
  const change = isChange(ws) || q.rule.endsWith('điểm phần trăm');
  const counted = q.counted ? folded.slice(q.end - q.counted.length, q.end) : null;
  const near = `${w.left}${folded.slice(q.numberStart, w.rightEnd)}`;
  const inSegment = mentioned(countries, folded, w, w.segStart);
  const comma = lastIn(text, ', ', w.segStart, q.numberStart);
  const clauseStart = comma >= 0 ? comma + 2 : w.segStart;
  const inClause = mentioned(countries, folded, w, clauseStart);
  const inSentence = facts.countries;
  // The one partner of the sentence ("hai khu công nghiệp Việt Nam - Singapore…, kim ngạch thương mại đạt 10 tỷ USD")
  // counts as the figure's partner unless the figure is said of the whole country ("của cả nước").
  const national = NATIONAL.test(near);
  const sentencePartner = inSentence.foreign.size === 1 && !national ? ([...inSentence.foreign][0] as string) : null;
  const partner = !national && (inSegment.foreign.size > 0 || sentencePartner !== null);
  // Trade or investment between other countries: no key about Việt Nam's relations.
  const { thirdParty } = facts;
  const outward = isOutward(folded, w);

  let period: Period | null = null;
  let asOf: IsoDate | null = null;
  if (w.time && w.time.kind !== 'asOf' && w.time.period) period = w.time.period;
  else if (w.time?.kind === 'asOf' && w.time.period && w.time.period.start !== w.time.period.end) period = w.time.period;
  if (w.time?.asOf) asOf = w.time.asOf;
  let modality: Modality = w.modality?.modality ?? 'actual';
  // A change right after a level ("phấn đấu đạt 2 tỷ USD trong năm 2023, tăng khoảng 15%") is that level's target too.
  if (change && !w.modality && w.prev?.modality && onlyDatesThenChange(folded.slice(w.segStart, q.numberStart)))
    modality = w.prev.modality.modality;
  // A future figure is a forecast, or a target when it continues a target in the same clause ("đặt mục tiêu đến năm
  // 2025 thu hút 8 triệu lượt khách và nâng kim ngạch xuất khẩu lên 2,5 tỷ USD").
  if (modality === 'actual' && period && dates.published && period.start > dates.published)
    modality = w.prev?.modality?.modality === 'target' && sameClause(folded.slice(w.segStart, q.numberStart)) ? 'target' : 'forecast';

  const ictx = { kind: q.kind, counted, near, sentence: facts.folded, modality, change, partner, outward };
  // A figure that continues the previous one's topic ("đạt 545 tỷ USD và dự báo năm sau vượt 660 tỷ USD").
  let ind = classifyIndicator(ictx) ?? (w.prev ? classifyIndicator({ ...ictx, near: `${contextOf(folded, w.prev)} ${near}` }) : null);
  if (ind && thirdParty && RELATION_KEYS.test(ind.key)) ind = null;
  if (!asOf && dates.now && (hasRunningTotal(w.left) || (ind?.stock && !period))) asOf = dates.now;

  const { inherits } = w;
  let subject = thirdParty
    ? theirs(inClause, inSegment)
    : inherits && w.prev?.subject
      ? w.prev.subject
      : subjectFor(inClause, inSegment, near, ind?.key ?? null, sentencePartner ?? docPartner, sentencePartner);
  // A change right after a level ("đạt 3,6 tỷ USD, tăng 2,3%") is said of the same pair.
  if (change && !thirdParty && w.prev?.subject && inSegment.foreign.size === 0 && !inSegment.vn) subject = w.prev.subject;
  w.subject = subject;

  const start = compactStart(text, w);
  const end = compactEnd(folded, w, wordCount(text, start, q.numberStart));
  const claim: Claim = {
    text: text.slice(start, end),
    start,
    end,
    value: q.value,
    unit: q.unit,
    qualifier,
    modality,
    rule: qualRule ? `${q.rule} | qualifier: ${qualRule}` : q.rule,
    sentence: { start: w.sentence.start, end: w.sentence.end },
    subject,
  };
  if (q.valueMax !== undefined) claim.valueMax = q.valueMax;
  if (q.counted) claim.counted = q.counted;
  if (change) claim.change = true;
  if (period) claim.period = period;
  if (asOf) claim.asOf = asOf;
  claim.indicator = ind?.key ?? null;
  return claim;
}
