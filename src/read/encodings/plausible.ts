// How much a decoded text looks like Vietnamese: the share of non-ASCII words that are valid syllables.
import { isVietnameseSyllable } from './syllable.ts';

export interface Plausibility {
  /** Words containing a non-ASCII letter. */
  words: number;
  /** Of those, valid Vietnamese syllables. */
  valid: number;
  /** Characters no Vietnamese text would hold (stray symbols, C0 controls). */
  odd: number;
  /** valid / (words + odd), 0 when there is no evidence. */
  share: number;
}

const WORD = /[\p{L}\p{M}]+/gu;
// C1/C0 controls, and any symbol that is not a letter, digit, space or punctuation a Vietnamese article may hold.
const ODD = /[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]|(?![\u00ab\u00bb\u00b0\u00a9\u00ae\u00b7\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2022\u20ac\u00a3\u00a5\u00d7\u00bd\u200b\ufeff])[^\p{L}\p{M}\p{N}\s\x00-\x7f]/gu;
const NON_ASCII = /[^\x00-\x7f]/;
/** Scoring a prefix is enough to rank decodings and keeps the cost bounded. */
const SAMPLE_CHARS = 100_000;

export function plausibility(text: string): Plausibility {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  let words = 0;
  let valid = 0;
  for (const m of sample.matchAll(WORD)) {
    if (!NON_ASCII.test(m[0])) continue;
    words++;
    if (isVietnameseSyllable(m[0])) valid++;
  }
  const odd = sample.match(ODD)?.length ?? 0;
  const total = words + odd;
  return { words, valid, odd, share: total ? valid / total : 0 };
}
