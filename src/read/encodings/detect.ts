// Which legacy Vietnamese encoding produced these bytes, and is this Unicode text really VNI or VIQR in disguise?
import iconv from 'iconv-lite';
import { LEGACY_DECODERS, type LegacyDecoder } from './legacy.ts';
import { plausibility } from './plausible.ts';
import { viqrToUnicode } from './viqr.ts';

export interface Detected {
  text: string;
  encoding: string;
}

/** A decoding is accepted when this share of its non-ASCII words are Vietnamese syllables. */
const MIN_SHARE = 0.75;
/** Bytes scored per candidate; the winner then decodes the whole input. */
const SAMPLE_BYTES = 64 * 1024;
/** Characters inspected by the cheap Unicode sniff. */
const SNIFF_CHARS = 100_000;

/** Decodes bytes that are not UTF-8 with the legacy encoding whose output is most Vietnamese, or null. */
export function detectLegacy(bytes: Buffer): Detected | null {
  const sample = bytes.length > SAMPLE_BYTES ? bytes.subarray(0, SAMPLE_BYTES) : bytes;
  let best: { decoder: LegacyDecoder; share: number; valid: number; text: string } | null = null;
  for (const decoder of LEGACY_DECODERS) {
    const text = decoder.decode(sample);
    const p = plausibility(text);
    if (!best || p.share > best.share || (p.share === best.share && p.valid > best.valid))
      best = { decoder, share: p.share, valid: p.valid, text };
  }
  if (!best || best.share < MIN_SHARE || best.valid < 1) return null;
  return { text: sample === bytes ? best.text : best.decoder.decode(bytes), encoding: best.decoder.name };
}

// Per-code flags for the sniff loop, so it does no string work per character.
const VOWEL = 1;
const LETTER = 2;
const VIET_LATIN1 = 4;
const FLAGS = new Uint8Array(256);
for (let c = 65; c <= 122; c++) if (c <= 90 || c >= 97) FLAGS[c] |= LETTER;
for (const ch of 'aeiouyAEIOUY') FLAGS[ch.charCodeAt(0)] |= VOWEL;
// Latin-1 letters Vietnamese uses; any other Latin-1 letter or symbol in Vietnamese-looking text suggests mojibake.
for (const ch of 'àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ') FLAGS[ch.charCodeAt(0)] |= VIET_LATIN1;
const CARET = 0x5e;
const PAREN = 0x28;
const PLUS = 0x2b;
const BACKTICK = 0x60;
const TILDE = 0x7e;
const APOSTROPHE = 0x27;
const DOT = 0x2e;
const QUESTION = 0x3f;

interface Sniff {
  /** Letters only Vietnamese uses (ă đ ơ ư, the U+1EA0 block, combining tones). */
  viet: number;
  /** Latin-1 letters and symbols Vietnamese does not use. */
  foreign: number;
  /** VIQR-shaped marks after vowels: a^ a( o+ e`… */
  viqr: number;
  words: number;
}

function isVietSpecific(c: number): boolean {
  return (
    c === 0x102 ||
    c === 0x103 ||
    c === 0x110 ||
    c === 0x111 ||
    c === 0x1a0 ||
    c === 0x1a1 ||
    c === 0x1af ||
    c === 0x1b0 ||
    (c >= 0x1ea0 && c <= 0x1ef9) ||
    (c >= 0x300 && c <= 0x323)
  );
}

/** A Latin-1 character (0x80–0xFF) Vietnamese text does not use. */
function isForeignLatin1(c: number): boolean {
  if (c < 0xc0) return c < 0xa0 || (c !== 0xa0 && c !== 0xab && c !== 0xbb && c !== 0xb0 && c !== 0xb7);
  return c !== 0xd7 && c !== 0xf7 && !((FLAGS[c] as number) & VIET_LATIN1);
}

// What the sniff counts for each code unit below KIND_SIZE (above it: a non-ASCII character, nothing counted). VIQR
// marks are a mark right after an ASCII vowel (a^ a( o+ e` a~), or a tone mark followed by a letter (a' a. a?).
const ASCII = 1;
const ASCII_LETTER = 2;
const ASCII_VOWEL = 4;
const FOREIGN = 8;
const VIET = 16;
const VIQR_MARK = 32;
const VIQR_TONE = 64;
const KIND_SIZE = 0x2000;
const KIND = new Uint8Array(KIND_SIZE);
for (let c = 0; c < KIND_SIZE; c++) {
  if (c < 0x80) {
    const f = FLAGS[c] as number;
    KIND[c] = ASCII | (f & LETTER ? ASCII_LETTER : 0) | (f & VOWEL ? ASCII_VOWEL : 0);
  } else if (c < 0x100) KIND[c] = isForeignLatin1(c) ? FOREIGN : 0;
  else KIND[c] = isVietSpecific(c) ? VIET : 0;
}
for (const c of [CARET, PAREN, PLUS, BACKTICK, TILDE]) KIND[c] = (KIND[c] as number) | VIQR_MARK;
for (const c of [APOSTROPHE, DOT, QUESTION]) KIND[c] = (KIND[c] as number) | VIQR_TONE;

/**
 * Counts over the first SNIFF_CHARS characters, a VIQR mark counted at its vowel (so the characters just after
 * them are read too). Without branches on the text: the loop runs over every character of every input.
 */
function sniff(text: string): Sniff {
  const n = Math.min(text.length, SNIFF_CHARS);
  let viet = 0;
  let foreign = 0;
  let viqr = 0;
  let words = 0;
  // 0 or 1: in a word; the last character was an ASCII vowel; the last two were a vowel and a VIQR tone mark.
  let inWord = 0;
  let afterVowel = 0;
  let afterTone = 0;
  const end = Math.min(text.length, n + 2);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    const kind = c < KIND_SIZE ? (KIND[c] as number) : 0;
    const letter = (kind >> 1) & 1;
    viqr += (afterVowel & (kind >> 5)) + (afterTone & letter);
    afterTone = afterVowel & (kind >> 6);
    if (i >= n) {
      afterVowel = 0;
      continue;
    }
    afterVowel = (kind >> 2) & 1;
    words += letter & (inWord ^ 1);
    inWord = letter | ((kind & ASCII) ^ 1);
    foreign += (kind >> 3) & 1;
    viet += (kind >> 4) & 1;
  }
  return { viet, foreign, viqr, words };
}

/** A regex class of the code units below KIND_SIZE of a kind. */
function kindClass(kind: number, flags: string): RegExp {
  let body = '';
  for (let c = 0; c < KIND_SIZE; c++) if ((KIND[c] as number) & kind) body += `\\u${c.toString(16).padStart(4, '0')}`;
  return new RegExp(`[${body}]`, flags);
}

const FOREIGN_CHAR = kindClass(FOREIGN, 'g');
const VIET_CHAR = kindClass(VIET, '');

/**
 * Can the sniff's counts call for a repair? Only with three foreign Latin-1 characters or more, or with no
 * Vietnamese letter at all. Two native scans (the second stops at the first Vietnamese letter) answer that for
 * ordinary text without the counting loop.
 */
function worthSniffing(text: string): boolean {
  const head = text.length > SNIFF_CHARS ? text.slice(0, SNIFF_CHARS) : text;
  FOREIGN_CHAR.lastIndex = 0;
  let foreign = 0;
  while (foreign < 3 && FOREIGN_CHAR.exec(head)) foreign++;
  return foreign >= 3 || !VIET_CHAR.test(head);
}

function encodableAs1252(text: string): Buffer | null {
  const bytes = iconv.encode(text, 'windows1252');
  return iconv.decode(bytes, 'windows1252') === text ? bytes : null;
}

/**
 * Valid Unicode text that is really Vietnamese in disguise: VIQR, or legacy bytes that were once read as
 * Windows-1252/Latin-1 and saved again ("Vieät Nam"). Returns the repaired text, or null when the text is fine.
 * Linear and cheap for ordinary text: one pass over at most SNIFF_CHARS characters.
 */
export function repairUnicode(text: string): Detected | null {
  if (!worthSniffing(text)) return null;
  const s = sniff(text);
  if (s.foreign >= 3 && s.foreign > s.viet) {
    const bytes = encodableAs1252(text);
    const legacy = bytes && detectLegacy(bytes);
    if (legacy && plausibility(legacy.text).share > plausibility(text).share + 0.2) return legacy;
  }
  if (s.viet === 0 && s.viqr >= 3 && s.viqr >= s.words * 0.1) {
    const decoded = viqrToUnicode(text);
    const p = plausibility(decoded);
    if (p.share >= MIN_SHARE && p.valid >= 3) return { text: decoded, encoding: 'viqr' };
  }
  return null;
}
