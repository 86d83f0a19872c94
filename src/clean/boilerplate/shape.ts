// Shapes of lines shared by the boilerplate rules.

import { lineKey } from '../match.ts';
import type { Block } from '../paragraphs.ts';

export function drop(block: Block, reason: string, rule: string): void {
  block.drop ??= { reason, rule };
}

export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

const VIET_MARKED = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

export function hasVietnameseMarks(s: string): boolean {
  return VIET_MARKED.test(s);
}

/** Ends like a sentence of running text. */
export function endsSentence(s: string): boolean {
  return /[.!?…]["”’)]?$/.test(s) || /\.\/\.$/.test(s);
}

/** A headline-sized line: a few words, lower-case letters, no full stop at the end (headlines have none). */
export function titleLike(s: string): boolean {
  const n = wordCount(s);
  return n >= 2 && n <= 40 && s.length >= 10 && s.length <= 250 && /\p{Ll}/u.test(s) && !/[^.]\.$/u.test(s);
}

/** Equality as a reader would judge it: case, spacing and punctuation aside. */
export function sameText(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) >= 8) return false;
  if (a.toLowerCase() === b.toLowerCase()) return true;
  // Punctuation and diacritic slips are judged on short lines only: long paragraphs that differ are different.
  return a.length <= 300 && (a[0] ?? '').toLowerCase() === (b[0] ?? '').toLowerCase() && lineKey(a) === lineKey(b);
}
