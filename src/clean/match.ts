// Matching keys for word lists: the article text is never changed by these, only compared through them.
import { alnumKey, foldKeepLength, isLetterAt } from './chars.ts';

export { foldKeepLength };

// Several rules key the same short line; remember the last few hundred.
const KEY_MEMO_LIMIT = 512;
const KEY_MEMO_MAX_LENGTH = 200;
const keyMemo = new Map<string, string>();

/** Diacritic- and case-free key with punctuation as single spaces: "Tối đa: 1500 ký tự" → "toi da 1500 ky tu". */
export function lineKey(s: string): string {
  const memo = s.length <= KEY_MEMO_MAX_LENGTH ? keyMemo.get(s) : undefined;
  if (memo !== undefined) return memo;
  const key = alnumKey(s);
  if (s.length <= KEY_MEMO_MAX_LENGTH) {
    if (keyMemo.size >= KEY_MEMO_LIMIT) keyMemo.clear();
    keyMemo.set(s, key);
  }
  return key;
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A data phrase as a regex source over lineKey() text; "{n}" stands for a number. */
export function phraseSource(phrase: string): string {
  const key = lineKey(phrase.replace(/\{n\}/g, ' qqnumqq '));
  return escapeRegex(key).replace(/qqnumqq/g, '\\d+');
}

export function isLetter(c: string | undefined): boolean {
  return c !== undefined && isLetterAt(c, 0);
}
