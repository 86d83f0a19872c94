// Time word lists, loaded once from data/time/ (see data/time/README.md) and turned into regex alternations.
import { readFileSync } from 'node:fs';
import { foldTone } from '../../text/fold.ts';

const DATA = new URL('../../../data/time/', import.meta.url);

function load<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(file, DATA), 'utf8')) as T;
}

/** A word→number map without the "_comment" key; keys folded like the text we match. */
function numberMap(raw: Record<string, unknown>, file: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, v] of Object.entries(raw)) {
    if (k.startsWith('_')) continue;
    if (typeof v !== 'number') throw new Error(`data/time/${file}: "${k}" must map to a number`);
    out.set(foldTone(k), v);
  }
  if (!out.size) throw new Error(`data/time/${file}: empty list`);
  return out;
}

function words(list: unknown, what: string): string[] {
  if (!Array.isArray(list) || !list.length) throw new Error(`data/time: ${what} must be a non-empty list`);
  return list.map((w) => foldTone(String(w)));
}

/** Longest first, so "mười hai" wins over "mười"; spaces match any run of spaces. */
export function alternation(list: Iterable<string>): string {
  const items = [...new Set(list)].sort((a, b) => b.length - a.length);
  return items.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
}

type Cues = Record<string, unknown>;
const cues = load<Cues>('cues.json');
const parts = load<{ year: Record<string, [number, number]>; month: Record<string, [number, number]> }>('parts.json');
const relative = load<{
  year: Record<string, number>;
  month: Record<string, number>;
  week: Record<string, number>;
  day: Record<string, number>;
  partOfDay: string[];
  partOfDayRelative: Record<string, number>;
  weekdays: string[];
}>('relative.json');
const fiscal = load<{ countries: { names: string[]; startMonth: number; named: 'start' | 'end' }[] }>('fiscal-years.json');

function rangeMap(raw: Record<string, [number, number]>, what: string): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const [k, v] of Object.entries(raw)) out.set(foldTone(k), v);
  if (!out.size) throw new Error(`data/time/parts.json: ${what} is empty`);
  return out;
}

function offsetMap(raw: Record<string, number>, what: string): Map<string, number> {
  return numberMap(raw, `relative.json (${what})`);
}

export const LEX = {
  months: numberMap(load('months.json'), 'months.json'),
  numbers: numberMap(load('numbers.json'), 'numbers.json'),
  quarters: numberMap(load('quarters.json'), 'quarters.json'),
  yearParts: rangeMap(parts.year, 'year'),
  monthParts: rangeMap(parts.month, 'month'),
  relYear: offsetMap(relative.year, 'year'),
  relMonth: offsetMap(relative.month, 'month'),
  relWeek: offsetMap(relative.week, 'week'),
  relDay: offsetMap(relative.day, 'day'),
  partOfDay: words(relative.partOfDay, 'partOfDay'),
  partOfDayRel: offsetMap(relative.partOfDayRelative, 'partOfDayRelative'),
  weekdays: words(relative.weekdays, 'weekdays'),
  now: words(cues.now, 'now'),
  until: words(cues.until, 'until'),
  asOfUntil: words(cues.asOfUntil, 'asOfUntil'),
  since: words(cues.since, 'since'),
  before: words(cues.before, 'before'),
  after: words(cues.after, 'after'),
  base: words(cues.base, 'base'),
  nowAlone: words(cues.nowAlone, 'nowAlone'),
  runningTotal: words(cues.runningTotal, 'runningTotal'),
  idiomNotAsOf: words(cues.idiomNotAsOf, 'idiomNotAsOf'),
  yearContext: words(cues.yearContext, 'yearContext'),
  rangePrefix: words(cues.rangePrefix, 'rangePrefix'),
  pastDirection: words(cues.pastDirection, 'pastDirection'),
  futureDirection: words(cues.futureDirection, 'futureDirection'),
  futureContext: words(cues.futureContext, 'futureContext'),
  lastN: words(cues.lastN, 'lastN'),
  nextN: words(cues.nextN, 'nextN'),
  notAfterNumber: words(cues.notAfterNumber, 'notAfterNumber'),
  documentName: words(cues.documentName, 'documentName'),
  documentEvent: words(cues.documentEvent, 'documentEvent'),
  background: words(cues.background, 'background'),
  estimate: words(cues.estimate, 'estimate'),
  reportVerb: words(cues.reportVerb, 'reportVerb'),
  fiscal: fiscal.countries.map((c) => ({ names: c.names.map((n) => foldTone(n)), startMonth: c.startMonth, named: c.named })),
};

/** A number written in digits or in words ("6", "sáu", "mười"). */
export function countOf(s: string): number | null {
  const t = foldTone(s.trim()).replace(/\s+/g, ' ');
  if (/^\d+$/.test(t)) return Number(t);
  return LEX.numbers.get(t) ?? null;
}
