// Where the rules' trigger words and numbers stand in the folded text: one pass over it finds them all, so each rule is
// then tried only at the few places it can start.
import { isWordUnit } from '../shared/word-char.ts';

/** A run of one or two digits: how a day or a month is written. */
export const DAY_NUMBER = '#dd';
/** A run of one or two digits right before '/', '.' or '-': a day or a month with its separator ("30/6", "28.6"). */
export const DATE_NUMBER = '#dd/';
/** A run of four digits starting 19 or 20: how a year is written. */
export const YEAR_NUMBER = '#yyyy';

const NUMBER_CLASSES: readonly string[] = [DAY_NUMBER, DATE_NUMBER, YEAR_NUMBER];

export const isNumberClass = (w: string): boolean => NUMBER_CLASSES.includes(w);

/** Whether the word `w` is a number of the class `cls` (read alone: what follows it is not checked). */
export function isNumberOf(cls: string, w: string): boolean {
  if (!w.length) return false;
  for (let i = 0; i < w.length; i++) if (!isDigit(w.charCodeAt(i))) return false;
  if (cls === DAY_NUMBER || cls === DATE_NUMBER) return w.length <= 2;
  return cls === YEAR_NUMBER && w.length === 4 && isCentury(w, 0);
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isDateSeparator = (c: number) => c === 47 || c === 46 || c === 45; // / . -

/** Trigger words looked up by a hash of the word, computed while the pass reads it. */
export interface TriggerSet {
  words: readonly string[];
  numbers: readonly string[];
  /** Open addressing: a word's slot holds its index + 1 (0: empty), its hash in `hashes`. */
  slots: Int32Array;
  hashes: Int32Array;
  mask: number;
}

const hashStep = (h: number, c: number) => (Math.imul(h, 31) + c) | 0;

function hashOf(w: string): number {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = hashStep(h, w.charCodeAt(i));
  return h;
}

/** Whether every unit of `w` is a letter or digit: a trigger word must be a whole word to be found by its run. */
export function isWholeWord(w: string): boolean {
  if (!w.length) return false;
  for (let i = 0; i < w.length; i++) if (!isWordUnit(w.charCodeAt(i))) return false;
  return true;
}

export function triggerSet(wanted: readonly string[]): TriggerSet {
  const words = [...new Set(wanted.filter((w) => !isNumberClass(w)))];
  const numbers = [...new Set(wanted.filter(isNumberClass))];
  for (const w of words) if (!isWholeWord(w)) throw new Error(`time trigger must be a whole word: "${w}"`);
  let size = 16;
  while (size < words.length * 4) size *= 2;
  const slots = new Int32Array(size);
  const hashes = new Int32Array(size);
  const mask = size - 1;
  words.forEach((w, k) => {
    const h = hashOf(w);
    let s = h & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = k + 1;
    hashes[s] = h;
  });
  return { words, numbers, slots, hashes, mask };
}

/** Per UTF-16 unit below U+2000 (all of Vietnamese): 0 neither, 1 a letter, 2 a digit 0-9; above, isWordUnit decides. */
const KIND = new Uint8Array(0x2000);
for (let c = 0; c < 0x2000; c++) KIND[c] = c >= 48 && c <= 57 ? 2 : isWordUnit(c) ? 1 : 0;

const kindOf = (c: number): number => (c < 0x2000 ? (KIND[c] as number) : isWordUnit(c) ? 1 : 0);

/**
 * Where each wanted word stands as a whole word and where each class of number starts, in text order. A whole-word
 * occurrence is exactly a maximal run of letters and digits equal to the word.
 */
export function triggerStarts(set: TriggerSet, folded: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const lists = set.words.map((w) => {
    const list: number[] = [];
    out.set(w, list);
    return list;
  });
  const numbers = new NumberStarts(set.numbers, out);
  const { slots, hashes, mask } = set;
  const n = folded.length;
  for (let i = 0; i < n;) {
    let c = folded.charCodeAt(i);
    let k = kindOf(c);
    if (k === 0) {
      i++;
      continue;
    }
    const a = i;
    let h = 0;
    let num = -1;
    for (;;) {
      if (k === 2) {
        if (num < 0) num = i;
      } else if (num >= 0) {
        numbers.add(folded, num, i);
        num = -1;
      }
      h = hashStep(h, c);
      if (++i >= n) break;
      c = folded.charCodeAt(i);
      k = kindOf(c);
      if (k === 0) break;
    }
    if (num >= 0) numbers.add(folded, num, i);
    for (let s = h & mask; slots[s] !== 0; s = (s + 1) & mask) {
      if (hashes[s] !== h) continue;
      const w = (slots[s] as number) - 1;
      const word = set.words[w] as string;
      if (word.length === i - a && folded.startsWith(word, a)) {
        (lists[w] as number[]).push(a);
        break;
      }
    }
  }
  return out;
}

/** The start lists of the wanted number classes. */
class NumberStarts {
  private readonly days: number[] | null;
  private readonly dates: number[] | null;
  private readonly years: number[] | null;

  constructor(wanted: readonly string[], out: Map<string, number[]>) {
    const listOf = (w: string) => {
      if (!wanted.includes(w)) return null;
      const list: number[] = [];
      out.set(w, list);
      return list;
    };
    this.days = listOf(DAY_NUMBER);
    this.dates = listOf(DATE_NUMBER);
    this.years = listOf(YEAR_NUMBER);
  }

  /** The run of digits folded[s, e). */
  add(folded: string, s: number, e: number): void {
    if (e - s <= 2) {
      this.days?.push(s);
      if (this.dates && isDateSeparator(folded.charCodeAt(e))) this.dates.push(s);
    } else if (e - s === 4 && this.years && isCentury(folded, s)) this.years.push(s);
  }
}

/** "19" or "20" at `s`. */
function isCentury(folded: string, s: number): boolean {
  const a = folded.charCodeAt(s);
  const b = folded.charCodeAt(s + 1);
  return (a === 49 && b === 57) || (a === 50 && b === 48);
}
