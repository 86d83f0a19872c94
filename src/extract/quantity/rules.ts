// Quantity rules: what may follow (or precede) a number to make it a measured quantity, and the named negative
// rules that say when a number is not a figure at all (dates, document numbers, names, ordinals, phone numbers).
import notFigures from '../../../data/lexicon/units/not-figures.json' with { type: 'json' };
import { foldTone } from '../../text/fold.ts';
import type { NumberMatch } from '../number/index.ts';
import { PhraseSet } from './words.ts';

export type QuantityKind = 'money' | 'percent' | 'count' | 'physical';

export interface Quantity {
  /** Span of the number and its unit or counted noun. */
  start: number;
  end: number;
  numberStart: number;
  numberEnd: number;
  value: number;
  valueMax?: number;
  /** ISO 4217 code, '%', 'count' or a physical unit symbol. */
  unit: string;
  kind: QuantityKind;
  /** For counts: the counted noun as written. */
  counted?: string;
  number: NumberMatch;
  rule: string;
}

/** What a blocker sees: the number, the text just before (≤ 32 chars) and after (≤ 16 chars), original and folded. */
export interface BlockContext {
  n: NumberMatch;
  before: string;
  beforeFolded: string;
  after: string;
}

export interface BlockRule {
  name: string;
  /** true: the number is not a figure. */
  test: (c: BlockContext) => boolean;
}

// A name or code made of capitals right before: "APEC 2017", "TPP 11", "COP 28", "MRT 23".
const ACRONYM_BEFORE = /(?:^|[^\p{L}\p{N}])[A-ZĐ][A-Z0-9Đ]*[A-ZĐ]-?\s?$/u;
// A letter joined to the number by a hyphen: "Covid-19", "F-16".
const HYPHEN_NAME_BEFORE = /\p{L}-\s?$/u;
// "21/NQ-CP", "123/QĐ-TTg", "41-CT": a document code follows.
const CODE_AFTER = /^[/-]\s?\p{L}/u;
// Clock times "11:05", "9h30", "9h".
const CLOCK_AFTER = /^(?::\d{2}|h\d{0,2}(?![\p{L}]))/u;
// Phone numbers: groups of digits separated by spaces or dots ("1900 1234", "024 3825 1234").
const DIGIT_GROUP_AFTER = /^[ .]\d{3,}/;
const PHONE_BEFORE = /(?:\+\d{1,3}|\d{3,}[ .])\s?$/;

const LABELS = new PhraseSet(notFigures.labels.map(foldTone));
const CALENDAR = new PhraseSet(notFigures.calendar.map(foldTone));
const NOT_AFTER = new Map(Object.entries(notFigures.notAfter).map(([k, v]) => [foldTone(k), new PhraseSet(v.map(foldTone))]));

/** "Chỉ thị 41", "lần thứ 6", "Quyết định số 123" — but not "tổng số 101". */
function labelBefore(beforeFolded: string): boolean {
  const label = LABELS.endOf(beforeFolded);
  if (!label) return false;
  const not = NOT_AFTER.get(label);
  if (!not) return true;
  const rest = beforeFolded.trimEnd();
  return !not.endOf(rest.slice(0, rest.length - label.length));
}

export const BLOCK_RULES: BlockRule[] = [
  { name: 'not: ordinal or document label before', test: (c) => labelBefore(c.beforeFolded) },
  { name: 'not: calendar word before', test: (c) => c.n.scale === 1 && CALENDAR.endOf(c.beforeFolded) !== null },
  { name: 'not: year', test: (c) => c.n.yearLike === true && !/^\s?(?:%|[\p{L}])/u.test(c.after) },
  { name: 'not: name with hyphen', test: (c) => HYPHEN_NAME_BEFORE.test(c.before) },
  { name: 'not: document code after', test: (c) => CODE_AFTER.test(c.after) },
  { name: 'not: clock time', test: (c) => CLOCK_AFTER.test(c.after) },
  {
    name: 'not: phone number',
    test: (c) => c.n.leadingZero === true || (c.n.scale === 1 && (DIGIT_GROUP_AFTER.test(c.after) || PHONE_BEFORE.test(c.before))),
  },
];

/** Count-only blocker: a capitalised code before the number names a thing ("TPP 11", "APEC 2017"). */
export const COUNT_BLOCK_RULES: BlockRule[] = [{ name: 'not: name with number', test: (c) => ACRONYM_BEFORE.test(c.before) }];

/** Spans of dates and clock times; numbers inside them are not figures. `cue`: a character every match holds, so a
 * window without one skips the regex (these open with a lookbehind, which makes a scan slow). */
export const DATE_SHAPES: { name: string; re: RegExp; cue: RegExp; valid?: (m: RegExpExecArray) => boolean }[] = [
  { name: 'date: d/m/y', re: /(?<![\d.,])\d{1,2}\s?([/.-])\s?\d{1,2}\s?\1\s?\d{2,4}(?!\d)/gu, cue: /[/.-]/ },
  { name: 'date: m/yyyy', re: /(?<![\d.,/])\d{1,2}\s?[/-]\s?(?:19|20)\d{2}(?![\d/])/gu, cue: /[/-]/ },
  {
    name: 'date: d/m',
    re: /(?<![\d.,/])(?<!thứ\s?)(\d{1,2})\/(\d{1,2})(?![\d/])/gu,
    cue: /\//,
    valid: (m) => Number(m[1]) >= 1 && Number(m[1]) <= 31 && Number(m[2]) >= 1 && Number(m[2]) <= 12,
  },
  { name: 'date: quý/yyyy', re: /(?<![\p{L}])quý\s+[IV1-4]+\s?[/-]\s?(?:19|20)\d{2}/giu, cue: /[/-]/ },
  { name: 'clock: hh:mm', re: /(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)/gu, cue: /:/ },
  { name: 'years: yyyy-yyyy', re: /(?<![\d.,])(?:19|20)\d{2}\s?[-–—]\s?(?:19|20)\d{2}(?!\d)/gu, cue: /[-–—]/ },
];
