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

/** Whether the word s[start, end) is a number of the class `cls` (read alone: what follows it is not checked). */
export function isNumberOf(cls: string, s: string, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let i = start; i < end; i++) if (!isDigit(s.charCodeAt(i))) return false;
  if (cls === DAY_NUMBER || cls === DATE_NUMBER) return end - start <= 2;
  return cls === YEAR_NUMBER && end - start === 4 && isCentury(s, start);
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

/** Where the starts of the trigger word or number class `w` are in what triggerStarts returns. */
export function triggerIndex(set: TriggerSet, w: string): number {
  const k = isNumberClass(w) ? set.words.length + set.numbers.indexOf(w) : set.words.indexOf(w);
  if (k < 0 || (isNumberClass(w) && k < set.words.length)) throw new Error(`time trigger not in the set: "${w}"`);
  return k;
}

/**
 * Where each wanted word stands as a whole word and where each class of number starts, in text order: the list of
 * word k at k, of number class j at words.length + j (triggerIndex). A whole-word occurrence is exactly a maximal run of
 * letters and digits equal to the word.
 */
export function triggerStarts(set: TriggerSet, folded: string): number[][] {
  const out: number[][] = [];
  for (let k = set.words.length + set.numbers.length; k > 0; k--) out.push([]);
  const numbers = new NumberStarts(set, out, folded);
  set.table.scan(
    folded,
    (start, _end, k) => {
      (out[k] as number[]).push(start);
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
    set: TriggerSet,
    out: number[][],
    private readonly folded: string,
  ) {
    this.days = listOf(set, out, DAY_NUMBER);
    this.dates = listOf(set, out, DATE_NUMBER);
    this.years = listOf(set, out, YEAR_NUMBER);
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

/** The start list of a number class in triggerStarts' answer, or null when no rule wants it. */
function listOf(set: TriggerSet, out: number[][], cls: string): number[] | null {
  const j = set.numbers.indexOf(cls);
  return j < 0 ? null : (out[set.words.length + j] as number[]);
}

/** "19" or "20" at `s`. */
function isCentury(folded: string, s: number): boolean {
  const a = folded.charCodeAt(s);
  const b = folded.charCodeAt(s + 1);
  return (a === 49 && b === 57) || (a === 50 && b === 48);
}
