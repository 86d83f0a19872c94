// A fixed set of words found in a text in one pass over its characters: each run of letters and digits is hashed as
// it is read and looked up in an open-addressing table, so no substring is made for the many words not in the set.
import { isWordUnit } from './word-char.ts';

const EMPTY = -1;

// Per unit below U+2000 (all of Vietnamese), by a local table: 0 neither, 1 a letter, 2 a digit 0-9. Above it,
// isWordUnit decides. This loop reads every character of a document.
const LOW = 0x2000;
const NONE = 0;
const DIGIT = 2;
const LOW_KIND = new Uint8Array(LOW);
for (let c = 0; c < LOW; c++) LOW_KIND[c] = c >= 48 && c <= 57 ? DIGIT : isWordUnit(c) ? 1 : NONE;
const kindOf = (c: number): number => (c < LOW ? (LOW_KIND[c] as number) : isWordUnit(c) ? 1 : NONE);

/** Whether every unit of `w` is a letter or digit: only then is it found, as one run, by a scan. */
export function isWholeWord(w: string): boolean {
  if (!w.length) return false;
  for (let i = 0; i < w.length; i++) if (!isWordUnit(w.charCodeAt(i))) return false;
  return true;
}

function hashOf(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

export class WordTable<T> {
  private readonly words: string[] = [];
  private readonly values: T[] = [];
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly longest: number;

  /** `entries`: words made only of letters and digits (one UTF-16 unit each, as isWordUnit reads them). */
  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [w, v] of entries) {
      if (!isWholeWord(w)) throw new Error(`WordTable: «${w}» is not one word`);
      if (this.words.includes(w)) continue;
      this.words.push(w);
      this.values.push(v);
    }
    let size = 16;
    while (size < this.words.length * 8) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size).fill(EMPTY);
    this.words.forEach((w, k) => {
      let j = hashOf(w) & this.mask;
      while (this.slots[j] !== EMPTY) j = (j + 1) & this.mask;
      this.slots[j] = k;
    });
    this.longest = Math.max(0, ...this.words.map((w) => w.length));
  }

  /** Every whole word of s (a maximal run of letters and digits) that is in the table, left to right. `visit` may
   * return where to go on from, a word edge after the word, to skip the text it used. `digits`, when given, also
   * hears of every maximal run of digits 0-9 (inside a word or the whole of it), from the same pass. */
  scan(
    s: string,
    visit: (start: number, end: number, value: T) => number | undefined,
    digits?: (start: number, end: number) => void,
  ): void {
    const { slots, mask, words, longest } = this;
    const n = s.length;
    let i = 0;
    while (i < n) {
      let c = s.charCodeAt(i);
      let k = kindOf(c);
      if (k === NONE) {
        i++;
        continue;
      }
      const start = i;
      let h = 0;
      let num = -1;
      for (;;) {
        if (k === DIGIT) {
          if (num < 0) num = i;
        } else if (num >= 0) {
          digits?.(num, i);
          num = -1;
        }
        h = (Math.imul(h, 31) + c) | 0;
        if (++i >= n) break;
        c = s.charCodeAt(i);
        k = kindOf(c);
        if (k === NONE) break;
      }
      if (num >= 0) digits?.(num, i);
      if (i - start > longest) continue;
      for (let j = h & mask; slots[j] !== EMPTY; j = (j + 1) & mask) {
        const entry = slots[j] as number;
        const w = words[entry] as string;
        if (w.length !== i - start || !s.startsWith(w, start)) continue;
        const resume = visit(start, i, this.values[entry] as T);
        if (resume !== undefined && resume > i) i = resume;
        break;
      }
    }
  }
}
