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

const SPACE = /^[ \t\u00a0\u2009\u202f]+$/;
const TIGHT_HYPHEN = /^[-\u2010\u2011]$/;
const DASH = /^\s*[-\u2010-\u2015\u2212]\s*$/;
const SENTENCE_END = /[.!?…:;]/;

// Letters, marks and digits below U+2000 by table; CJK, Hangul and other letters above by range.
const WORD_CHAR = new Uint8Array(0x2000);
for (let c = 0; c < 0x2000; c++) WORD_CHAR[c] = /[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(c)) ? 1 : 0;
const isWordChar = (c: number) => (c < 0x2000 ? WORD_CHAR[c] === 1 : (c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af));

export function tokenize(text: string): Token[] {
  const folded = foldTone(text);
  // foldTone keeps length for NFC BMP text; fold token by token when it does not.
  const aligned = folded.length === text.length;
  const tokens: Token[] = [];
  let prevEnd = 0;
  const n = text.length;
  for (let i = 0; i < n;) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordChar(text.charCodeAt(i))) i++;
    const end = i;
    const word = text.slice(start, end);
    const gapText = start === prevEnd + 1 && text.charCodeAt(prevEnd) === 32 ? ' ' : text.slice(prevEnd, start);
    const gap = tokens.length === 0 ? 'start' : gapText === ' ' ? 'space' : classifyGap(gapText);
    const key = aligned ? folded.slice(start, end) : foldTone(word);
    // Case from the folded key: a character that lower-casing changed was upper case.
    const cap = word.charCodeAt(0) !== key.charCodeAt(0);
    let upper = false;
    if (cap && word.length >= 2) {
      upper = true;
      for (let k = 1; k < word.length; k++) {
        if (word.charCodeAt(k) === key.charCodeAt(k) && key[k] !== word[k].toUpperCase()) {
          upper = false;
          break;
        }
      }
    }
    const c = word.charCodeAt(0);
    tokens.push({
      start,
      end,
      text: word,
      key,
      gap,
      gapText,
      cap,
      upper,
      num: c >= 48 && c <= 57 && DIGITS.test(word),
      initial: gap === 'start' || gap === 'break' || (gap !== 'space' && SENTENCE_END.test(gapText)),
    });
    prevEnd = end;
  }
  return tokens;
}

const DIGITS = /^[0-9]+$/;

function classifyGap(gap: string): Gap {
  if (SPACE.test(gap)) return 'space';
  if (TIGHT_HYPHEN.test(gap)) return 'hyphen';
  if (/\n/.test(gap)) return 'break';
  if (DASH.test(gap)) return 'dash';
  return 'punct';
}

/** A dash or a comma between two syllables of a name ("Việt Nam - EU", "Giáo dục, Khoa học và Văn hóa"). */
export function isLooseGap(t: Token): boolean {
  return t.gap === 'dash' || (t.gap === 'punct' && /^\s*,\s*$/.test(t.gapText));
}

/** Tokens of a lexicon phrase: keys only, plus whether dashes or commas appear between them. */
export function phraseKeys(phrase: string): { keys: string[]; texts: string[]; loose: boolean } {
  const toks = tokenize(phrase.normalize('NFC'));
  return { keys: toks.map((t) => t.key), texts: toks.map((t) => t.text), loose: toks.some((t, i) => i > 0 && isLooseGap(t)) };
}
