// Is a word a well-formed Vietnamese syllable? Used to judge which decoding of unknown bytes produced Vietnamese.
import { loadEncodingData } from '../data.ts';

interface SyllableShape {
  onsets: string[];
  nuclei: string[];
  codas: string[];
}

const shape = loadEncodingData<SyllableShape>('vietnamese-syllable.json');
// Longest alternatives first so the regex engine prefers "ngh" over "ng".
const alt = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).join('|');
const SYLLABLE = new RegExp(`^(?:${alt(shape.onsets)})?(?:${alt(shape.nuclei)})(?:${alt(shape.codas)})?$`);
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONE_MARKS);
  if (tones && tones.length > 1) return false;
  return SYLLABLE.test(tones ? decomposed.replace(TONE_MARKS, '').normalize('NFC') : word.toLowerCase().normalize('NFC'));
}
