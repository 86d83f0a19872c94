// A fixed set of words found in a text without reading it character by character each time: the runs of letters and
// digits of the last text scanned are kept with a hash of each, and every table looks its words up in that list. Time,
// claims and events each scan the same folded document in turn, so only the first pays for reading it.
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

function hashOf(s: string, from = 0, to = s.length): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

/** The maximal runs of letters and digits of a text, in order, with their hashes and the runs of digits 0-9 in each. */
interface Runs {
  text: string;
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  hashes: Int32Array;
  /** The digit runs of run k are digitStarts/digitEnds[firstDigit[k] .. firstDigit[k + 1]). */
  firstDigit: Int32Array;
  digitStarts: Int32Array;
  digitEnds: Int32Array;
}

// Filled by one pass, then copied out at their size: a Runs object never changes once made.
let scratch = new Int32Array(0);

function readRuns(s: string): Runs {
  const n = s.length;
  // A text of n units has at most (n + 1) / 2 runs and as many digit runs; six numbers a run, one more for firstDigit.
  const cap = (n >> 1) + 2;
  if (scratch.length < cap * 6) scratch = new Int32Array(cap * 6);
  const buf = scratch;
  const [S, E, H, F, DS, DE] = [0, cap, 2 * cap, 3 * cap, 4 * cap, 5 * cap];
  let count = 0;
  let digitCount = 0;
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
    buf[F + count] = digitCount;
    for (;;) {
      if (k === DIGIT) {
        if (num < 0) num = i;
      } else if (num >= 0) {
        buf[DS + digitCount] = num;
        buf[DE + digitCount++] = i;
        num = -1;
      }
      h = (Math.imul(h, 31) + c) | 0;
      if (++i >= n) break;
      c = s.charCodeAt(i);
      k = kindOf(c);
      if (k === NONE) break;
    }
    if (num >= 0) {
      buf[DS + digitCount] = num;
      buf[DE + digitCount++] = i;
    }
    buf[S + count] = start;
    buf[E + count] = i;
    buf[H + count++] = h;
  }
  buf[F + count] = digitCount;
  return {
    text: s,
    count,
    starts: buf.slice(S, S + count),
    ends: buf.slice(E, E + count),
    hashes: buf.slice(H, H + count),
    firstDigit: buf.slice(F, F + count + 1),
    digitStarts: buf.slice(DS, DS + digitCount),
    digitEnds: buf.slice(DE, DE + digitCount),
  };
}

let last: Runs | null = null;

/** The runs of s: those of the last text when it is the same. */
function runsOf(s: string): Runs {
  if (last === null || last.text !== s) last = readRuns(s);
  return last;
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
    const runs = runsOf(s);
    const { starts, ends, hashes, firstDigit, digitStarts, digitEnds } = runs;
    let from = 0;
    for (let k = 0; k < runs.count; k++) {
      let start = starts[k] as number;
      const end = ends[k] as number;
      let hash = hashes[k] as number;
      if (start < from) {
        if (end <= from) continue;
        // `visit` went on from inside this run: its rest is read as a run of its own.
        start = from;
        hash = hashOf(s, start, end);
        if (digits) digitRunsIn(s, start, end, digits);
      } else if (digits) {
        for (let d = firstDigit[k] as number; d < (firstDigit[k + 1] as number); d++)
          digits(digitStarts[d] as number, digitEnds[d] as number);
      }
      const resume = this.lookup(s, start, end, hash, visit);
      if (resume !== undefined && resume > end) from = resume;
    }
  }

  /** Calls `visit` when s[start, end) (of hash `hash`) is in the table; its answer, if any. */
  private lookup(
    s: string,
    start: number,
    end: number,
    hash: number,
    visit: (start: number, end: number, value: T) => number | undefined,
  ): number | undefined {
    if (end - start > this.longest) return undefined;
    const { slots, mask, words } = this;
    for (let j = hash & mask; slots[j] !== EMPTY; j = (j + 1) & mask) {
      const entry = slots[j] as number;
      const w = words[entry] as string;
      if (w.length !== end - start || !s.startsWith(w, start)) continue;
      return visit(start, end, this.values[entry] as T);
    }
    return undefined;
  }
}

/** The maximal runs of digits 0-9 in s[from, to). */
function digitRunsIn(s: string, from: number, to: number, digits: (start: number, end: number) => void): void {
  let num = -1;
  for (let i = from; i < to; i++) {
    const isDigit = kindOf(s.charCodeAt(i)) === DIGIT;
    if (isDigit && num < 0) num = i;
    else if (!isDigit && num >= 0) {
      digits(num, i);
      num = -1;
    }
  }
  if (num >= 0) digits(num, to);
}
