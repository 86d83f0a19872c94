// VIQR (RFC 1456) ⇄ Unicode: Vietnamese written in ASCII, "Vie^.t Nam" → "Việt Nam".
import { loadEncodingData } from '../data.ts';

interface ViqrTable {
  vowelMarks: Record<string, { bases: string; combining: string }>;
  tones: Record<string, string>;
  toneBases: string;
  escape: string;
}

const table = loadEncodingData<ViqrTable>('viqr.json');
const TONES = new Map(Object.entries(table.tones));
const VOWEL_MARKS = new Map(Object.entries(table.vowelMarks));
const TONE_BASES = new Set(table.toneBases);
const ESCAPABLE = new Set([...Object.keys(table.tones), ...Object.keys(table.vowelMarks), 'd', 'D', table.escape]);
const LETTER = /\p{L}/u;
const LOWER_OR_DIGIT = /[\p{Ll}\p{N}]/u;
/** After these, a word-final "." or "?" is still a tone: "ddo^., " is "độ,". */
const CLOSING = new Set([',', ';', ':', '.', '!', '?', ')', '"', '»', ']']);

const UPPER = /\p{Lu}/u;

// A word-final "." or "?" is ambiguous (tone or punctuation); read it as a tone where a sentence is unlikely to end:
// before a letter or punctuation, before a lower-case word, and for "." before a capital only inside a capitalised name.
function markIsTone(s: string, at: number, wordIsCapital: boolean): boolean {
  const mark = s[at] as string;
  if (mark !== '.' && mark !== '?') return true;
  const next = s[at + 1];
  if (next === undefined) return false;
  if (LETTER.test(next) || CLOSING.has(next)) return true;
  if (next !== ' ' && next !== '\t') return false;
  const after = s[at + 2];
  if (after === undefined) return false;
  if (LOWER_OR_DIGIT.test(after)) return true;
  return UPPER.test(after) && (mark === '?' || wordIsCapital);
}

export function viqrToUnicode(s: string): string {
  let out = '';
  let wordHasTone = false;
  let wordIsCapital = false;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    if (ch === table.escape && s[i + 1] !== undefined && ESCAPABLE.has(s[i + 1] as string)) {
      out += s[++i];
      wordHasTone = false;
      inWord = false;
      continue;
    }
    if ((ch === 'd' || ch === 'D') && (s[i + 1] === 'd' || s[i + 1] === 'D')) {
      out += ch === 'D' ? 'Đ' : 'đ';
      if (!inWord) wordIsCapital = ch === 'D';
      inWord = true;
      i++;
      continue;
    }
    const isLetter = LETTER.test(ch);
    if (isLetter && !inWord) wordIsCapital = UPPER.test(ch);
    inWord = isLetter;
    if (!isLetter) wordHasTone = false;
    if (!TONE_BASES.has(ch)) {
      out += ch;
      continue;
    }
    let letter = ch;
    const vm = s[i + 1] !== undefined ? VOWEL_MARKS.get(s[i + 1] as string) : undefined;
    if (vm?.bases.includes(ch)) {
      letter += vm.combining;
      i++;
    }
    const tone = s[i + 1] !== undefined ? TONES.get(s[i + 1] as string) : undefined;
    if (tone && !wordHasTone && markIsTone(s, i + 1, wordIsCapital)) {
      letter += tone;
      wordHasTone = true;
      i++;
    }
    out += letter;
  }
  return out.normalize('NFC');
}

// Reverse maps for the encoder, from the same table.
const COMBINING_TO_MARK = new Map<string, string>();
for (const [mark, { combining }] of VOWEL_MARKS) COMBINING_TO_MARK.set(combining, mark);
for (const [mark, combining] of TONES) COMBINING_TO_MARK.set(combining, mark);
const MARK_CHARS = new Set([...Object.keys(table.tones), ...Object.keys(table.vowelMarks)]);

/** Unicode → VIQR; literal mark characters after a vowel (or "d") are escaped so the round trip is exact. */
export function unicodeToViqr(s: string): string {
  let out = '';
  let prevLetter = '';
  for (const ch of s.normalize('NFC')) {
    if (ch === 'đ' || ch === 'Đ') {
      out += ch === 'Đ' ? 'DD' : 'dd';
      prevLetter = 'd';
      continue;
    }
    const parts = ch.normalize('NFD');
    const base = parts[0] as string;
    if (parts.length > 1 && TONE_BASES.has(base)) {
      // NFD orders the vowel mark (ccc 230/216) before or after the tone; VIQR wants vowel mark first.
      const marks = [...parts.slice(1)].map((c) => COMBINING_TO_MARK.get(c) ?? c);
      marks.sort((a, b) => Number(TONES.has(a)) - Number(TONES.has(b)));
      out += base + marks.join('');
      prevLetter = base;
      continue;
    }
    const needsEscape =
      (MARK_CHARS.has(ch) && TONE_BASES.has(prevLetter)) ||
      ((ch === 'd' || ch === 'D') && prevLetter === 'd') ||
      (ch === table.escape && prevLetter !== '');
    out += needsEscape ? table.escape + ch : ch;
    prevLetter = ch === 'd' || ch === 'D' ? 'd' : TONE_BASES.has(ch) ? ch : LETTER.test(ch) ? '?' : '';
  }
  return out;
}
