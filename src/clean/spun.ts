// Machine-spun text ("Nước Ta" for "Việt Nam", "công tác làm việc", "hiệu suất cao" for "hiệu quả"): a score in
// [0,1] per paragraph and per document from known spinner substitutions, English words dropped into a sentence and
// phrases printed twice in a row. The text is only marked, never changed.
import { foldTone } from '../text/fold.ts';
import { boundedMemo } from '../text/memo.ts';
import type { ParagraphQuality } from '../types.ts';
import * as chars from './chars.ts';
import { dataList, dataTable } from './data.ts';
import { isSyllable } from './syllables.ts';

interface Substitution {
  words: string[];
  spun: string;
  meant: string;
  weight: number;
  caseSensitive: boolean;
  noCapAfter: boolean;
  notAfter: string | null;
  /** The first word is the key of the entry that holds this substitution, so it matches wherever the entry is found. */
  firstIsKey: boolean;
}

interface WordEntry {
  /** Substitutions starting with this word, longest first. */
  subs: Substitution[];
  english: boolean;
}

interface SpinnerModel {
  /** Entries by first word (tone-folded, lower case), and English words. */
  words: Map<string, WordEntry>;
  /** Buckets (first letter, last letter, length; diacritics folded) that hold a word of `words`. */
  buckets: Uint8Array;
}

// The two general signals: an English word between Vietnamese words, a phrase of 2–4 words printed twice in a row.
// A doubled phrase is as often an editor's slip as a spinner's, so it weighs little on its own.
const ENGLISH_WEIGHT = 1;
const REPEAT_WEIGHT = 0.4;
// Words of running text over which one unit of signal weight counts fully.
const WORDS_PER_UNIT = 80;
const ASCII_WORD = /^[a-z]{2,}$/;
const BUCKETS = 27 * 27 * 27 * 8;

let model: SpinnerModel | null = null;
// Module-local copies: imported bindings are read through accessors, too slow once per word.
const CLASS = chars.CHAR_CLASS;
const LETTER = chars.LETTER;
const classOf = chars.classOf;
const isLowerAt = chars.isLowerAt;
const isUpperAt = chars.isUpperAt;
const FOLD = chars.FOLD_TABLE;
const LOWER = chars.LOWER_TABLE;
const TABLE_SIZE = chars.TABLE_SIZE;

function isLetterCode(c: number): boolean {
  return ((c < TABLE_SIZE ? (CLASS[c] as number) : classOf(c)) & LETTER) !== 0;
}

// A word's bucket (first two letters, last letter, length; folded) needs no hashing of the string, so the many
// words that start no entry cost a few array reads.
function foldedLetter(word: string, i: number): number {
  const c = word.charCodeAt(i);
  const f = c < TABLE_SIZE ? (FOLD[c] as number) : c;
  return f >= 97 && f <= 122 ? f - 96 : 0;
}

function bucket(word: string, from: number, to: number): number {
  const second = to - from > 1 ? foldedLetter(word, from + 1) : 0;
  return ((foldedLetter(word, from) * 27 + second) * 27 + foldedLetter(word, to - 1)) * 8 + Math.min(to - from, 7);
}

function compile(): SpinnerModel {
  const words = new Map<string, WordEntry>();
  const buckets = new Uint8Array(BUCKETS);
  const entry = (w: string) => {
    const e = words.get(w) ?? { subs: [], english: false };
    words.set(w, e);
    buckets[bucket(w, 0, w.length)] = 1;
    return e;
  };
  for (const row of dataTable('spinner.tsv')) {
    const [spun, meant, weight, flagText = ''] = row as [string, string, string, string?];
    const flags = flagText.split(/\s+/).filter(Boolean);
    const caseSensitive = flags.includes('cs');
    const parts = spun.split(/\s+/).map((w) => (caseSensitive ? w : foldTone(w)));
    const notAfter = flags.find((f) => f.startsWith('noprev='))?.slice(7) ?? null;
    const sub: Substitution = {
      words: parts,
      spun,
      meant,
      weight: Number(weight) || 1,
      caseSensitive,
      noCapAfter: flags.includes('nocap'),
      notAfter: notAfter ? foldTone(notAfter) : null,
      firstIsKey: !caseSensitive && foldTone(parts[0] as string) === parts[0],
    };
    entry(foldTone(parts[0] as string)).subs.push(sub);
  }
  // Longest first, so "tiến hành hiệu suất cao" wins over "hiệu suất cao" where both match.
  for (const e of words.values()) e.subs.sort((a, b) => b.words.length - a.words.length);
  for (const w of dataList('english-words.txt')) entry(w.toLowerCase()).english = true;
  return { words, buckets };
}

// Words recur (a language has some thousands of syllables): remember each one's folded form.
const toneKey = boundedMemo(foldTone, 50_000);

// In front of foldMemo, a direct-mapped cache indexed by a hash of the word's characters: a word seen lately is
// found by comparing a few characters, without cutting it out of the text or hashing it as a string.
const RECENT_SIZE = 4096;
const recentWords: string[] = new Array<string>(RECENT_SIZE).fill('');
const recentKeys: string[] = new Array<string>(RECENT_SIZE).fill('');

/** toneKey(text.slice(s, e)). */
function toneKeyAt(text: string, s: number, e: number): string {
  let h = e - s;
  for (let i = s; i < e; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  const slot = h & (RECENT_SIZE - 1);
  const seen = recentWords[slot] as string;
  if (seen.length === e - s) {
    let i = 0;
    while (i < seen.length && seen.charCodeAt(i) === text.charCodeAt(s + i)) i++;
    if (i === seen.length) return recentKeys[slot] as string;
  }
  const word = text.slice(s, e);
  const key = toneKey(word);
  recentWords[slot] = word;
  recentKeys[slot] = key;
  return key;
}

/**
 * A paragraph's words as offsets into the text, no string per word: [chunkStart, chunkEnd) is the run between
 * spaces, [start, end) its letters without the punctuation stuck to them ("việc," → "việc").
 */
class Words {
  count = 0;
  /** Spaces in the paragraph. */
  spaces = 0;
  chunkStart = new Int32Array(256);
  chunkEnd = new Int32Array(256);
  start = new Int32Array(256);
  end = new Int32Array(256);
  /** The chunk's first character, lower case: chunks that differ there are not the same (see sameChunk). */
  head = new Int32Array(256);
  text = '';

  /** Reads the paragraph text[from, to). */
  read(text: string, from: number, to: number): void {
    this.text = text;
    this.count = 0;
    let letters = 0;
    let i = from;
    while (i < to) {
      while (i < to && text.charCodeAt(i) === 32) i++;
      if (i >= to) break;
      const cs = i;
      while (i < to && text.charCodeAt(i) !== 32) i++;
      let s = cs;
      let e = i;
      while (s < e && !isLetterCode(text.charCodeAt(s))) s++;
      while (e > s && !isLetterCode(text.charCodeAt(e - 1))) e--;
      this.push(cs, i, s, e);
      letters += i - cs;
    }
    this.spaces = to - from - letters;
  }

  private push(cs: number, ce: number, s: number, e: number): void {
    if (this.count === this.start.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.chunkStart = grow(this.chunkStart);
      this.chunkEnd = grow(this.chunkEnd);
      this.start = grow(this.start);
      this.end = grow(this.end);
      this.head = grow(this.head);
    }
    const k = this.count++;
    this.chunkStart[k] = cs;
    this.chunkEnd[k] = ce;
    this.start[k] = s;
    this.end[k] = e;
    const c = this.text.charCodeAt(cs);
    this.head[k] = c < TABLE_SIZE ? (LOWER[c] as number) : c;
  }

  letters(k: number): string {
    return this.text.slice(this.start[k], this.end[k]);
  }

  /** The word's letters, tone-folded. */
  key(k: number): string {
    return toneKeyAt(this.text, this.start[k] as number, this.end[k] as number);
  }

  length(k: number): number {
    return (this.end[k] as number) - (this.start[k] as number);
  }

  chunk(k: number): string {
    return this.text.slice(this.chunkStart[k], this.chunkEnd[k]);
  }

  /** Punctuation before or after the letters. */
  punctBefore(k: number): boolean {
    return (this.start[k] as number) > (this.chunkStart[k] as number);
  }

  punctAfter(k: number): boolean {
    return (this.end[k] as number) < (this.chunkEnd[k] as number);
  }

  /** The same chunk, case aside ("Khu" = "khu", "tịch," ≠ "tịch"). */
  sameChunk(a: number, b: number): boolean {
    if (this.head[a] !== this.head[b]) return false;
    const t = this.text;
    let i = this.chunkStart[a] as number;
    let j = this.chunkStart[b] as number;
    const len = (this.chunkEnd[a] as number) - i;
    if (len !== (this.chunkEnd[b] as number) - j) return false;
    for (const stop = i + len; i < stop; i++, j++) {
      const x = t.charCodeAt(i);
      const y = t.charCodeAt(j);
      if (x !== y && (x >= TABLE_SIZE || y >= TABLE_SIZE || LOWER[x] !== LOWER[y])) return false;
    }
    return true;
  }
}

const words = new Words();

function matchAt(w: Words, i: number, sub: Substitution): boolean {
  const n = sub.words.length;
  if (i + n > w.count) return false;
  for (let k = 0; k < n; k++) {
    // A phrase does not run across punctuation: only its first word may have some before, its last some after.
    if ((k < n - 1 && w.punctAfter(i + k)) || (k > 0 && w.punctBefore(i + k))) return false;
    const want = sub.words[k] as string;
    // Tone folding keeps the length of (NFC) text, so a word of another length cannot match.
    if (w.length(i + k) !== want.length) return false;
    // The first word's key is the one its entry was found by (see substitutionHit).
    if (k === 0 && sub.firstIsKey) continue;
    if ((sub.caseSensitive ? w.letters(i + k) : w.key(i + k)) !== want) return false;
  }
  const next = i + n;
  if (sub.noCapAfter && next < w.count && !w.punctAfter(next - 1) && isUpperAt(w.text, w.chunkStart[next] as number)) return false;
  if (sub.notAfter && i > 0 && w.key(i - 1) === sub.notAfter) return false;
  return true;
}

/** A run of 2–4 words printed twice in a row ("khu vực Khu vực"); lists repeat words after commas, so those do not count. */
function repeatAt(w: Words, i: number): number {
  for (let n = 2; n <= 4 && i + 2 * n <= w.count; n++) {
    if (!w.sameChunk(i, i + n)) continue;
    let same = true;
    for (let k = 1; k < n && same; k++) same = w.sameChunk(i + k, i + n + k);
    if (same) return n;
  }
  return 0;
}

interface Hit {
  weight: number;
  signal: string;
  /** Words the signal covers, skipped before looking further. */
  span: number;
}

function substitutionHit(w: Words, i: number, entry: WordEntry): Hit | null {
  for (const sub of entry.subs)
    if (matchAt(w, i, sub)) return { weight: sub.weight, signal: `${sub.spun} → ${sub.meant}`, span: sub.words.length };
  return null;
}

function englishHit(w: Words, i: number, entry: WordEntry): Hit | null {
  if (!entry.english || i === 0 || i + 1 >= w.count || w.punctBefore(i) || w.punctAfter(i) || w.punctAfter(i - 1)) return null;
  const word = w.letters(i);
  if (!ASCII_WORD.test(word.toLowerCase())) return null;
  const before = w.chunk(i - 1);
  const after = w.letters(i + 1);
  if (!isLowerAt(before, 0) || !isLowerAt(after, 0) || w.punctBefore(i + 1) || !isSyllable(before) || !isSyllable(after)) return null;
  return { weight: ENGLISH_WEIGHT, signal: `English word "${word}"`, span: 1 };
}

function repeatHit(w: Words, i: number): Hit | null {
  const n = repeatAt(w, i);
  if (!n) return null;
  const text = w.text.slice(w.chunkStart[i], w.chunkEnd[i + n - 1]);
  return { weight: REPEAT_WEIGHT, signal: `repeated "${text}"`, span: 2 * n };
}

/** Score one paragraph: [0,1] and the signals seen. */
export function spunScore(text: string): { spun: number; signals: string[] } {
  const { spun, signals } = scoreParagraph(text, 0, text.length);
  return { spun, signals };
}

/** Scores text[from, to); `words` counts it as countWords does (one more than its spaces). */
function scoreParagraph(text: string, from: number, to: number): { spun: number; signals: string[]; words: number } {
  model ??= compile();
  const { words: lexicon, buckets } = model;
  const w = words;
  w.read(text, from, to);
  const signals: string[] = [];
  let weight = 0;
  for (let i = 0; i < w.count; i++) {
    const s = w.start[i] as number;
    const e = w.end[i] as number;
    let entry: WordEntry | undefined;
    if (e > s && buckets[bucket(text, s, e)]) entry = lexicon.get(w.key(i));
    const hit = (entry && (substitutionHit(w, i, entry) ?? englishHit(w, i, entry))) || repeatHit(w, i);
    if (!hit) continue;
    weight += hit.weight;
    signals.push(hit.signal);
    i += hit.span - 1;
  }
  const scale = Math.max(1, w.count / WORDS_PER_UNIT);
  return { spun: round(1 - Math.exp(-weight / scale)), signals, words: w.spaces + 1 };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Scores for the paragraphs of the cleaned text (given as spans) and the document: the mean weighted by words. */
export function scoreParagraphs(text: string, spans: { start: number; end: number }[]): { spun: number; paragraphs: ParagraphQuality[] } {
  const paragraphs: ParagraphQuality[] = [];
  let total = 0;
  let count = 0;
  for (const { start, end } of spans) {
    const { spun, signals, words: n } = scoreParagraph(text, start, end);
    total += spun * n;
    count += n;
    paragraphs.push(signals.length ? { start, end, spun, signals } : { start, end, spun });
  }
  return { spun: count ? round(total / count) : 0, paragraphs };
}
