// Repairs inside a paragraph that keep the article's words: run-together syllables split, glued entity remnants
// ("quot") dropped, a missing space after punctuation restored. Each repair is counted.
import type { Removed } from '../types.ts';
import * as chars from './chars.ts';
import { isEntityRemnant, needsSplit, splitToken } from './syllables.ts';

export interface Repaired {
  text: string;
  repairs: number;
  removed: Removed[];
}

// URLs, e-mail addresses and domains are left exactly as written.
const PROTECTED =
  /(?:https?:\/\/|www\.)[^\s]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|gov|edu|info|int|io|tv)\b[^\s]*/giu;
// Cheap test before the URL scan: most paragraphs hold no link at all.
const MAYBE_LINK = /@|:\/\/|www\.|\.(?:vn|com|net|org|gov|edu|info|int|io|tv)\b/i;

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Is position i inside one of the spans? A plain function: a closure per paragraph costs more than the test. */
function inSpans(spans: [number, number][], i: number): boolean {
  for (const [s, e] of spans) if (i >= s && i < e) return true;
  return false;
}

function protectedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!MAYBE_LINK.test(text)) return spans;
  PROTECTED.lastIndex = 0;
  for (let m = PROTECTED.exec(text); m; m = PROTECTED.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

const WORD_BEFORE = /[\p{L}\p{M}]+(?=\s+$)/u;
const WORD_AFTER = /^\s+([\p{L}\p{M}]+)/u;

/** The word just before `at`, across one run of spaces ("" after punctuation). */
function wordBefore(text: string, at: number): string {
  return WORD_BEFORE.exec(text.slice(Math.max(0, at - 12), at))?.[0] ?? '';
}

function wordAfter(text: string, at: number): string {
  return WORD_AFTER.exec(text.slice(at, at + 12))?.[1] ?? '';
}

/** Syllables run together or glued to an entity remnant: "sángtạogópphần" → "sáng tạo góp phần". */
function tokenEdit(text: string, start: number, end: number, removed: Removed[]): Edit | null {
  const token = text.slice(start, end);
  if (!needsSplit(token)) return null;
  if (isEntityRemnant(token) && token === token.toLowerCase()) {
    removed.push({ text: token, reason: 'entity-remnant', rule: 'repair.entity-remnant' });
    // A remnant standing alone takes one neighbouring space with it.
    const s = text[start - 1] === ' ' && (text[end] === ' ' || end === text.length) ? start - 1 : start;
    return { start: s, end, text: '' };
  }
  const pieces = splitToken(token, wordBefore(text, start), wordAfter(text, end));
  if (!pieces) return null;
  for (const p of pieces) if (p.remnant) removed.push({ text: p.text, reason: 'entity-remnant', rule: 'repair.entity-remnant' });
  const kept = pieces.filter((p) => !p.remnant).map((p) => p.text);
  return { start, end, text: kept.join(' ') };
}

// Module-local copies: imported bindings are read through accessors, too slow inside the per-character loop.
const CLASS = chars.CHAR_CLASS;
const TABLE_SIZE = chars.TABLE_SIZE;
const LETTER = chars.LETTER;
const LOWER = chars.LOWER;
const UPPER = chars.UPPER;
const VOWEL = chars.VOWEL;
const classOf = chars.classOf;
const codeUnits = chars.codeUnits;

/** The table's flags; from TABLE_SIZE up, LETTER only. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return Number.isNaN(c) ? 0 : c < TABLE_SIZE ? (CLASS[c] as number) : classOf(c) & LETTER;
}

/** "mạnh mẽ,ông" / "vắc-xin:Chứng" lost the space after the mark; "1,5", "11:05" and "TP.HCM" did not. */
function glueEdit(text: string, i: number): Edit | null {
  const c = text[i];
  if (c === ',' || c === ';' || c === ':') {
    if (i > 0 && classAt(text, i - 1) & LOWER && classAt(text, i + 1) & LETTER) return { start: i + 1, end: i + 1, text: ' ' };
  } else if (c === '.' || c === '!' || c === '?' || c === '…') {
    if (
      i > 1 &&
      classAt(text, i - 1) & LOWER &&
      classAt(text, i - 2) & LOWER &&
      classAt(text, i + 1) & UPPER &&
      classAt(text, i + 2) & LOWER
    ) {
      return { start: i + 1, end: i + 1, text: ' ' };
    }
  }
  return null;
}

/** , ; : . ! ? … by code unit: most characters tested are spaces, rejected without a string or a set look-up. */
const isGlueMark = (c: number) => c === 44 || c === 59 || c === 58 || c === 46 || c === 33 || c === 63 || c === 0x2026;
// Entity remnants are short ASCII words ("quot", "nbsp").
const MAX_REMNANT = 6;
// Longer letter runs are not words run together but data (base64, hashes): the lattice would only waste time on them.
const MAX_TOKEN = 64;

export function repairParagraph(text: string): Repaired {
  const removed: Removed[] = [];
  const edits: Edit[] = [];
  const spans = protectedSpans(text);
  const n = text.length;
  // One pass over the characters. Of the word being read: where it starts (-1: none), its runs of vowels (one per
  // syllable) and whether it is plain ASCII; counted without branches, vowels and consonants alternate at random.
  let start = -1;
  let groups = 0;
  let inVowel = 0;
  let ascii = 1;
  // Paragraphs are slices of the page text: reading one through charCodeAt costs more than a native copy.
  const code = codeUnits(text);
  for (let i = 0; i <= n; i++) {
    const c = code[i] as number;
    const cl = c < TABLE_SIZE ? (CLASS[c] as number) : classOf(c);
    if (cl & LETTER) {
      if (start < 0) {
        start = i;
        groups = 0;
        inVowel = 0;
        ascii = 1;
      }
      const vowel = (cl & VOWEL) === 0 ? 0 : 1;
      groups += vowel & (inVowel ^ 1);
      inVowel = vowel;
      ascii &= c < 0x80 ? 1 : 0;
      continue;
    }
    if (start >= 0) {
      // Two syllables run together need two vowel runs; a lone ASCII word may still be a remnant ("quot").
      const length = i - start;
      const candidate = length >= 4 && length <= MAX_TOKEN && (groups >= 2 || (ascii === 1 && length <= MAX_REMNANT));
      if (candidate && !(spans.length > 0 && inSpans(spans, start))) {
        const edit = tokenEdit(text, start, i, removed);
        if (edit) edits.push(edit);
      }
      start = -1;
    }
    if (isGlueMark(c)) {
      const glue = glueEdit(text, i);
      if (glue && !(spans.length > 0 && inSpans(spans, i))) edits.push(glue);
    }
  }
  if (!edits.length) return { text, repairs: 0, removed };
  let out = '';
  let last = 0;
  for (const e of edits) {
    out += text.slice(last, e.start) + e.text;
    last = e.end;
  }
  return { text: out + text.slice(last), repairs: edits.length, removed };
}
