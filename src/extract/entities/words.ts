// Syllables as shared, interned words: the folded key, its id and the case are worked out once per distinct spelling.
import { foldTone } from '../../text/fold.ts';
import { Interner } from './intern.ts';
import { isLatinWord, isVietSyllable } from './shape.ts';

export interface Word {
  /** As written. */
  text: string;
  /** Lower case, one tone-mark style. */
  key: string;
  /** A small integer per distinct key, for trie lookups; -1 for a key no phrase holds, met once the tables are full. */
  keyId: number;
  /** First letter upper case. */
  cap: boolean;
  /** Two or more letters, all upper case ("ASEAN", "TQ"). */
  upper: boolean;
  /** Digits only. */
  num: boolean;
  /** Could be one Vietnamese syllable (see isVietSyllable). */
  viet: boolean;
  /** Latin letters without Vietnamese-only marks (see isLatinWord). */
  latin: boolean;
  /** Holds Σ, whose lower case depends on the letters around it, across punctuation ("ΑΣ.Β"). */
  contextual: boolean;
  /** cap, upper, num, viet and latin as WordFlag bits, for tokens to copy in one read. */
  flags: number;
}

/** Bits of Word.flags. */
export const WordFlag = { cap: 1, upper: 2, num: 4, viet: 8, latin: 16 } as const;

/** Keys seen so far, numbered in order; bounded like the word table. */
const keyIds = new Map<string, number>();
const MAX_KEYS = 200_000;

/** The id of a folded key, numbering it if it is new and there is room. */
export function keyIdOf(key: string): number {
  let id = keyIds.get(key);
  if (id === undefined) {
    if (keyIds.size >= MAX_KEYS) return -1;
    id = keyIds.size;
    keyIds.set(key, id);
  }
  return id;
}

/** The word as written with the given key; case comes from the key, so both must be folded the same way. */
export function makeWord(text: string, key: string): Word {
  // A character that lower-casing changed was upper case.
  const cap = text.charCodeAt(0) !== key.charCodeAt(0);
  let upper = false;
  if (cap && text.length >= 2) {
    upper = true;
    for (let k = 1; k < text.length; k++) {
      if (text.charCodeAt(k) === key.charCodeAt(k) && key[k] !== text[k].toUpperCase()) {
        upper = false;
        break;
      }
    }
  }
  const c = text.charCodeAt(0);
  const num = c >= 48 && c <= 57 && DIGITS.test(text);
  const viet = isVietSyllable(text);
  const latin = isLatinWord(text);
  const flags =
    (cap ? WordFlag.cap : 0) |
    (upper ? WordFlag.upper : 0) |
    (num ? WordFlag.num : 0) |
    (viet ? WordFlag.viet : 0) |
    (latin ? WordFlag.latin : 0);
  return { text, key, keyId: keyIdOf(key), cap, upper, num, viet, latin, contextual: text.includes('Σ'), flags };
}

const DIGITS = /^[0-9]+$/;

const vocabulary = new Interner((text) => makeWord(text, foldTone(text)));

/** The word s.slice(start, end), folded on its own; `units` holds s's code units and h their hash (see hashStep). */
export function wordAt(h: number, s: string, units: Uint16Array, start: number, end: number): Word {
  return vocabulary.atHashed(h, s, units, start, end);
}
