// Whole-word phrase matching on folded text with indexOf: much faster than Unicode regexes with lookbehinds,
// and enough for word lists (cues, labels, units) that are plain phrases.

import { isWordUnit } from '../shared/word-char.ts';

/** A letter or digit in any script (c is one UTF-16 unit). */
export function isWordChar(c: string | undefined): boolean {
  return c !== undefined && isWordUnit(c.charCodeAt(0));
}

/** Index of the first whole-word occurrence of `phrase` in `s` at or after `from`, or -1. */
export function indexOfWord(s: string, phrase: string, from = 0): number {
  for (let i = s.indexOf(phrase, from); i >= 0; i = s.indexOf(phrase, i + 1)) {
    const before = s[i - 1];
    const after = s[i + phrase.length];
    const startOk = !isWordChar(phrase[0]) || !isWordChar(before);
    const endOk = !isWordChar(phrase[phrase.length - 1]) || !isWordChar(after);
    if (startOk && endOk) return i;
  }
  return -1;
}

/** Index of the last whole-word occurrence, or -1. */
export function lastIndexOfWord(s: string, phrase: string): number {
  let last = -1;
  for (let i = indexOfWord(s, phrase); i >= 0; i = indexOfWord(s, phrase, i + 1)) last = i;
  return last;
}

export class PhraseSet {
  readonly phrases: string[];
  constructor(list: Iterable<string>) {
    // Longest first, so that a caller taking the first hit at a position gets the longest phrase.
    this.phrases = [...new Set(list)].filter(Boolean).sort((a, b) => b.length - a.length);
  }

  /** Some phrase occurs as whole words in s. */
  test(s: string): boolean {
    for (const p of this.phrases) if (indexOfWord(s, p) >= 0) return true;
    return false;
  }

  /** The phrase s ends with (as whole words, trailing spaces ignored), or null. */
  endOf(s: string): string | null {
    const t = s.trimEnd();
    for (const p of this.phrases) {
      if (t.endsWith(p) && (!isWordChar(p[0]) || !isWordChar(t[t.length - p.length - 1]))) return p;
    }
    return null;
  }
}
