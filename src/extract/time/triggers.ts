// Where the rules' trigger words and numbers stand in the folded text: one pass over it finds them all, so each rule is
// then tried only at the few places it can start.
import { isWholeWord, WordTable } from '../shared/word-table.ts';

/** A run of one or two digits: how a day or a month is written. */
export const DAY_NUMBER = '#dd';
/** A run of one or two digits right before '/', '.' or '-': a day or a month with its separator ("30/6", "28.6"). */
export const DATE_NUMBER = '#dd/';
/** A run of four digits starting 19 or 20: how a year is written. */
export const YEAR_NUMBER = '#yyyy';

const NUMBER_CLASSES: readonly string[] = [DAY_NUMBER, DATE_NUMBER, YEAR_NUMBER];

export const isNumberClass = (w: string): boolean => NUMBER_CLASSES.includes(w);

/** Whether the word `w` is a number of the class `cls` (read alone: what follows it is not checked). */
export function isNumberOf(cls: string, w: string): boolean {
  if (!w.length) return false;
  for (let i = 0; i < w.length; i++) if (!isDigit(w.charCodeAt(i))) return false;
  if (cls === DAY_NUMBER || cls === DATE_NUMBER) return w.length <= 2;
  return cls === YEAR_NUMBER && w.length === 4 && isCentury(w, 0);
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isDateSeparator = (c: number) => c === 47 || c === 46 || c === 45; // / . -

/** The trigger words (each found by its index in `words`) and the number classes a plan's rules start at. */
export interface TriggerSet {
  words: readonly string[];
  numbers: readonly string[];
  table: WordTable<number>;
}

export function triggerSet(wanted: readonly string[]): TriggerSet {
  const words = [...new Set(wanted.filter((w) => !isNumberClass(w)))];
  const numbers = [...new Set(wanted.filter(isNumberClass))];
  for (const w of words) if (!isWholeWord(w)) throw new Error(`time trigger must be a whole word: "${w}"`);
  return { words, numbers, table: new WordTable(words.map((w, k) => [w, k] as const)) };
}

/**
 * Where each wanted word stands as a whole word and where each class of number starts, in text order. A whole-word
 * occurrence is exactly a maximal run of letters and digits equal to the word.
 */
export function triggerStarts(set: TriggerSet, folded: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const lists = set.words.map((w) => {
    const list: number[] = [];
    out.set(w, list);
    return list;
  });
  const numbers = new NumberStarts(set.numbers, out, folded);
  set.table.scan(
    folded,
    (start, _end, k) => {
      (lists[k] as number[]).push(start);
      return undefined;
    },
    (s, e) => numbers.add(s, e),
  );
  return out;
}

/** The start lists of the wanted number classes. */
class NumberStarts {
  private readonly days: number[] | null;
  private readonly dates: number[] | null;
  private readonly years: number[] | null;

  constructor(
    wanted: readonly string[],
    out: Map<string, number[]>,
    private readonly folded: string,
  ) {
    const listOf = (w: string) => {
      if (!wanted.includes(w)) return null;
      const list: number[] = [];
      out.set(w, list);
      return list;
    };
    this.days = listOf(DAY_NUMBER);
    this.dates = listOf(DATE_NUMBER);
    this.years = listOf(YEAR_NUMBER);
  }

  /** The run of digits folded[s, e). */
  add(s: number, e: number): void {
    const folded = this.folded;
    if (e - s <= 2) {
      this.days?.push(s);
      if (this.dates && isDateSeparator(folded.charCodeAt(e))) this.dates.push(s);
    } else if (e - s === 4 && this.years && isCentury(folded, s)) this.years.push(s);
  }
}

/** "19" or "20" at `s`. */
function isCentury(folded: string, s: number): boolean {
  const a = folded.charCodeAt(s);
  const b = folded.charCodeAt(s + 1);
  return (a === 49 && b === 57) || (a === 50 && b === 48);
}
