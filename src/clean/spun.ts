// Machine-spun text ("Nước Ta" for "Việt Nam", "công tác làm việc", "hiệu suất cao" for "hiệu quả"): a score in
// [0,1] per paragraph and per document from known spinner substitutions, English words dropped into a sentence and
// phrases printed twice in a row. The text is only marked, never changed.
import { foldTone } from '../text/fold.ts';
import type { ParagraphQuality } from '../types.ts';
import { isLetterAt, isLowerAt, isUpperAt } from './chars.ts';
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

interface SpinnerModel {
  /** Entries by their first word (tone-folded, lower case), longest first. */
  byFirst: Map<string, Substitution[]>;
  english: Set<string>;
}

// The two general signals: an English word between Vietnamese words, a phrase of 2–4 words printed twice in a row.
const ENGLISH_WEIGHT = 1;
const REPEAT_WEIGHT = 1;
// Words of running text over which one unit of signal weight counts fully.
const WORDS_PER_UNIT = 80;
const ASCII_WORD = /^[a-z]{2,}$/;

let model: SpinnerModel | null = null;

function compile(): SpinnerModel {
  const byFirst = new Map<string, Substitution[]>();
  for (const row of dataTable('spinner.tsv')) {
    const [spun, meant, weight, flagText = ''] = row as [string, string, string, string?];
    const flags = flagText.split(/\s+/).filter(Boolean);
    const caseSensitive = flags.includes('cs');
    const words = spun.split(/\s+/).map((w) => (caseSensitive ? w : foldTone(w)));
    const notAfter = flags.find((f) => f.startsWith('noprev='))?.slice(7) ?? null;
    const sub: Substitution = {
      words,
      spun,
      meant,
      weight: Number(weight) || 1,
      caseSensitive,
      noCapAfter: flags.includes('nocap'),
      notAfter: notAfter ? foldTone(notAfter) : null,
    };
    const first = foldTone(words[0] as string);
    const list = byFirst.get(first) ?? [];
    list.push(sub);
    byFirst.set(first, list);
  }
  // Longest first, so "tiến hành hiệu suất cao" wins over "hiệu suất cao" where both match.
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst, english: new Set(dataList('english-words.txt').map((w) => w.toLowerCase())) };
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

/** A run of 2–4 words printed twice in a row ("khu vực Khu vực", "chủ quyền lãnh thổ, chủ quyền lãnh thổ"). */
function repeatAt(f: string[], i: number): number {
  for (let n = 2; n <= 4 && i + 2 * n <= f.length; n++) {
    if (f[i] !== f[i + n]) continue;
    let same = true;
    for (let k = 1; k < n && same; k++) {
      const a = f[i + k] as string;
      const b = f[i + n + k] as string;
      // The first copy may end with a comma; the second may end with any punctuation.
      same = (a === b || (k === n - 1 && a.endsWith(',') && a.slice(0, -1) === bare(b).word)) && (k === n - 1 || !/\W$/u.test(a));
    }
    if (same) return n;
  }
  return 0;
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
    const subs = model.byFirst.get(word) ?? (word && !isLetterAt(word, 0) ? model.byFirst.get(bare(word).word) : undefined);
    const sub = subs?.find((s) => matchAt(w, i, s));
    if (sub) {
      weight += sub.weight;
      signals.push(`${sub.spun} → ${sub.meant}`);
      i += sub.words.length - 1;
      continue;
    }
    if (i > 0 && model.english.has(word) && ASCII_WORD.test(word)) {
      const raw = w.raw();
      const before = raw[i - 1] as string;
      const after = raw[i + 1] ?? '';
      if (isLowerAt(before, 0) && isLowerAt(after, 0) && isSyllable(before) && isSyllable(bare(after).word)) {
        weight += ENGLISH_WEIGHT;
        signals.push(`English word "${raw[i]}"`);
        continue;
      }
    }
    const n = repeatAt(f, i);
    if (n) {
      weight += REPEAT_WEIGHT;
      signals.push(`repeated "${w.raw().slice(i, i + n).join(' ')}"`);
      i += 2 * n - 1;
    }
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
