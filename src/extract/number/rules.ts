// Numeral rules for Vietnamese (Duckling style): each rule has a name that travels into the result.
// Atoms (digit groups, number words, scale words) are combined by the grammar in ./index.ts; the named rules here
// say how a digit string is read and which surrounding words make a numeral a range, a vague amount or a multiplier.

export type NumberKind = 'number' | 'range' | 'vague' | 'multiplier' | 'fraction';

export interface NumberMatch {
  start: number;
  end: number;
  value: number;
  /** Upper bound for ranges. */
  valueMax?: number;
  kind: NumberKind;
  /** Product of the scale words (triệu = 1e6 ...), 1 when none. */
  scale: number;
  /** Written (at least partly) in words. */
  words: boolean;
  /** The digit string had a leading zero ("024", "01"). */
  leadingZero?: boolean;
  /** An integer 1900–2100 written without separators or scale: a year unless a unit follows. */
  yearLike?: boolean;
  rule: string;
}

export interface DigitRule {
  name: string;
  pattern: RegExp;
  /** Value of the digit string; null when the rule does not apply after all. `unitFollows`: whether a scale word, % or
   * unit comes next (asked only by the rule that needs it). */
  prod: (s: string, unitFollows: () => boolean) => number | null;
}

const num = (s: string) => Number(s);

/** How a digit string is read; the first rule whose pattern matches the whole string wins. */
export const DIGIT_RULES: DigitRule[] = [
  {
    // First, as most digit strings are plain integers; no other pattern matches a string without a separator.
    name: '<integer>',
    pattern: /^\d+$/,
    prod: (s) => num(s),
  },
  {
    // "50.000", "1.200.000", "1.234,5": dots group thousands, a comma marks decimals (Vietnamese usage).
    name: '<digits> vi-thousands',
    pattern: /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/,
    prod: (s) => num(s.replace(/\./g, '').replace(',', '.')),
  },
  {
    // "1,200,000" or "1,200,000.5": two or more comma groups can only be English thousands.
    name: '<digits> en-thousands',
    pattern: /^\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?$/,
    prod: (s) => num(s.replace(/,/g, '')),
  },
  {
    // "1,234.5": comma then dot is English.
    name: '<digits> en-thousands-decimal',
    pattern: /^\d{1,3},\d{3}\.\d+$/,
    prod: (s) => num(s.replace(/,/g, '')),
  },
  {
    // "2,85", "14,8": a Vietnamese decimal comma.
    name: '<digits> vi-decimal',
    pattern: /^\d+,\d+$/,
    prod: (s) => num(s.replace(',', '.')),
  },
  {
    // "2.5 tỷ", "6.5%": an English decimal point, only when a scale word, % or unit follows ("12.5" alone is a date).
    name: '<digits> en-decimal',
    pattern: /^\d+\.\d{1,2}$|^\d+\.\d{4,}$/,
    prod: (s, unitFollows) => (unitFollows() ? num(s) : null),
  },
];

/** Number words and their roles in the grammar. */
export const UNIT_WORDS: Record<string, number> = {
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  năm: 5,
  lăm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
  mốt: 1,
};
export const SCALE_WORDS: Record<string, number> = {
  nghìn: 1e3,
  ngàn: 1e3,
  vạn: 1e4,
  triệu: 1e6,
  tỷ: 1e9,
  tỉ: 1e9,
};
/** Words that never stand alone as a number (a year, "a", "fourth", ...). */
export const NOT_ALONE = new Set([
  'một',
  'năm',
  'tư',
  'lăm',
  'mốt',
  'linh',
  'lẻ',
  'mươi',
  'rưỡi',
  'nửa',
  'chục',
  'trăm',
  'nghìn',
  'ngàn',
  'vạn',
  'triệu',
  'tỷ',
  'tỉ',
]);

/** Words before a scale-only numeral that make it a vague amount ("hàng nghìn", "vài triệu"). */
export const VAGUE_BEFORE = /(?:^|[^\p{L}])(hàng|vài|mấy|dăm|mươi|hàng chục|hàng trăm)\s+$/iu;
/** Qualifiers that let a lone "trăm"/"chục" stand for 100/10 ("hơn trăm nghìn", "gần chục nước"). */
export const LONE_HUNDRED_BEFORE = /(?:^|[^\p{L}])(hơn|gần|khoảng|trên|ngót|non|chừng)\s+$/iu;
/** "gấp 1,6 lần", "gấp ba": a multiplier, not a level. */
export const MULTIPLIER_BEFORE = /(?:^|[^\p{L}])gấp\s+$/iu;
/** On the lower-cased text. */
export const MULTIPLIER_WORD = /gấp\s+(đôi|rưỡi)/g;
/** "từ 3 đến 5", "3-5", "3 – 5", "6,5-7". */
export const RANGE_SEPARATOR = /^\s*(?:[-–—~]|đến|tới|đến khoảng|tới khoảng)\s*$/iu;
export const RANGE_FROM = /(?:^|[^\p{L}])từ\s+(?:khoảng\s+)?$/iu;
/** "một nửa": one half. */
export const HALF = /một nửa|phân nửa/g;

/** Digit groups: one fast pass; the character before is checked by hand (no letter, digit or "_"). */
export const DIGITS = /\d+(?:[.,]\d+)*/g;
/** Number words, matched on the lower-cased text; whole words are checked by hand. Then the two cues that HALF and
 * MULTIPLIER_WORD need, so that the same pass tells whether the text has them at all (no match can hide one). */
export const NUMBER_WORDS =
  /một|hai|ba|bốn|tư|năm|lăm|sáu|bảy|bẩy|tám|chín|mốt|mười|mươi|trăm|linh|lẻ|rưỡi|chục|nghìn|ngàn|vạn|triệu|tỷ|tỉ|nửa|gấp/g;
