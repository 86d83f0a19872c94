// Is a word a well-formed Vietnamese syllable? Used to judge which decoding of unknown bytes produced Vietnamese.
import { existsSync, readFileSync } from 'node:fs';
import { loadEncodingData } from '../data.ts';

interface SyllableShape {
  onsets: string[];
  nuclei: string[];
  closedNuclei: string[];
  codas: string[];
  stopCodas: string[];
}

const shape = loadEncodingData<SyllableShape>('vietnamese-syllable.json');
// Longest alternatives first so the regex engine prefers "ngh" over "ng".
const alt = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).join('|');
const ONSET = `(?:${alt(shape.onsets)})?`;
const SYLLABLE = new RegExp(`^${ONSET}(?:(?:${alt(shape.nuclei)})(${alt(shape.codas)})?|(?:${alt(shape.closedNuclei)}))$`);
const STOP_CODAS = new Set(shape.stopCodas);
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
/** Tones a syllable ending in a stop consonant can carry: sắc and nặng. */
const STOP_TONES = new Set(['\u0301', '\u0323']);

// The dictionary's syllable list (built by scripts/build-syllables.mjs) when present; the shape test alone otherwise.
const GENERATED = new URL('../../../data/generated/syllables.json', import.meta.url);
let dictionary: { syllables: Set<string>; words2: Set<string> } | null | undefined;
function loadDictionary(): typeof dictionary {
  if (dictionary === undefined) {
    try {
      const data = existsSync(GENERATED)
        ? (JSON.parse(readFileSync(GENERATED, 'utf8')) as { syllables: string[]; words2?: string[] })
        : null;
      dictionary = data ? { syllables: new Set(data.syllables), words2: new Set(data.words2 ?? []) } : null;
    } catch {
      dictionary = null;
    }
  }
  return dictionary;
}

/** Two lower-case syllables that form a dictionary word ("chuyến thăm"): evidence between equally valid decodings. */
export function isKnownWordPair(first: string, second: string): boolean {
  return loadDictionary()?.words2.has(`${first} ${second}`) ?? false;
}

// Vietnamese words are lower case, capitalised, or all capitals; "vaÌ" or "gƠn" is mojibake.
function plausibleCase(word: string): boolean {
  const rest = word.slice(1);
  return rest === rest.toLowerCase() || word === word.toUpperCase();
}

export function isVietnameseSyllable(word: string): boolean {
  if (!plausibleCase(word)) return false;
  const lower = word.toLowerCase().normalize('NFC');
  const decomposed = lower.normalize('NFD');
  const tones = decomposed.match(TONE_MARKS);
  if (tones && tones.length > 1) return false;
  const m = SYLLABLE.exec(tones ? decomposed.replace(TONE_MARKS, '').normalize('NFC') : lower);
  if (!m) return false;
  if (m[1] && STOP_CODAS.has(m[1]) && !(tones && STOP_TONES.has(tones[0] as string))) return false;
  const dict = loadDictionary();
  return !dict || dict.syllables.has(lower);
}
