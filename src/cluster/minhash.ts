// Near-duplicate detection: MinHash over syllable shingles, LSH bands to find candidates without comparing all pairs.
// Same story in several outlets, re-posts and spun copies share most 3-syllable shingles even when the noise differs.
import { foldAll } from '../text/fold.ts';

export const SHINGLE = 3;
// 12 bands of 5 rows: pairs at Jaccard 0.7 become candidates 98% of the time, at 0.5 59%, at 0.2 0.4% — so
// articles that merely share a paragraph or two (common in news) rarely cost a comparison.
export const BANDS = 12;
export const ROWS = 5;
export const HASHES = BANDS * ROWS;
/** Estimated Jaccard similarity from which two documents are one cluster. */
export const THRESHOLD = 0.5;

const SEEDS = Int32Array.from({ length: HASHES }, (_, i) => mix32(0x9e3779b9 ^ Math.imul(i + 1, 0x85ebca6b)));
const FNV_PRIME = 0x01000193;
const SPACE = 32;

/** Syllables of the folded text (no diacritics, lower case); numbers count as syllables. */
export function syllables(text: string): string[] {
  return foldAll(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** MinHash signature (HASHES signed 32-bit ints); empty when the text has fewer than SHINGLE syllables. */
export function signature(text: string): number[] {
  return signatureOf(syllables(text));
}

/** The signature of a syllable list (the same as words() in src/store/search-key.ts: one tokenising for both). */
export function signatureOf(syl: readonly string[]): number[] {
  if (syl.length < SHINGLE) return [];
  const hashes = new Set<number>();
  for (let i = 0; i + SHINGLE <= syl.length; i++) {
    // FNV-1a of the shingle "a b c", without building the string.
    let h = 0x811c9dc5;
    for (let j = 0; j < SHINGLE; j++) {
      if (j) h = Math.imul(h ^ SPACE, FNV_PRIME);
      const s = syl[i + j] as string;
      for (let c = 0; c < s.length; c++) h = Math.imul(h ^ s.charCodeAt(c), FNV_PRIME);
    }
    hashes.add(h >>> 0);
  }
  const sig = new Int32Array(HASHES).fill(0x7fffffff);
  for (const h of hashes) {
    for (let k = 0; k < HASHES; k++) {
      // mix32(h ^ seed) inlined on int32s: this loop is most of a signature's cost.
      let x = h ^ (SEEDS[k] as number);
      x ^= x >>> 16;
      x = Math.imul(x, 0x85ebca6b);
      x ^= x >>> 13;
      x = Math.imul(x, 0xc2b2ae35);
      x ^= x >>> 16;
      const v = x >>> 1; // 31 bits: non-negative in a signed int4
      if (v < (sig[k] as number)) sig[k] = v;
    }
  }
  return Array.from(sig);
}

/** LSH band keys: documents sharing any key are candidates. Empty signature → no keys. */
export function bands(sig: number[]): number[] {
  if (sig.length !== HASHES) return [];
  const out: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = mix32(b + 1);
    for (let r = 0; r < ROWS; r++) h = mix32(h ^ (sig[b * ROWS + r] as number));
    out.push(h | 0);
  }
  return out;
}

/** Estimated Jaccard similarity of two signatures. */
export function similarity(a: number[], b: number[]): number {
  if (a.length !== HASHES || b.length !== HASHES) return 0;
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++;
  return same / HASHES;
}

// murmur3 finaliser: a cheap, well-mixed 32-bit permutation.
function mix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
