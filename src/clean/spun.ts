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
  /** One lookup per word of the text: entries by first word (tone-folded, lower case), English words. */
  words: Map<string, WordEntry>;
}

// The two general signals: an English word between Vietnamese words, a phrase of 2–4 words printed twice in a row.
// A doubled phrase is as often an editor's slip as a spinner's, so it weighs little on its own.
const ENGLISH_WEIGHT = 1;
const REPEAT_WEIGHT = 0.4;
// Words of running text over which one unit of signal weight counts fully.
const WORDS_PER_UNIT = 80;
const ASCII_WORD = /^[a-z]{2,}$/;

let model: SpinnerModel | null = null;
// Module-local copies: imported bindings are read through accessors, too slow once per word.
const isLetterAt = chars.isLetterAt;
const isLowerAt = chars.isLowerAt;
const isUpperAt = chars.isUpperAt;

function compile(): SpinnerModel {
  const words = new Map<string, WordEntry>();
  const entry = (w: string) => {
    let e = words.get(w);
    if (!e) words.set(w, (e = { subs: [], english: false }));
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
  return { words };
}

// Words are compared on the tone-folded paragraph split at spaces; punctuation stays on the word it touches.
const LEADING_PUNCT = /^[^\p{L}\p{M}]+/u;
const TRAILING_PUNCT = /[^\p{L}\p{M}]+$/u;

interface Words {
  folded: string[];
  /** The words as written, split only when a case-sensitive entry or the English check needs them. */
  raw: () => string[];
}

function splitWords(text: string): Words {
  const lower = foldTone(text);
  let raw: string[] | null = null;
  // foldTone keeps the length of Vietnamese text, so both splits line up word for word.
  const aligned = lower.length === text.length;
  return {
    folded: lower.split(' '),
    raw: () => {
      raw ??= aligned ? text.split(' ') : lower.split(' ');
      return raw;
    },
  };
}

/** The word without punctuation in front, and whether punctuation follows it. */
function bare(word: string): { word: string; punctAfter: boolean } {
  let w = word;
  if (w && !isLetterAt(w, 0)) w = w.replace(LEADING_PUNCT, '');
  if (w && !isLetterAt(w, w.length - 1)) return { word: w.replace(TRAILING_PUNCT, ''), punctAfter: true };
  return { word: w, punctAfter: false };
}

function matchAt(w: Words, i: number, sub: Substitution): boolean {
  const n = sub.words.length;
  const list = sub.caseSensitive ? w.raw() : w.folded;
  if (i + n > list.length) return false;
  for (let k = 0; k < n; k++) {
    const b = bare(list[i + k] as string);
    if (b.word !== sub.words[k]) return false;
    // Only the last word may carry punctuation after it; a phrase does not run across a comma.
    if (b.punctAfter && k < n - 1) return false;
    if (k === n - 1 && sub.noCapAfter && !b.punctAfter && isUpperAt(w.raw()[i + n] ?? '', 0)) return false;
  }
  if (sub.notAfter && i > 0 && w.folded[i - 1] === sub.notAfter) return false;
  return true;
}

/** A run of 2–4 words printed twice in a row ("khu vực Khu vực"); lists repeat words after commas, so those do not count. */
function repeatAt(f: string[], i: number): number {
  for (let n = 2; n <= 4 && i + 2 * n <= f.length; n++) {
    if (f[i] !== f[i + n]) continue;
    let same = true;
    for (let k = 1; k < n && same; k++) same = f[i + k] === f[i + n + k];
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
  const sub = entry.subs.find((s) => matchAt(w, i, s));
  return sub ? { weight: sub.weight, signal: `${sub.spun} → ${sub.meant}`, span: sub.words.length } : null;
}

function englishHit(w: Words, i: number, entry: WordEntry): Hit | null {
  if (!entry.english || i === 0 || !ASCII_WORD.test(w.folded[i] as string)) return null;
  const raw = w.raw();
  const before = raw[i - 1] as string;
  const after = raw[i + 1] ?? '';
  if (!isLowerAt(before, 0) || !isLowerAt(after, 0) || !isSyllable(before) || !isSyllable(bare(after).word)) return null;
  return { weight: ENGLISH_WEIGHT, signal: `English word "${raw[i]}"`, span: 1 };
}

function repeatHit(w: Words, i: number): Hit | null {
  const n = repeatAt(w.folded, i);
  return n ? { weight: REPEAT_WEIGHT, signal: `repeated "${w.raw().slice(i, i + n).join(' ')}"`, span: 2 * n } : null;
}

/** Score one paragraph: [0,1] and the signals seen. */
export function spunScore(text: string): { spun: number; signals: string[] } {
  model ??= compile();
  const w = splitWords(text);
  const f = w.folded;
  const signals: string[] = [];
  let weight = 0;
  for (let i = 0; i < f.length; i++) {
    const word = f[i] as string;
    const entry = model.words.get(word) ?? (word && !isLetterAt(word, 0) ? model.words.get(bare(word).word) : undefined);
    const hit = (entry && (substitutionHit(w, i, entry) ?? englishHit(w, i, entry))) || repeatHit(w, i);
    if (!hit) continue;
    weight += hit.weight;
    signals.push(hit.signal);
    i += hit.span - 1;
  }
  const scale = Math.max(1, f.length / WORDS_PER_UNIT);
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
