// What a syllable looks like: Vietnamese, or a foreign word.
import { foldAll } from '../../text/fold.ts';

const VIET_SCRIPT = /[ăđơưĂĐƠƯ\u1ea0-\u1ef9]/;

// Onset, vowel cluster and coda of a Vietnamese syllable, diacritics removed.
const VIET_SYLLABLE =
  /^(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnprstvx])?(uyeu|uye|uya|uyu|oai|oay|oao|oeo|uay|uoi|uou|ieu|yeu|uya|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ye|[aeiouy])(ch|ng|nh|[cmnpt])?$/;

/** Written with letters only Vietnamese uses (ă đ ơ ư, hooks and dots below). */
export function isVietScript(word: string): boolean {
  return VIET_SCRIPT.test(word);
}

/** Could be one Vietnamese syllable ("Trung", "Gan"), as opposed to "Trump", "Abe". */
export function isVietSyllable(word: string): boolean {
  if (isVietScript(word)) return true;
  return VIET_SYLLABLE.test(plain(word));
}

/** Latin letters without Vietnamese-only marks: "Putin", "António", "Vučić". */
export function isLatinWord(word: string): boolean {
  return /^[\p{Script=Latin}\p{M}]+$/u.test(word) && !isVietScript(word);
}

const plainCache = new Map<string, string>();

/** foldAll, remembered per syllable: text repeats the same few thousand syllables. */
export function plain(word: string): string {
  let p = plainCache.get(word);
  if (p === undefined) {
    p = foldAll(word);
    if (plainCache.size < 200_000) plainCache.set(word, p);
  }
  return p;
}
