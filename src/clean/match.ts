// Matching keys for word lists: the article text is never changed by these, only compared through them.
import { foldAll } from '../text/fold.ts';

/** Diacritic- and case-free key with punctuation as single spaces: "Tối đa: 1500 ký tự" → "toi da 1500 ky tu". */
export function lineKey(s: string): string {
  return foldAll(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A data phrase as a regex source over lineKey() text; "{n}" stands for a number. */
export function phraseSource(phrase: string): string {
  const key = lineKey(phrase.replace(/\{n\}/g, ' qqnumqq '));
  return escapeRegex(key).replace(/qqnumqq/g, '\\d+');
}

const charFold = new Map<string, string>();

/** foldAll one UTF-16 unit at a time, so offsets in the key are offsets in the text. */
export function foldKeepLength(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (c.charCodeAt(0) < 0x80) {
      out += c >= 'A' && c <= 'Z' ? c.toLowerCase() : c;
      continue;
    }
    let f = charFold.get(c);
    if (f === undefined) {
      const folded = foldAll(c);
      f = folded.length === 1 ? folded : c;
      charFold.set(c, f);
    }
    out += f;
  }
  return out;
}

const LETTER = /[\p{L}\p{M}]/u;

export function isLetter(c: string | undefined): boolean {
  return c !== undefined && LETTER.test(c);
}
