// A fixed set of words found in a text in one pass over its characters: each run of letters and digits is hashed as
// it is read and looked up in an open-addressing table, so no substring is made for the many words not in the set.
import { isWordUnit } from './word-char.ts';

const EMPTY = -1;

// Letters and digits below U+2000 (all of Vietnamese) by a local table: this loop reads every character of a document.
const LOW = 0x2000;
const LOW_WORD = new Uint8Array(LOW);
for (let c = 0; c < LOW; c++) LOW_WORD[c] = isWordUnit(c) ? 1 : 0;
const isWord = (c: number): boolean => (c < LOW ? LOW_WORD[c] === 1 : isWordUnit(c));

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
      if (!w || ![...w].every((c) => c.length === 1 && isWordUnit(c.charCodeAt(0)))) throw new Error(`WordTable: «${w}» is not one word`);
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
   * return where to go on from, a word edge after the word, to skip the text it used. */
  scan(s: string, visit: (start: number, end: number, value: T) => number | undefined): void {
    const { slots, mask, words, longest } = this;
    const n = s.length;
    let i = 0;
    while (i < n) {
      if (!isWord(s.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      let h = 0;
      for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (!isWord(c)) break;
        h = (Math.imul(h, 31) + c) | 0;
      }
      if (i - start > longest) continue;
      for (let j = h & mask; slots[j] !== EMPTY; j = (j + 1) & mask) {
        const k = slots[j] as number;
        const w = words[k] as string;
        if (w.length !== i - start || !s.startsWith(w, start)) continue;
        const resume = visit(start, i, this.values[k] as T);
        if (resume !== undefined && resume > i) i = resume;
        break;
      }
    }
  }
}
