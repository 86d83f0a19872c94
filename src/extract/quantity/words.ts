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

/** The run of letters and digits p opens with ('' when it opens with a sign). */
function headOf(p: string): string {
  let i = 0;
  while (isWordChar(p[i])) i++;
  return p.slice(0, i);
}

/** The run of letters and digits s ends with ('' when it ends with a sign). */
function tailOf(s: string): string {
  let i = s.length;
  while (i > 0 && isWordChar(s[i - 1])) i--;
  return s.slice(i);
}

export class PhraseSet {
  readonly phrases: string[];
  /** Phrases grouped by their first word: a phrase can only occur where its first word does. */
  private readonly byHead: [string, string[]][];
  /** Phrases by their last word (longest first); those ending with a sign under ''. */
  private readonly byTail = new Map<string, string[]>();

  constructor(list: Iterable<string>) {
    // Longest first, so that a caller taking the first hit at a position gets the longest phrase.
    this.phrases = [...new Set(list)].filter(Boolean).sort((a, b) => b.length - a.length);
    const heads = new Map<string, string[]>();
    for (const p of this.phrases) {
      heads.set(headOf(p), [...(heads.get(headOf(p)) ?? []), p]);
      this.byTail.set(tailOf(p), [...(this.byTail.get(tailOf(p)) ?? []), p]);
    }
    this.byHead = [...heads];
  }

  /** Some phrase occurs as whole words in s. */
  test(s: string): boolean {
    for (const [head, list] of this.byHead) {
      if (!s.includes(head)) continue;
      for (const p of list) if (indexOfWord(s, p) >= 0) return true;
    }
    return false;
  }

  /** Every whole-word occurrence of a phrase in s (in no particular order). */
  each(s: string, found: (phrase: string, at: number) => void): void {
    for (const [head, list] of this.byHead) {
      if (!s.includes(head)) continue;
      for (const p of list) for (let i = indexOfWord(s, p); i >= 0; i = indexOfWord(s, p, i + 1)) found(p, i);
    }
  }

  /** The longest phrase s ends with (as whole words, trailing spaces ignored), or null. */
  endOf(s: string): string | null {
    const t = s.trimEnd();
    // A phrase ending with a word ends where t's last word does, and that whole word is the phrase's last word.
    const tail = tailOf(t);
    let best: string | null = null;
    for (const list of tail ? [this.byTail.get(tail), this.byTail.get('')] : [this.byTail.get('')]) {
      for (const p of list ?? []) {
        if (best !== null && p.length <= best.length) break;
        if (t.endsWith(p) && (!isWordChar(p[0]) || !isWordChar(t[t.length - p.length - 1]))) best = p;
      }
    }
    return best;
  }
}
