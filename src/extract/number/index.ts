// Numbers: digit strings with Vietnamese or English separators, number words, scale words, ranges,
// vague amounts, multipliers and halves. One regex pass for atoms, then a small grammar over adjacent atoms.
import { foldTone } from '../../text/fold.ts';
import { isWordCharAt } from '../shared/word-char.ts';
import {
  DIGIT_RULES,
  DIGITS,
  HALF,
  LONE_HUNDRED_BEFORE,
  MULTIPLIER_BEFORE,
  MULTIPLIER_WORD,
  NOT_ALONE,
  NUMBER_WORDS,
  type NumberMatch,
  RANGE_FROM,
  RANGE_SEPARATOR,
  SCALE_WORDS,
  UNIT_WORDS,
  VAGUE_BEFORE,
} from './rules.ts';

export type { NumberKind, NumberMatch } from './rules.ts';

// Both fields on every atom (one of them undefined): one object shape keeps the grammar's property reads fast.
interface Atom {
  start: number;
  end: number;
  digits: string | undefined;
  word: string | undefined;
}

type Last = 'none' | 'digits' | 'unit' | 'muoi' | 'muoi10' | 'tram' | 'linh' | 'chuc' | 'scale' | 'ruoi';

// After a digit string: a scale word, %, a currency or unit makes "2.5" a decimal rather than a date.
const UNIT_FOLLOWS = /^\s?(?:%|phần trăm|nghìn|ngàn|triệu|tỷ|tỉ|USD|EUR|VND|đô|euro|yên|tấn|km|ha|MW|m3|kg|lần)/iu;
const SENTENCE_START = /(?:^|[.!?:;"“(\n]\s*)$/u;

/** text[from, to) is one or more spaces, tabs or no-break spaces. */
function onlySpaces(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

function parseDigits(s: string, unitFollows: () => boolean): { value: number; rule: string } | null {
  for (const r of DIGIT_RULES) {
    if (!r.pattern.test(s)) continue;
    const v = r.prod(s, unitFollows);
    return v === null || !Number.isFinite(v) ? null : { value: v, rule: r.name };
  }
  return null;
}

interface Parsed {
  atoms: Atom[];
  value: number;
  scale: number;
  words: boolean;
  rule: string;
  loneScale: boolean;
}

/** Parses atoms[i..] as far as the grammar allows; returns the expression and the index after it. */
function parseFrom(text: string, atoms: Atom[], i: number): { parsed: Parsed | null; next: number } {
  let total = 0;
  let group = 0;
  let lastUnit = 0;
  let last: Last = 'none';
  let lastScale = Number.POSITIVE_INFINITY;
  let scale = 1;
  let words = false;
  let digitRule = '';
  let loneScale = false;
  let j = i;
  for (; j < atoms.length; j++) {
    const a = atoms[j] as Atom;
    if (j > i && !onlySpaces(text, (atoms[j - 1] as Atom).end, a.start)) break;
    const free = last === 'none' || (last === 'scale' && group === 0 && total > 0);
    if (a.digits !== undefined) {
      if (!free) break;
      const d = parseDigits(a.digits, () => UNIT_FOLLOWS.test(text.slice(a.end, a.end + 12)));
      if (!d) {
        if (j === i) return { parsed: null, next: i + 1 };
        break;
      }
      group = d.value;
      digitRule = d.rule;
      last = 'digits';
      continue;
    }
    const w = a.word as string;
    if (!(w in SCALE_WORDS)) words = true;
    if (w in UNIT_WORDS) {
      const u = UNIT_WORDS[w] as number;
      if (w === 'năm' && (last === 'muoi' || last === 'muoi10')) break; // "mười năm" = ten years; fifteen is "mười lăm"
      if ((w === 'lăm' || w === 'tư' || w === 'mốt') && last !== 'muoi' && last !== 'muoi10') break;
      if (w === 'mốt' && last !== 'muoi') break;
      if (free) group = u;
      else if (last === 'muoi' || last === 'muoi10' || last === 'linh') group += u;
      else if (last === 'tram' && atoms[j + 1]?.word === 'mươi')
        group += u; // "hai trăm bốn mươi"
      else break;
      lastUnit = u;
      last = 'unit';
      continue;
    }
    if (w === 'mười') {
      if (free) group = 10;
      else if (last === 'tram') group += 10;
      else break;
      last = 'muoi10';
      continue;
    }
    if (w === 'mươi') {
      if (last !== 'unit' || lastUnit < 2) break;
      group += lastUnit * 9;
      last = 'muoi';
      continue;
    }
    if (w === 'trăm') {
      if (last === 'unit' || last === 'digits') group *= 100;
      else if (free) group = 100;
      else break;
      last = 'tram';
      continue;
    }
    if (w === 'linh' || w === 'lẻ') {
      if (last !== 'tram') break;
      last = 'linh';
      continue;
    }
    if (w === 'chục') {
      if (last === 'unit' || last === 'digits') group *= 10;
      else if (free) group = 10;
      else break;
      last = 'chuc';
      continue;
    }
    if (w === 'rưỡi') {
      if (last === 'scale') total += lastScale / 2;
      else if (last === 'tram') group += 50;
      else break;
      last = 'ruoi';
      continue;
    }
    const s = SCALE_WORDS[w];
    if (s !== undefined) {
      if (last === 'scale') {
        total = (total + group) * s;
        group = 0;
        lastScale *= s;
        scale *= s;
      } else {
        if (last === 'none') {
          group = 1;
          loneScale = true;
        }
        if (s >= lastScale) break;
        total += group * s;
        group = 0;
        lastScale = s;
        scale = scale === 1 ? s : scale;
      }
      last = 'scale';
      continue;
    }
    break;
  }
  if (j === i) return { parsed: null, next: i + 1 };
  const used = atoms.slice(i, j);
  let value = total + group;
  if (scale >= 1000) value = Math.round(value * 1000) / 1000;
  const base = digitRule || '<number words>';
  const rule = scale > 1 ? `${base} <scale>` : base;
  return { parsed: { atoms: used, value, scale, words: words && !digitRule, rule, loneScale }, next: j };
}

/** Word numerals need care: "năm" is also a year, "một" an article, "Ba" the start of "Ba Lan". */
function acceptWords(text: string, p: Parsed): NumberMatch['kind'] | null {
  const first = p.atoms[0] as Atom;
  const w = first.word;
  if (w === undefined) return 'number';
  const before = text.slice(Math.max(0, first.start - 24), first.start);
  const raw = text.slice(first.start, first.end);
  if (raw[0] !== raw[0]?.toLowerCase()) {
    if (!SENTENCE_START.test(before)) return null;
    // "Ba Lan", "Hai Bà Trưng": a capitalised number word before another capitalised word is part of a name.
    if (/^\s\p{Lu}/u.test(text.slice(first.end, first.end + 2))) return null;
  }
  const lead = w === 'trăm' || w === 'chục' || w in SCALE_WORDS;
  if (lead && VAGUE_BEFORE.test(before)) return 'vague';
  if (p.atoms.length === 1 && NOT_ALONE.has(w)) {
    if ((w === 'trăm' || w === 'chục') && LONE_HUNDRED_BEFORE.test(before)) return 'number';
    return null;
  }
  if (p.loneScale && !LONE_HUNDRED_BEFORE.test(before)) return null;
  return 'number';
}

/** Atoms in text order, and whether the lower-cased text has the cues "nửa" and "gấp" anywhere. */
interface Atoms {
  atoms: Atom[];
  half: boolean;
  multiplier: boolean;
}

function collectAtoms(text: string, lower: string): Atoms {
  const atoms: Atom[] = [];
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m; m = DIGITS.exec(text)) {
    if (text.charCodeAt(m.index - 1) === 95 /* _ */ || isWordCharAt(text, m.index - 1)) continue;
    atoms.push({ start: m.index, end: m.index + m[0].length, digits: m[0], word: undefined });
  }
  const words: Atom[] = [];
  let half = false;
  let multiplier = false;
  NUMBER_WORDS.lastIndex = 0;
  for (let m = NUMBER_WORDS.exec(lower); m; m = NUMBER_WORDS.exec(lower)) {
    const w = m[0];
    if (w === 'nửa') half = true;
    else if (w === 'gấp') multiplier = true;
    else {
      const end = m.index + w.length;
      if (isWordCharAt(lower, m.index - 1) || isWordCharAt(lower, end)) continue;
      words.push({ start: m.index, end, digits: undefined, word: w });
    }
  }
  return { atoms: words.length ? mergeByStart(atoms, words) : atoms, half, multiplier };
}

/** Two lists sorted by start, as one (digit and word atoms never start at the same place). */
function mergeByStart(a: Atom[], b: Atom[]): Atom[] {
  const out: Atom[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(((a[i] as Atom).start < (b[j] as Atom).start ? a[i++] : b[j++]) as Atom);
  while (i < a.length) out.push(a[i++] as Atom);
  while (j < b.length) out.push(b[j++] as Atom);
  return out;
}

/** Whether text[from, to) holds a "p" or "P": "gấp 1,6 lần" is rare, and MULTIPLIER_BEFORE (case-insensitive, ending in
 * "gấp" and spaces) cannot match without one. */
function hasP(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 112 || c === 80) return true;
  }
  return false;
}

/** All numerals in the text, in order, non-overlapping. `lower`: the text lower-cased with the same offsets (foldTone). */
export function findNumbers(text: string, lower?: string): NumberMatch[] {
  let low = lower ?? foldTone(text);
  // Callers pass foldTone(text); anything of another length would shift offsets.
  if (low.length !== text.length) low = text.toLowerCase().length === text.length ? text.toLowerCase() : text;
  const { atoms, half, multiplier } = collectAtoms(text, low);
  const singles: NumberMatch[] = [];
  for (let i = 0; i < atoms.length;) {
    const { parsed, next } = parseFrom(text, atoms, i);
    i = next;
    if (!parsed) continue;
    const kind = acceptWords(text, parsed);
    if (!kind) continue;
    const first = parsed.atoms[0] as Atom;
    const lastAtom = parsed.atoms[parsed.atoms.length - 1] as Atom;
    const m: NumberMatch = {
      start: first.start,
      end: lastAtom.end,
      value: parsed.value,
      kind,
      scale: parsed.scale,
      words: parsed.words,
      rule: kind === 'vague' ? 'vague: hàng <scale>' : parsed.rule,
    };
    if (first.digits !== undefined && /^0\d/.test(first.digits)) m.leadingZero = true;
    if (parsed.atoms.length === 1 && first.digits && /^\d{4}$/.test(first.digits) && m.value >= 1900 && m.value <= 2100) m.yearLike = true;
    const from = Math.max(0, m.start - 10);
    if (kind === 'number' && hasP(text, from, m.start) && MULTIPLIER_BEFORE.test(text.slice(from, m.start))) {
      m.kind = 'multiplier';
      m.rule = 'multiplier: gấp <number>';
    }
    singles.push(m);
  }
  const out = joinRanges(text, singles);
  if (half) addPattern(low, out, HALF, () => ({ value: 0.5, kind: 'fraction', rule: 'fraction: một nửa' }));
  if (multiplier)
    addPattern(low, out, MULTIPLIER_WORD, (m) => ({
      value: m[1]?.toLowerCase() === 'đôi' ? 2 : 1.5,
      kind: 'multiplier',
      rule: 'multiplier: gấp đôi',
    }));
  return out.sort((a, b) => a.start - b.start);
}

function joinRanges(text: string, ms: NumberMatch[]): NumberMatch[] {
  const out: NumberMatch[] = [];
  for (let i = 0; i < ms.length; i++) {
    const a = ms[i] as NumberMatch;
    const b = ms[i + 1];
    if (b && a.kind === 'number' && b.kind === 'number' && RANGE_SEPARATOR.test(text.slice(a.end, b.start))) {
      const lo = a.scale === 1 && b.scale > 1 ? a.value * b.scale : a.value;
      const sameScale = a.scale === 1 || b.scale > 1;
      if (sameScale && lo < b.value) {
        const from = RANGE_FROM.test(text.slice(Math.max(0, a.start - 14), a.start));
        const r: NumberMatch = {
          start: a.start,
          end: b.end,
          value: lo,
          valueMax: b.value,
          kind: 'range',
          scale: b.scale,
          words: a.words || b.words,
          rule: from ? 'range: từ <number> đến <number>' : 'range: <number> - <number>',
        };
        if (a.yearLike && b.yearLike) r.yearLike = true;
        if (a.leadingZero || b.leadingZero) r.leadingZero = true;
        out.push(r);
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

function addPattern(
  text: string,
  out: NumberMatch[],
  re: RegExp,
  make: (m: RegExpExecArray) => Pick<NumberMatch, 'value' | 'kind' | 'rule'>,
): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (isWordCharAt(text, start - 1) || isWordCharAt(text, end)) continue;
    for (let k = out.length - 1; k >= 0; k--) {
      const o = out[k] as NumberMatch;
      if (o.start < end && o.end > start) out.splice(k, 1);
    }
    out.push({ start, end, scale: 1, words: true, ...make(m) });
  }
}
