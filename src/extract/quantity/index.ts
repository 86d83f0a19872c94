// Quantities: a number with what it measures — money (ISO code), percent, a physical unit, or a count of a noun
// from the counted-noun list. Bare numbers are never quantities.
import { readFileSync } from 'node:fs';
import { foldTone } from '../../text/fold.ts';
import { findNumbers, type NumberMatch } from '../number/index.ts';
import { unitClass } from '../shared/unit-class.ts';
import { COUNTED_BEFORE, NOT_NOUNS, PAIR_NOUNS, PREFIX_ISO, unitAt } from './lexicon.ts';
import { BLOCK_RULES, type BlockContext, COUNT_BLOCK_RULES, DATE_SHAPES, type Quantity } from './rules.ts';

export type { Quantity, QuantityKind } from './rules.ts';

export interface Span {
  start: number;
  end: number;
}

export interface QuantityOptions {
  /** foldTone(text), when the caller already has it (same length as text). */
  folded?: string;
  /** Spans that hold no figures (time expressions found by the time dimension). */
  blocked?: Span[];
  /** Also report numbers that were rejected, with the blocking rule (for debugging and the negative corpus). */
  onReject?: (n: NumberMatch, rule: string) => void;
}

const PERCENT = /[ \t\u00a0]?(?:%|phần trăm(?![\p{L}]))/uy;
// "tăng 1,2 điểm phần trăm": percentage points, always a change.
const POINTS = /[ \t\u00a0]+điểm phần trăm(?![\p{L}])/uy;

/** Length of the run of spaces, tabs and no-break spaces at `from` (the gap a unit may stand after). */
function gapAt(s: string, from: number): number {
  let i = from;
  for (let c = s.charCodeAt(i); c === 32 || c === 9 || c === 0xa0; c = s.charCodeAt(++i));
  return i - from;
}

/** "%" or the "p" of "phần trăm": what PERCENT reads after its optional space. */
const startsPercent = (c: number) => c === 37 || c === 112;
const CURRENCY_BEFORE = /(US\$|\$|USD|EUR|€|£|¥)\s?$/u;
const PREFIX_LAST = new Set(['$', 'D', 'R', '€', '£', '¥']);

// foldTone's tone-style map, applied without re-normalising: cleaned text is already NFC, and this runs on every document.
const OLD_TONE = /[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ]/g;
const TONE_MOVE: Record<string, string> = {
  à: 'òa',
  á: 'óa',
  ả: 'ỏa',
  ã: 'õa',
  ạ: 'ọa',
  è: 'òe',
  é: 'óe',
  ẻ: 'ỏe',
  ẽ: 'õe',
  ẹ: 'ọe',
  ỳ: 'ùy',
  ý: 'úy',
  ỷ: 'ủy',
  ỹ: 'ũy',
  ỵ: 'ụy',
};

// foldTone's tone map (data/text/tone-style.json) is exactly OLD_TONE → TONE_MOVE on lower-case text: then, for NFC text
// of unchanged length, foldTone(text) is this function's answer, and fold.ts already holds it for the document.
const STYLE: Record<string, string> = JSON.parse(
  readFileSync(new URL('../../../data/text/tone-style.json', import.meta.url), 'utf8'),
).oldToNew;
const SAME_AS_FOLD_TONE =
  new Set(Object.keys(STYLE)).size === Object.keys(TONE_MOVE).length &&
  Object.entries(STYLE).every(([k, v]) => /^[ou].$/u.test(k) && k !== v && k.replace(OLD_TONE, (m) => TONE_MOVE[m.charAt(1)] ?? m) === v);

/** foldTone(text) with the same offsets as text (lower case, one tone-mark style). */
export function foldSameLength(text: string): string {
  if (SAME_AS_FOLD_TONE && text.normalize('NFC') === text) {
    const folded = foldTone(text);
    if (folded.length === text.length) return folded;
  }
  const lower = text.toLowerCase();
  if (lower.length !== text.length) {
    let out = '';
    for (const ch of text) {
      const c = foldTone(ch);
      out += c.length === ch.length ? c : ch;
    }
    return out;
  }
  return lower.replace(OLD_TONE, (m) => TONE_MOVE[m.charAt(1).toLowerCase()] ?? m.toLowerCase());
}

function overlaps(spans: Span[], s: number, e: number): boolean {
  for (const x of spans) if (x.start < e && x.end > s) return true;
  return false;
}

interface UnitHit {
  end: number;
  unit: string;
  kind: Quantity['kind'];
  counted?: string;
  rule: string;
}

// "dân số gần 100 triệu": a noun before the number says what it counts (qualifier words may stand between).
const COUNTED_BEFORE_RE = new RegExp(
  `(?:^|[^\\p{L}])(${COUNTED_BEFORE.join('|')})(?:\\s+(?:khoảng|gần|hơn|trên|đạt|là|lên|tới|đến|xấp xỉ|ước|ước tính|chừng|vượt|có))*\\s+$`,
  'u',
);

function countedBefore(text: string, folded: string, n: NumberMatch): UnitHit | null {
  if (n.kind !== 'number' || n.scale < 1000) return null;
  const m = COUNTED_BEFORE_RE.exec(folded.slice(Math.max(0, n.start - 40), n.start));
  if (!m) return null;
  const at = n.start - (m[0].length - m[0].indexOf(m[1] as string));
  return {
    end: n.end,
    unit: 'count',
    kind: 'count',
    counted: text.slice(at, at + (m[1] as string).length),
    rule: '<counted noun> <number>',
  };
}

// "184/192 phiếu": the first number of a ratio counts the same thing as the second.
const RATIO_AFTER = /\/(\d+)/y;

function unitAfter(text: string, folded: string, n: NumberMatch): UnitHit | null {
  const direct = unitDirectlyAfter(text, folded, n.end, n);
  if (direct === NAMED) return null;
  if (direct) return direct;
  const before = countedBefore(text, folded, n);
  if (before) return before;
  if (n.kind === 'number' && n.scale === 1) {
    RATIO_AFTER.lastIndex = n.end;
    const r = RATIO_AFTER.exec(text);
    if (r) {
      const hit = unitDirectlyAfter(text, folded, RATIO_AFTER.lastIndex, { ...n, value: Number(r[1]) });
      if (hit === NAMED || hit?.kind !== 'count' || Number(r[1]) < n.value) return null;
      return { ...hit, rule: '<number>/<number> <counted noun>' };
    }
  }
  return nounAfter(text, folded, n);
}

// A lower-case word (syllables may be joined by hyphens: "vắc-xin") or, after the first word, a short acronym ("khu VSIP").
const NOUN_WORD = /\p{Ll}+(?:-\p{Ll}+)*(?![\p{L}\p{N}])/uy;
const ACRONYM_WORD = /[A-ZĐ][A-Z0-9Đ]{1,7}(?![\p{L}\p{N}])/uy;
const DIGIT = /[0-9]/;
const SENTENCE_OPEN = /[.!?:;"“(\n]/;
// "một trong 3 chiến dịch": one of a group, not a count.
const ONE_OF_BEFORE = /(?:^|[^\p{L}\p{N}])(?:một|1)\s+trong(?:\s+số)?\s+$/u;
const MAX_NOUN_WORDS = 3;

const isLetter = unitClass(/\p{L}/u);
const isSpace = unitClass(/\s/);

/** Whether the word right before the number has a capital inside a sentence ("Quân đoàn 4", "Luật Đầu tư 2020",
 * "iPhone 15"): the number is then part of a name. */
function nameBefore(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00a0')) i--;
  const end = i;
  while (i > 0 && isLetter(text.charCodeAt(i - 1))) i--;
  if (i === end) return false;
  const word = text.slice(i, end);
  if (word === word.toLowerCase()) return false;
  let j = i;
  while (j > 0 && (text[j - 1] === ' ' || text[j - 1] === '\u00a0')) j--;
  return j > 0 && !SENTENCE_OPEN.test(text[j - 1] as string);
}

/** "20 khu VSIP", "khoảng 20 ngành nghề", "35 khu kinh tế": a number written in digits, then a lower-case noun phrase
 * that is on no list. Counts unless the word after the number is a function word, verb, time, age, rank or measure
 * word (`notNouns`), or the number belongs to a name. Negative rules (dates, labels, codes...) still apply after. */
function nounAfter(text: string, folded: string, n: NumberMatch): UnitHit | null {
  if ((n.kind !== 'number' && n.kind !== 'range') || n.words || n.yearLike || n.leadingZero) return null;
  if (!DIGIT.test(text[n.start] as string)) return null;
  // "tỷ số 2-1", "3/5": the second number of a pair or score.
  const prevCh = text[n.start - 1];
  if (prevCh === '-' || prevCh === '/' || prevCh === '–') return null;
  if (n.scale === 1 && !Number.isInteger(n.value)) return null;
  const sp = text[n.end];
  if (sp !== ' ' && sp !== '\u00a0') return null;
  let at = n.end + 1;
  const words: string[] = [];
  let end = at;
  while (words.length < MAX_NOUN_WORDS) {
    NOUN_WORD.lastIndex = at;
    let m = NOUN_WORD.exec(text);
    if (m) {
      const w = folded.slice(at, at + m[0].length);
      if (NOT_NOUNS.has(w)) break;
      if (words.length > 0 && unitAt(folded, at)?.kind === 'none') break;
    } else if (words.length > 0) {
      ACRONYM_WORD.lastIndex = at;
      m = ACRONYM_WORD.exec(text);
    }
    if (!m) break;
    words.push(m[0]);
    end = at + m[0].length;
    if (text[end] !== ' ') break;
    at = end + 1;
  }
  if (!words.length) return null;
  if (nameBefore(text, n.start)) return null;
  if (ONE_OF_BEFORE.test(folded.slice(Math.max(0, n.start - 16), n.start))) return null;
  const start = n.end + 1;
  return { end, unit: 'count', kind: 'count', counted: text.slice(start, end), rule: '<number> <noun phrase>' };
}

/** unitDirectlyAfter's answer when a listed word follows that makes no figure (`notCounted`, or a unit name that does not apply here). */
const NAMED = 'named' as const;

function unitDirectlyAfter(text: string, folded: string, from: number, n: NumberMatch): UnitHit | typeof NAMED | null {
  // Most numbers are followed by neither: the regexes run only where the character after the gap can start them.
  const gap = gapAt(text, from);
  const at = from + gap;
  if (startsPercent(text.charCodeAt(from)) || (gap > 0 && startsPercent(text.charCodeAt(from + 1)))) {
    PERCENT.lastIndex = from;
    const p = PERCENT.exec(text);
    if (p) return { end: from + p[0].length, unit: '%', kind: 'percent', rule: '<number> %' };
  }
  const gapFolded = gapAt(folded, from);
  if (gapFolded > 0 && folded.charCodeAt(from + gapFolded) === 0x111 /* đ */) {
    POINTS.lastIndex = from;
    const pp = POINTS.exec(folded);
    if (pp) return { end: from + pp[0].length, unit: '%', kind: 'percent', rule: '<number> điểm phần trăm' };
  }
  const u = unitAt(folded, at);
  if (!u) return null;
  if (u.kind === 'none') return NAMED;
  const end = at + u.key.length;
  if (u.kind === 'count') {
    if (gap === 0) return NAMED;
    return { end, unit: 'count', kind: 'count', counted: text.slice(at, end), rule: '<number> <counted noun>' };
  }
  if (u.needsScale && n.scale < 1000 && n.value < 1000) return NAMED;
  if (u.notBefore?.length) {
    const next = folded.slice(end, end + 12).trimStart();
    if (u.notBefore.some((w) => next.startsWith(w) && !/\p{L}/u.test(next[w.length] ?? ''))) return NAMED;
  }
  if (u.kind === 'money') return { end, unit: u.unit, kind: 'money', rule: '<number> <currency>' };
  return { end, unit: u.unit, kind: 'physical', rule: '<number> <unit>' };
}

const PAIR_RE = new RegExp(`\\s+(?:${[...PAIR_NOUNS].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}])`, 'uy');

/** "hai nước", "2 bên", "hai dân tộc": the two sides of a relation. */
function isPair(folded: string, at: number): boolean {
  PAIR_RE.lastIndex = at;
  return PAIR_RE.test(folded);
}

/** Whether the number sits in a date or clock shape; read in a small window around it. */
function inDateShape(text: string, n: NumberMatch): boolean {
  const lo = Math.max(0, n.start - 40);
  const hi = Math.min(text.length, n.end + 40);
  let from = Math.max(lo, n.start - 14);
  while (from > lo && !isSpace(text.charCodeAt(from - 1))) from--;
  let to = Math.min(hi, n.end + 14);
  while (to < hi && !isSpace(text.charCodeAt(to))) to++;
  const win = text.slice(from, to);
  for (const d of DATE_SHAPES) {
    if (!d.cue.test(win)) continue;
    d.re.lastIndex = 0;
    for (let m = d.re.exec(win); m; m = d.re.exec(win)) {
      if (d.valid && !d.valid(m)) continue;
      const s = from + m.index;
      if (s < n.end && s + m[0].length > n.start) return true;
    }
  }
  return false;
}

/** All quantities of the text, in order. */
export function findQuantities(text: string, opts: QuantityOptions = {}): Quantity[] {
  const folded = opts.folded ?? foldSameLength(text);
  const blocked = opts.blocked ?? [];
  const out: Quantity[] = [];
  for (const n of findNumbers(text, folded)) {
    const q = quantityAt(text, folded, n, blocked);
    if (typeof q === 'string') opts.onReject?.(n, q);
    else out.push(q);
  }
  return out;
}

/** The quantity a number makes, or the name of the rule that says it makes none. */
function quantityAt(text: string, folded: string, n: NumberMatch, blocked: Span[]): Quantity | string {
  const b0 = Math.max(0, n.start - 32);
  // A currency sign or code right before ("US$ 5 triệu"): cheap test on the last character first.
  const lastBefore = text[n.start - 1] === ' ' ? text[n.start - 2] : text[n.start - 1];
  const prefix = lastBefore !== undefined && PREFIX_LAST.has(lastBefore) ? CURRENCY_BEFORE.exec(text.slice(b0, n.start)) : null;
  // The unit first: most numbers (years, dates, codes) have none, and that is the cheapest test.
  const hit: UnitHit | null = prefix
    ? { end: n.end, unit: PREFIX_ISO.get(prefix[1] as string) ?? 'USD', kind: 'money', rule: '<currency> <number>' }
    : unitAfter(text, folded, n);
  if (!hit) return 'no unit';
  if (inDateShape(text, n)) return 'not: date or time shape';
  if (overlaps(blocked, n.start, n.end)) return 'not: inside a time expression';
  const ctx: BlockContext = {
    n,
    before: text.slice(b0, n.start),
    beforeFolded: folded.slice(b0, n.start),
    after: text.slice(n.end, n.end + 16),
  };
  if (!prefix) {
    const block = BLOCK_RULES.find((r) => r.test(ctx));
    if (block) return block.name;
  }
  if (hit.kind === 'count') {
    const block = COUNT_BLOCK_RULES.find((r) => r.test(ctx));
    if (block) return block.name;
    if (n.value === 2 && n.kind === 'number' && isPair(folded, n.end)) return 'not: the pair of a bilateral relation';
  }
  let value = n.value;
  // "1,500 người": no count is fractional, so a single comma group of three digits is an English thousands separator.
  if (hit.kind === 'count' && !Number.isInteger(value) && /^\d{1,3},\d{3}$/.test(text.slice(n.start, n.end))) {
    value = Number(text.slice(n.start, n.end).replace(',', ''));
  }
  const start = prefix ? n.start - (prefix[0] as string).length : n.start;
  const q: Quantity = {
    start,
    end: hit.end,
    numberStart: n.start,
    numberEnd: n.end,
    value,
    unit: hit.unit,
    kind: hit.kind,
    number: n,
    rule: `${n.rule} + ${hit.rule}`,
  };
  if (n.valueMax !== undefined) q.valueMax = n.valueMax;
  if (hit.counted !== undefined) q.counted = hit.counted;
  return q;
}
