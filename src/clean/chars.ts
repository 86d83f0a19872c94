// Per-character tables for the hot loops: Unicode property regexes cost too much at 2,000 articles a second.
import { foldAll } from '../text/fold.ts';

// Latin, Latin Extended and Latin Extended Additional (all Vietnamese letters) sit below this.
export const TABLE_SIZE = 0x2000;
export const LETTER = 1;
export const LOWER = 2;
export const UPPER = 4;
/** A vowel letter (any case, any tone): each syllable has one run of them. */
export const VOWEL = 8;

/** Lower case without diacritics for the first TABLE_SIZE code units; callers index it directly. */
export const FOLD_TABLE = new Uint16Array(TABLE_SIZE);
const FOLD = FOLD_TABLE;
/** Lower case, diacritics kept, for the first TABLE_SIZE code units (a letter whose lower case is longer keeps itself). */
export const LOWER_TABLE = new Uint16Array(TABLE_SIZE);

/** LETTER | LOWER | UPPER | VOWEL flags for the first TABLE_SIZE code units; callers index it directly. */
export const CHAR_CLASS = new Uint8Array(TABLE_SIZE);
const CLASS = CHAR_CLASS;
const IS_LETTER = /[\p{L}\p{M}]/u;

for (let c = 0; c < TABLE_SIZE; c++) {
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  let folded = c;
  if (lower.length === 1) {
    const f = c < 0x80 ? lower : foldAll(lower);
    folded = (f.length === 1 ? f : lower).charCodeAt(0);
  }
  FOLD[c] = folded;
  LOWER_TABLE[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
  if (IS_LETTER.test(ch)) CLASS[c] = LETTER | (/\p{Ll}/u.test(ch) ? LOWER : 0) | (/\p{Lu}/u.test(ch) ? UPPER : 0);
  if (CLASS[c] && /^[aeiouy]$/.test(String.fromCharCode(folded))) CLASS[c] |= VOWEL;
}

/** Folds `s` into `out` (see foldKeepLength) and returns it, grown when too short. */
function foldInto(s: string, out: Uint16Array): Uint16Array {
  const n = s.length;
  const buf = out.length >= n ? out : new Uint16Array(Math.max(n, out.length * 2));
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < TABLE_SIZE) buf[i] = FOLD[c] as number;
    else if (c < 0xd800 || c > 0xdfff) buf[i] = c;
    else {
      // A lone surrogate reads as U+FFFD, as the UTF-16 decoder this once went through gave it.
      const pairedHigh = c < 0xdc00 && i + 1 < n && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      const pairedLow = c >= 0xdc00 && i > 0 && (s.charCodeAt(i - 1) & 0xfc00) === 0xd800;
      buf[i] = pairedHigh || pairedLow ? c : 0xfffd;
    }
  }
  return buf;
}

/** The first `n` code units of a buffer as a string (one copy, no decoding). */
function unitsToString(units: Uint16Array, n: number): string {
  return Buffer.from(units.buffer, units.byteOffset, n * 2).toString('ucs2');
}

// One buffer for all calls: the key is copied out of it.
let scratch: Uint16Array = new Uint16Array(1024);

/** Lower case without diacritics (đ → d), one UTF-16 unit for one: offsets in the key are offsets in the text. */
export function foldKeepLength(s: string): string {
  scratch = foldInto(s, scratch);
  // A leading U+FEFF is left out, as the UTF-16 decoder this once went through did (article text has none left).
  if (s.charCodeAt(0) === 0xfeff) return unitsToString(scratch.subarray(1), s.length - 1);
  return unitsToString(scratch, s.length);
}

/**
 * The runs of characters that fold to a-z or 0-9, one space between runs: foldKeepLength(s) with every other run
 * of characters made one space and the ends trimmed, in one pass (none of the characters it leaves as they are
 * folds to a letter or digit).
 */
export function alnumKey(s: string): string {
  const n = s.length;
  if (scratch.length < n) scratch = new Uint16Array(Math.max(n, scratch.length * 2));
  let k = 0;
  let gap = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const f = c < TABLE_SIZE ? (FOLD[c] as number) : 0;
    if ((f >= 97 && f <= 122) || (f >= 48 && f <= 57)) {
      if (gap && k > 0) scratch[k++] = 32;
      scratch[k++] = f;
      gap = false;
    } else gap = true;
  }
  return unitsToString(scratch, k);
}

// Classes of the code units from TABLE_SIZE up, filled in as they are met (KNOWN marks a filled entry): few of them
// occur, but quotes and dashes recur in every article.
const KNOWN = 0x80;
const HIGH_CLASS = new Uint8Array(0x10000 - TABLE_SIZE);

/** LETTER | LOWER | UPPER flags of any code unit. */
export function classOf(c: number): number {
  if (c < TABLE_SIZE) return CLASS[c] as number;
  let k = HIGH_CLASS[c - TABLE_SIZE] as number;
  if (!k) {
    const ch = String.fromCharCode(c);
    k = KNOWN | (IS_LETTER.test(ch) ? LETTER | (/\p{Ll}/u.test(ch) ? LOWER : 0) | (/\p{Lu}/u.test(ch) ? UPPER : 0) : 0);
    HIGH_CLASS[c - TABLE_SIZE] = k;
  }
  return k & ~KNOWN;
}

function cls(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return Number.isNaN(c) ? 0 : classOf(c);
}

export function isLetterAt(s: string, i: number): boolean {
  return (cls(s, i) & LETTER) !== 0;
}

export function isLowerAt(s: string, i: number): boolean {
  return (cls(s, i) & LOWER) !== 0;
}

export function isUpperAt(s: string, i: number): boolean {
  return (cls(s, i) & UPPER) !== 0;
}

// One buffer for codeUnits: callers read it before the next call.
let unitBytes = Buffer.alloc(4096);
let units = new Uint16Array(unitBytes.buffer, unitBytes.byteOffset, unitBytes.length >> 1);

/**
 * The code units of `text` followed by a space (32), copied natively into a shared buffer that the next call
 * overwrites. Faster to loop over than charCodeAt on a sliced or concatenated string.
 */
export function codeUnits(text: string): Uint16Array {
  const n = text.length;
  if (units.length < n + 1) {
    unitBytes = Buffer.alloc(2 * (n + 1) + 512);
    units = new Uint16Array(unitBytes.buffer, unitBytes.byteOffset, unitBytes.length >> 1);
  }
  unitBytes.write(text, 0, 'utf16le');
  units[n] = 32;
  return units;
}
