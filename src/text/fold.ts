// Folding for matching only: the article's own words are never rewritten with these.
import { readFileSync } from 'node:fs';

// Old-style tone placement (hoà, thuỷ) → new style (hòa, thủy) so both spellings match each other.
const TONE_STYLE: Record<string, string> = JSON.parse(
  readFileSync(new URL('../../data/text/tone-style.json', import.meta.url), 'utf8'),
).oldToNew;
const TONE_RE = new RegExp(Object.keys(TONE_STYLE).join('|'), 'g');

/** Lower case, NFC, one tone-mark style; keeps diacritics. Same length as input for BMP text. */
export function foldTone(s: string): string {
  // Several modules fold the same whole document in turn: remember the last few long inputs (pure, so exact).
  if (s.length < FOLD_CACHE_MIN) return foldUncached(s);
  for (let i = 0; i < FOLD_CACHE_SIZE; i++) if (foldKeys[i] === s) return foldValues[i] as string;
  const v = foldUncached(s);
  foldKeys[foldNext] = s;
  foldValues[foldNext] = v;
  foldNext = (foldNext + 1) % FOLD_CACHE_SIZE;
  return v;
}

const FOLD_CACHE_MIN = 256;
const FOLD_CACHE_SIZE = 4;
const foldKeys: (string | undefined)[] = new Array(FOLD_CACHE_SIZE).fill(undefined);
const foldValues: (string | undefined)[] = new Array(FOLD_CACHE_SIZE).fill(undefined);
let foldNext = 0;

function foldUncached(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(TONE_RE, (m) => TONE_STYLE[m] ?? m);
}

/** Lower case without any diacritics, đ → d: the loosest matching key. */
export function foldAll(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .normalize('NFC');
}
