// Syllable tokens over the cleaned text, with folded keys for matching and the gap that precedes each.
import { foldTone } from '../../text/fold.ts';

/** What separates a token from the one before it. */
export type Gap = 'start' | 'space' | 'hyphen' | 'dash' | 'punct' | 'break';

export interface Token {
  start: number;
  end: number;
  /** As written. */
  text: string;
  /** Lower case, one tone-mark style. */
  key: string;
  gap: Gap;
  /** The raw characters between the previous token and this one. */
  gapText: string;
  /** First letter upper case. */
  cap: boolean;
  /** Two or more letters, all upper case ("ASEAN", "TQ"). */
  upper: boolean;
  /** Digits only. */
  num: boolean;
  /** The sentence starts here. */
  initial: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const SPACE = /^[ \t\u00a0\u2009\u202f]+$/;
const TIGHT_HYPHEN = /^[-\u2010\u2011]$/;
const DASH = /^\s*[-\u2010-\u2015\u2212]\s*$/;
const SENTENCE_END = /[.!?…:;]/;

export function tokenize(text: string): Token[] {
  const folded = foldTone(text);
  // foldTone keeps length for NFC BMP text; fold token by token when it does not.
  const aligned = folded.length === text.length;
  const tokens: Token[] = [];
  let prevEnd = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const word = m[0];
    const gapText = text.slice(prevEnd, start);
    const gap = classifyGap(gapText, tokens.length === 0);
    const first = word[0] ?? '';
    const lower = word.toLowerCase();
    const upperWord = word.toUpperCase();
    tokens.push({
      start,
      end,
      text: word,
      key: aligned ? folded.slice(start, end) : foldTone(word),
      gap,
      gapText,
      cap: first !== first.toLowerCase(),
      upper: word.length >= 2 && word === upperWord && word !== lower,
      num: /^\p{N}+$/u.test(word),
      initial: tokens.length === 0 || gap === 'break' || SENTENCE_END.test(gapText),
    });
    prevEnd = end;
  }
  return tokens;
}

function classifyGap(gap: string, first: boolean): Gap {
  if (first) return 'start';
  if (SPACE.test(gap)) return 'space';
  if (TIGHT_HYPHEN.test(gap)) return 'hyphen';
  if (/\n/.test(gap)) return 'break';
  if (DASH.test(gap)) return 'dash';
  return 'punct';
}

/** Tokens of a lexicon phrase: keys only, plus whether dashes appear between them. */
export function phraseKeys(phrase: string): { keys: string[]; texts: string[]; dashed: boolean } {
  const toks = tokenize(phrase.normalize('NFC'));
  return { keys: toks.map((t) => t.key), texts: toks.map((t) => t.text), dashed: toks.some((t) => t.gap === 'dash') };
}
