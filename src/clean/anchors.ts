// Where a phrase of a list may start in a text's folded key (foldKeepLength), found in one pass over the text
// instead of trying the phrase regex at every position of the key. A phrase matches with any run of spaces (or
// none) between its words, so with the spaces taken out its letters are one contiguous run: each phrase is known by
// one 6-letter gram of that run, and a gram seen in the text points back to the one place the phrase would have to
// start. Every real match is among these places, so trying the phrase regex only there finds exactly what a scan of
// the whole key would.

import * as chars from './chars.ts';

const GRAM = 6;
// Gram letters in 5 bits: a-z → 1..26, the ten digits folded onto 27..31 (a shared code only adds a candidate that
// the phrase regex then turns down); 0 is any other character, which no phrase holds. Six codes fit a small int.
const BITS = 5;
const GRAM_MASK = (1 << (BITS * GRAM)) - 1;
// Grams are looked up in a bit set of 2^TABLE_BITS by a multiplicative hash, then confirmed exactly; 16 KB stays in
// the fastest cache, which a table indexed per character needs.
const TABLE_BITS = 17;

function slot(g: number): number {
  return Math.imul(g, 0x9e3779b1) >>> (32 - TABLE_BITS);
}

function letterCode(c: number): number {
  if (c >= 97 && c <= 122) return c - 96;
  if (c >= 48 && c <= 57) return 27 + ((c - 48) % 5);
  return 0;
}

// Per text code unit, the gram code of what it folds to, or SPACE for what folds to a space; units from
// TABLE_SIZE up fold to themselves, none of them a letter of a phrase.
const SPACE = 0xff;
const CODES = Uint8Array.from(chars.FOLD_TABLE, (f) => (f === 32 ? SPACE : letterCode(f)));
// A module-local copy: an imported binding may be read through an accessor, too slow once per character.
const TABLE_SIZE = chars.TABLE_SIZE;

function codeAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < TABLE_SIZE ? (CODES[c] as number) : 0;
}

function gramCode(s: string, from: number): number {
  let g = 0;
  for (let i = from; i < from + GRAM; i++) g = (g << BITS) | letterCode(s.charCodeAt(i));
  return g;
}

/**
 * The phrase's gram: one spanning a word boundary, so it ties two words of the phrase together (a gram inside one
 * word, "thuong", recurs in ordinary text far more often). A boundary between two words that make a common word
 * together ("trực tiếp", "bóng đá") recurs in news too, so another one is taken when there is one; then the one
 * nearest the middle of the phrase.
 */
function anchorAt(words: string[], together: (a: string, b: string) => boolean): number {
  const letters = words.join('').length;
  let best = 0;
  let bestRank = Number.POSITIVE_INFINITY;
  let boundary = 0;
  for (let k = 0; k < words.length - 1; k++) {
    boundary += (words[k] as string).length;
    const from = Math.min(Math.max(boundary - GRAM / 2, 0), letters - GRAM);
    const rank = (together(words[k] as string, words[k + 1] as string) ? letters : 0) + Math.abs(boundary - letters / 2);
    if (rank < bestRank) [best, bestRank] = [from, rank];
  }
  return best;
}

export class PhraseAnchors {
  private readonly grams = new Int32Array(1 << (TABLE_BITS - 5));
  /** Per gram, its offsets (in letters, spaces left out) from the start of the phrases it anchors. */
  private readonly offsets = new Map<number, number[]>();

  /**
   * `phrases`: word lists, letters a-z0-9 only, each with at least GRAM letters (see usable). `together`: do two
   * words make one common word ("bong" "da")?
   */
  constructor(phrases: string[][], together: (a: string, b: string) => boolean) {
    for (const words of phrases) {
      const letters = words.join('');
      const at = anchorAt(words, together);
      const g = gramCode(letters, at);
      const k = slot(g);
      this.grams[k >>> 5] |= 1 << (k & 31);
      const list = this.offsets.get(g) ?? [];
      if (!list.includes(at)) list.push(at);
      this.offsets.set(g, list);
    }
  }

  /** Can these phrases be anchored: each one's letters (spaces left out) only a-z0-9 and at least GRAM of them? */
  static usable(phrases: string[][]): boolean {
    return phrases.every((words) => {
      const letters = words.join('');
      return letters.length >= GRAM && /^[a-z0-9]+$/.test(letters);
    });
  }

  /** Positions in foldKeepLength(text) where a phrase may start, ascending, each once. */
  starts(text: string): number[] {
    const out: number[] = [];
    const grams = this.grams;
    const n = text.length;
    // The codes of the last GRAM characters other than spaces (the stream a phrase's letters run in). A character
    // no phrase holds shifts in a 0, which no phrase's gram has.
    let g = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const code = c < TABLE_SIZE ? (CODES[c] as number) : 0;
      if (code === SPACE) continue;
      g = ((g << BITS) | code) & GRAM_MASK;
      const k = slot(g);
      if ((grams[k >>> 5] as number) & (1 << (k & 31))) this.pointBack(text, i, g, out);
    }
    if (out.length < 2) return out;
    out.sort((a, b) => a - b);
    return out.filter((x, k) => k === 0 || x !== out[k - 1]);
  }

  /**
   * The starts of the phrases whose gram `g` ends at `i` (none when `g` only shares a table slot with a gram):
   * that many stream letters back, spaces skipped.
   */
  private pointBack(text: string, i: number, g: number, out: number[]): void {
    for (const offset of this.offsets.get(g) ?? []) {
      let back = GRAM - 1 + offset;
      let at = i;
      while (back > 0 && at > 0) {
        at--;
        if (codeAt(text, at) !== SPACE) back--;
      }
      if (back === 0) out.push(at);
    }
  }
}
