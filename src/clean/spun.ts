// Machine-spun text ("Nước Ta" for "Việt Nam", "công tác làm việc", "hiệu suất cao" for "hiệu quả"): a score in
// [0,1] per paragraph and per document from known spinner substitutions, English words dropped into a sentence and
// phrases printed twice in a row. The text is only marked, never changed.
import { foldTone } from '../text/fold.ts';
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
const isLetterAt = chars.isLetterAt;
const isLowerAt = chars.isLowerAt;
const isUpperAt = chars.isUpperAt;
const FOLD = chars.FOLD_TABLE;
const TABLE_SIZE = chars.TABLE_SIZE;

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
    };
    entry(foldTone(parts[0] as string)).subs.push(sub);
  }
  // Longest first, so "tiến hành hiệu suất cao" wins over "hiệu suất cao" where both match.
  for (const e of words.values()) e.subs.sort((a, b) => b.words.length - a.words.length);
  for (const w of dataList('english-words.txt')) entry(w.toLowerCase()).english = true;
  return { words, buckets };
}

/** Where a word's letters start, past punctuation stuck in front ("“Nước" → 1). */
function lettersFrom(word: string): number {
  let from = 0;
  while (from < word.length && !isLetterAt(word, from)) from++;
  return from;
}

/** Where a word's letters end, before punctuation stuck behind ("việc," → 4). */
function lettersTo(word: string, from: number): number {
  let to = word.length;
  while (to > from && !isLetterAt(word, to - 1)) to--;
  return to;
}

// Words recur (a language has some thousands of syllables): remember each one's folded form.
const FOLD_MEMO_LIMIT = 50_000;
const foldMemo = new Map<string, string>();

function toneKey(word: string): string {
  let key = foldMemo.get(word);
  if (key === undefined) {
    key = foldTone(word);
    if (foldMemo.size >= FOLD_MEMO_LIMIT) foldMemo.clear();
    foldMemo.set(word, key);
  }
  return key;
}

/** The word as entries are keyed: tone-folded, lower case, no punctuation. */
function keyOf(word: string): string {
  const from = lettersFrom(word);
  const to = lettersTo(word, from);
  return toneKey(from || to < word.length ? word.slice(from, to) : word);
}

function matchAt(words: string[], i: number, sub: Substitution): boolean {
  const n = sub.words.length;
  if (i + n > words.length) return false;
  for (let k = 0; k < n; k++) {
    const word = words[i + k] as string;
    const from = lettersFrom(word);
    const to = lettersTo(word, from);
    // Only the last word may carry punctuation after it; a phrase does not run across a comma.
    if (to < word.length && k < n - 1) return false;
    if (from > 0 && k > 0) return false;
    const bare = from || to < word.length ? word.slice(from, to) : word;
    if ((sub.caseSensitive ? bare : toneKey(bare)) !== sub.words[k]) return false;
    if (k === n - 1 && sub.noCapAfter && to === word.length && isUpperAt(words[i + n] ?? '', 0)) return false;
  }
  if (sub.notAfter && i > 0 && keyOf(words[i - 1] as string) === sub.notAfter) return false;
  return true;
}

function sameWord(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  return a === b || (foldedLetter(a, 0) === foldedLetter(b, 0) && a.toLowerCase() === b.toLowerCase());
}

/** A run of 2–4 words printed twice in a row ("khu vực Khu vực"); lists repeat words after commas, so those do not count. */
function repeatAt(words: string[], i: number): number {
  for (let n = 2; n <= 4 && i + 2 * n <= words.length; n++) {
    if (!sameWord(words[i], words[i + n])) continue;
    let same = true;
    for (let k = 1; k < n && same; k++) same = sameWord(words[i + k], words[i + n + k]);
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

function substitutionHit(words: string[], i: number, entry: WordEntry): Hit | null {
  const sub = entry.subs.find((s) => matchAt(words, i, s));
  return sub ? { weight: sub.weight, signal: `${sub.spun} → ${sub.meant}`, span: sub.words.length } : null;
}

function englishHit(words: string[], i: number, entry: WordEntry): Hit | null {
  const word = words[i] as string;
  if (!entry.english || i === 0 || !ASCII_WORD.test(word.toLowerCase())) return null;
  const before = words[i - 1] as string;
  const after = words[i + 1] ?? '';
  const from = lettersFrom(after);
  const to = lettersTo(after, from);
  if (!isLowerAt(before, 0) || !isLowerAt(after, 0) || !isSyllable(before) || !isSyllable(after.slice(from, to))) return null;
  return { weight: ENGLISH_WEIGHT, signal: `English word "${word}"`, span: 1 };
}

function repeatHit(words: string[], i: number): Hit | null {
  const n = repeatAt(words, i);
  return n ? { weight: REPEAT_WEIGHT, signal: `repeated "${words.slice(i, i + n).join(' ')}"`, span: 2 * n } : null;
}

/** Score one paragraph: [0,1] and the signals seen. */
export function spunScore(text: string): { spun: number; signals: string[] } {
  model ??= compile();
  const { words: lexicon, buckets } = model;
  const words = text.split(' ');
  const signals: string[] = [];
  let weight = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (!word) continue;
    let entry: WordEntry | undefined;
    const from = lettersFrom(word);
    const to = lettersTo(word, from);
    if (to > from && buckets[bucket(word, from, to)]) entry = lexicon.get(keyOf(word));
    const hit = (entry && (substitutionHit(words, i, entry) ?? englishHit(words, i, entry))) || repeatHit(words, i);
    if (!hit) continue;
    weight += hit.weight;
    signals.push(hit.signal);
    i += hit.span - 1;
  }
  const scale = Math.max(1, words.length / WORDS_PER_UNIT);
  return { spun: round(1 - Math.exp(-weight / scale)), signals };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function countWords(s: string): number {
  let n = 1;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 32) n++;
  return n;
}

/** Scores for the paragraphs of the cleaned text (given as spans) and the document: the mean weighted by words. */
export function scoreParagraphs(text: string, spans: { start: number; end: number }[]): { spun: number; paragraphs: ParagraphQuality[] } {
  const paragraphs: ParagraphQuality[] = [];
  let total = 0;
  let words = 0;
  for (const { start, end } of spans) {
    const para = text.slice(start, end);
    const { spun, signals } = spunScore(para);
    const n = countWords(para);
    total += spun * n;
    words += n;
    paragraphs.push(signals.length ? { start, end, spun, signals } : { start, end, spun });
  }
  return { spun: words ? round(total / words) : 0, paragraphs };
}
