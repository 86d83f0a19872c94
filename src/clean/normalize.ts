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
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u000b\u000c\u0085]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;
const ODD_SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// Icelandic eth (Ð/ð) is a common stand-in for Vietnamese Đ/đ in old web pages; they look identical.
const ETH = /[\u00d0\u00f0]/g;

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

function strip(s: string, re: RegExp, rule: string, removed: Removed[]): string {
  let seen = '';
  const out = s.replace(re, (m) => {
    seen += m;
    return '';
  });
  if (seen) removed.push({ text: seen, reason: 'control-char', rule });
  return out;
}

// Any character one of the passes below would touch; clean text skips them all after this one scan.
const SPECIAL = /[\u0000-\u0009\u000b-\u001f\u007f-\u00a0\u00ad\u00d0\u00f0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/;
const SPACE_RUNS = / *\n *| {2,}/g;

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
  if (SPECIAL.test(s)) {
    s = s.replace(LINE_BREAKS, '\n');
    s = strip(s, ZERO_WIDTH, 'normalize.zero-width', removed);
    s = strip(s, CONTROL, 'normalize.control', removed);
    s = s.replace(ODD_SPACES, ' ');
    s = s.replace(ETH, (c) => {
      repairs++;
      return c === '\u00d0' ? 'Đ' : 'đ';
    });
    changed = true;
  }
  // Entities and stripped marks may leave decomposed sequences behind.
  if (changed) s = s.normalize('NFC');
  return { text: s.replace(SPACE_RUNS, (m) => (m.includes('\n') ? '\n' : ' ')).trim(), removed, repairs };
}
