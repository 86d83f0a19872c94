// Character-level normalisation: NFC, line ends, control and zero-width characters, odd spaces, HTML entities.
import type { Removed } from '../types.ts';

export interface Normalized {
  text: string;
  removed: Removed[];
  repairs: number;
}

const NAMED: Record<string, string> = {
  quot: '"',
  amp: '&',
  lt: '<',
  gt: '>',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  laquo: '«',
  raquo: '»',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  bull: '•',
  middot: '·',
  deg: '°',
  copy: '©',
  reg: '®',
  trade: '™',
  times: '×',
  divide: '÷',
  euro: '€',
  shy: '',
  zwj: '',
  zwnj: '',
};
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;

// What the character pass does to each special character. Line breaks: \r\n, \r, U+2028/2029, VT, FF, NEL.
// Zero-width characters and controls are removed (and recorded). Odd spaces: tab, no-break and typographic spaces.
// Icelandic eth (Ð/ð) is a common stand-in for Vietnamese Đ/đ in old web pages; they look identical.
const KEEP = 0;
const LINE_BREAK = 1;
const ZERO_WIDTH = 2;
const CONTROL = 3;
const ODD_SPACE = 4;
const ETH = 5;
// Per UTF-16 code unit.
const ACTION = new Uint8Array(0x10000);
const mark = (action: number, ...ranges: [number, number][]) => {
  for (const [from, to] of ranges) ACTION.fill(action, from, to + 1);
};
mark(LINE_BREAK, [0x0d, 0x0d], [0x2028, 0x2029], [0x0b, 0x0c], [0x85, 0x85]);
mark(ZERO_WIDTH, [0x200b, 0x200d], [0x2060, 0x2060], [0xfeff, 0xfeff], [0xad, 0xad]);
mark(CONTROL, [0x00, 0x08], [0x0e, 0x1f], [0x7f, 0x84], [0x86, 0x9f]);
mark(ODD_SPACE, [0x09, 0x09], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000]);
mark(ETH, [0xd0, 0xd0], [0xf0, 0xf0]);
// Any character the character pass would touch (and U+200E/200F, which it keeps). The regex skips the plain text
// between them far faster than a loop over every character.
const SPECIALS =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u00a0\u00ad\u00d0\u00f0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/g;

// Vietnamese pages often escape accented vowels ("&agrave;", "&Ecirc;").
const MARKS: Record<string, string> = { grave: '\u0300', acute: '\u0301', circ: '\u0302', tilde: '\u0303', uml: '\u0308' };
function accented(name: string): string | undefined {
  const m = /^([a-zA-Z])(grave|acute|circ|tilde|uml)$/.exec(name);
  return m ? `${m[1]}${MARKS[m[2] as string]}`.normalize('NFC') : undefined;
}

function decodeEntities(s: string): { text: string; count: number } {
  let count = 0;
  // Twice, for double-escaped text ("&amp;quot;").
  for (let pass = 0; pass < 2; pass++) {
    let changed = false;
    s = s.replace(ENTITY, (m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      let out: string | undefined;
      if (dec || hex) {
        const cp = Number.parseInt((dec ?? hex) as string, dec ? 10 : 16);
        out = cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : undefined;
      } else out = NAMED[(name as string).toLowerCase()] ?? accented(name as string);
      if (out === undefined) return m;
      changed = true;
      count++;
      return out;
    });
    if (!changed) break;
  }
  return { text: s, count };
}

/**
 * One pass over the special characters (see ACTION); removals recorded, zero-width ones first. Null when the text
 * holds none (most text: the scan is all it costs).
 */
function cleanCharacters(s: string, removed: Removed[]): { text: string; eths: number; removed: boolean } | null {
  let out = '';
  let last = 0;
  let zeroWidth = '';
  let control = '';
  let eths = 0;
  SPECIALS.lastIndex = 0;
  let m = SPECIALS.exec(s);
  if (!m) return null;
  for (; m; m = SPECIALS.exec(s)) {
    const i = m.index;
    const c = s.charCodeAt(i);
    const action = ACTION[c] as number;
    if (action === KEEP) continue;
    out += s.slice(last, i);
    last = i + 1;
    if (action === LINE_BREAK) {
      out += '\n';
      if (c === 0x0d && s.charCodeAt(i + 1) === 0x0a) last = i + 2;
    } else if (action === ZERO_WIDTH) zeroWidth += s[i];
    else if (action === CONTROL) control += s[i];
    else if (action === ODD_SPACE) out += ' ';
    else {
      eths++;
      out += c === 0xd0 ? 'Đ' : 'đ';
    }
  }
  if (zeroWidth) removed.push({ text: zeroWidth, reason: 'control-char', rule: 'normalize.zero-width' });
  if (control) removed.push({ text: control, reason: 'control-char', rule: 'normalize.control' });
  return { text: out + s.slice(last), eths, removed: zeroWidth !== '' || control !== '' };
}

// Spaces to collapse: next to a line break, or two in a row. The test is far cheaper than the replacements.
const SPACE_RUN = / [ \n]|\n /;

// Spaces around a line break, or a run of spaces, in one scan: the first alternative takes a run ending in a line break.
const SPACES = / +\n *|\n +| {2,}/g;

/** No space next to a line break, no run of spaces. */
function collapseSpaces(s: string): string {
  return SPACE_RUN.test(s) ? s.replace(SPACES, (m) => (m.includes('\n') ? '\n' : ' ')) : s;
}

export function normalize(input: string): Normalized {
  const removed: Removed[] = [];
  let repairs = 0;
  let s = input.normalize('NFC');
  let changed = false;
  if (s.includes('&')) {
    const decoded = decodeEntities(s);
    s = decoded.text;
    repairs += decoded.count;
    changed = decoded.count > 0;
  }
  const cleaned = cleanCharacters(s, removed);
  if (cleaned) {
    s = cleaned.text;
    repairs += cleaned.eths;
    // Only a removal can bring a base letter and a mark together; a space, line break or Đ for another such
    // character composes with nothing, so the text stays NFC.
    changed ||= cleaned.removed;
  }
  // Entities and stripped marks may leave decomposed sequences behind.
  if (changed) s = s.normalize('NFC');
  return { text: collapseSpaces(s).trim(), removed, repairs };
}
