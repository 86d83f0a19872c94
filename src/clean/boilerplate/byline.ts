// Lines that only carry a date, a time and perhaps an author: bylines ("PV - 11:05, 14/12/2021"), page clocks
// ("Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27") and teaser meta lines ("Thời sự - PV - 1 giờ trước").
import type { IsoDate } from '../../types.ts';
import { dataSections } from '../data.ts';
import { escapeRegex, foldKeepLength, lineKey } from '../match.ts';
import { findDays, findTime } from '../metadata/dates.ts';
import { knownOutlet } from '../metadata/outlet.ts';

export interface DateLine {
  date: IsoDate | null;
  time: string | null;
  /** A live clock shows seconds; a byline does not. */
  seconds: boolean;
  /** "1 giờ trước": a teaser or a live byline, no calendar date. */
  relative: boolean;
  /** What is left once date, time and filler words are gone, when it reads like a name. */
  author: string | null;
}

interface Words {
  weekday: RegExp;
  filler: RegExp;
  relative: RegExp;
  generic: Set<string>;
}

let words: Words | null = null;

function alternation(list: string[]): string {
  return list
    .map((w) => lineKey(w).split(' ').map(escapeRegex).join('\\s+'))
    .sort((a, b) => b.length - a.length)
    .join('|');
}

// What every relative date holds, in the folded key ("2 giờ trước").
const AGO = 'truoc';

function load(): Words {
  const s = dataSections('time-words.txt');
  const get = (k: string) => s.get(k) ?? [];
  return {
    weekday: new RegExp(`(?<![a-z])(?:${alternation(get('weekday'))})(?![a-z0-9])`, 'g'),
    filler: new RegExp(`(?<![a-z])(?:${alternation(get('filler'))})(?![a-z0-9])`, 'g'),
    relative: new RegExp(`(?<![a-z0-9])\\d+\\s+(?:${alternation(get('relative-unit'))})\\s+${AGO}(?![a-z])`, 'g'),
    generic: new Set(get('generic-author').map(lineKey)),
  };
}

// An author's name, perhaps with the outlet's short name after it ("Hà Vân VOV.VN" once separators are gone).
const NAME = /^(?:(?:\p{Lu}[\p{Ll}\p{M}]*\.?|[\p{Lu}\d][\p{Lu}\d.&+-]+)\s*){1,6}$/u;
const HAS_DIGIT = /\d/;
// Every full date findDays reads holds a year of this shape; without one only a relative date ("2 giờ trước") is left.
const YEAR_DIGITS = /(?:19|20)\d\d/;
const NO_DATES: never[] = [];
const TIME_ZONE = /\(?\s*(?:gmt|utc)\s*(?:[+-]\s*\d{1,2})?\s*\)?/g;
const SEPARATORS = /[\s,|\-–—•·/()[\]:]+/g;

/** "Hà Vân VOV.VN" → "Hà Vân": the outlet after a name is not part of it. */
function withoutOutlet(name: string): string {
  const parts = name.split(' ');
  while (parts.length > 1 && knownOutlet(parts[parts.length - 1] as string)) parts.pop();
  return parts.join(' ');
}

/** The line with each blanked run as one space (SEPARATORS makes any run of spaces one anyway). */
function withBlanks(line: string, blanked: Uint8Array): string {
  let out = '';
  for (let i = 0; i < line.length;) {
    let j = i;
    const blank = blanked[i];
    while (j < line.length && blanked[j] === blank) j++;
    out += blank ? ' ' : line.slice(i, j);
    i = j;
  }
  return out;
}

/** Read a short line as a date line, or null when it says anything else. */
export function parseDateLine(line: string): DateLine | null {
  // Every date line holds a digit; most lines of text are ruled out here.
  if (line.length > 110 || !HAS_DIGIT.test(line)) return null;
  words ??= load();
  const key = foldKeepLength(line);
  const dates = YEAR_DIGITS.test(line) ? findDays(line) : NO_DATES;
  words.relative.lastIndex = 0;
  const relative = words.relative.test(key);
  if (!dates.length && !relative) return null;
  const time = findTime(line);
  // Blank out everything a date line may hold; what remains must be empty or a name.
  const blanked = new Uint8Array(line.length);
  const blank = (s: number, e: number) => blanked.fill(1, s, e);
  for (const d of dates) blank(d.start, d.end);
  if (time) blank(time.start, time.end);
  for (const re of [TIME_ZONE, words.weekday, words.filler, words.relative]) {
    re.lastIndex = 0;
    for (let m = re.exec(key); m; m = re.exec(key)) blank(m.index, m.index + m[0].length);
  }
  const rest = withBlanks(line, blanked).replace(SEPARATORS, ' ').trim();
  let author: string | null = null;
  if (rest) {
    const generic = words.generic.has(lineKey(rest));
    if (!generic && !NAME.test(rest)) return null;
    author = withoutOutlet(rest);
  }
  return {
    date: dates[0]?.iso ?? null,
    time: time ? `${time.hh}:${time.mm}` : null,
    seconds: time?.seconds ?? false,
    relative,
    author,
  };
}

/**
 * A date line with section labels in front, parts split by " - ": "Thời sự - PV - 1 giờ trước",
 * "Chính sách dân tộc - Văn Hoa - 3 giờ trước". The author is the part just before the date.
 */
export function parseMetaLine(line: string): (DateLine & { labels: string[] }) | null {
  if (line.length > 110 || !HAS_DIGIT.test(line)) return null;
  // Neither the line nor its last part can hold a date: most short lines with a number stop here.
  if (!YEAR_DIGITS.test(line) && !foldKeepLength(line).includes(AGO)) return null;
  const whole = parseDateLine(line);
  if (whole) return { ...whole, labels: [] };
  if (line.length > 110) return null;
  const parts = line.split(/\s+[-–—|]\s+/);
  if (parts.length < 2) return null;
  const tail = parseDateLine(parts[parts.length - 1] as string);
  if (!tail) return null;
  const labels = parts.slice(0, -1);
  if (labels.some((p) => p.split(/\s+/).length > 5)) return null;
  let author = tail.author;
  if (!author && labels.length >= 2) {
    const candidate = labels[labels.length - 1] as string;
    words ??= load();
    if (words.generic.has(lineKey(candidate)) || NAME.test(candidate)) author = candidate;
  }
  return { ...tail, author, labels: author && !tail.author ? labels.slice(0, -1) : labels };
}
