// How much a decoded text looks like Vietnamese: the share of non-ASCII words that are valid syllables.
import { isKnownWordPair, isVietnameseSyllable } from './syllable.ts';

export interface Plausibility {
  /** Words containing a non-ASCII letter. */
  words: number;
  /** Of those, valid Vietnamese syllables. */
  valid: number;
  /** Characters no Vietnamese text would hold (stray symbols, C0 controls). */
  odd: number;
  /** valid / (words + odd), 0 when there is no evidence. */
  share: number;
  /** Adjacent syllables forming a known two-syllable word. */
  pairs: number;
}

const WORD = /[\p{L}\p{M}]+/gu;
// C0/C1 controls other than line breaks and tabs, and any symbol that is not a letter, digit, space or punctuation a
// Vietnamese article may hold.
const ODD =
  /(?![\t\n\r\f])\p{Cc}|(?![\u00ab\u00bb\u00b0\u00a9\u00ae\u00b7\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2022\u20ac\u00a3\u00a5\u00d7\u00bd\u200b\ufeff])[^\p{L}\p{M}\p{N}\s\p{ASCII}]/gu;
const NON_ASCII = /\P{ASCII}/u;
/** Scoring a prefix is enough to rank decodings and keeps the cost bounded. */
const SAMPLE_CHARS = 100_000;

export function plausibility(text: string): Plausibility {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  let words = 0;
  let valid = 0;
  // Words repeat a lot in running text; judge each distinct one once.
  const seen = new Map<string, boolean>();
  let pairs = 0;
  let prev = '';
  let prevEnd = -2;
  for (const m of sample.matchAll(WORD)) {
    const w = m[0];
    const lower = w.toLowerCase();
    if (m.index === prevEnd + 1 && sample[prevEnd] === ' ' && isKnownWordPair(prev, lower)) pairs++;
    prev = lower;
    prevEnd = m.index + w.length;
    if (!NON_ASCII.test(w)) continue;
    words++;
    let ok = seen.get(w);
    if (ok === undefined) {
      ok = isVietnameseSyllable(w);
      seen.set(w, ok);
    }
    if (ok) valid++;
  }
  const odd = sample.match(ODD)?.length ?? 0;
  const total = words + odd;
  return { words, valid, odd, share: total ? valid / total : 0, pairs };
}
