// int4[] values as the server sends them ("{1,-2,3}"), read in one pass. The drivers' general array parsers cost
// ~240 ns an element, and each batch written reads back the 60-number MinHash signature of every near-duplicate
// candidate (src/store/sql-store.ts): thousands of arrays per batch on the writer's critical path.

const MINUS = 45;
const COMMA = 44;
const ZERO = 48;
const NINE = 57;
const OPEN = 123;
const CLOSE = 125;

/** The numbers of a one-dimensional integer array without NULLs; null for anything else (left to a general parser). */
export function parseIntArray(text: string): number[] | null {
  const n = text.length;
  if (n < 2 || text.charCodeAt(0) !== OPEN || text.charCodeAt(n - 1) !== CLOSE) return null;
  const out: number[] = [];
  if (n === 2) return out;
  let value = 0;
  let digits = 0;
  let negative = false;
  for (let i = 1; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= ZERO && c <= NINE) {
      value = value * 10 + (c - ZERO);
      // Beyond 15 digits a double is no longer exact: let the general parser decide.
      if (++digits > 15) return null;
    } else if (c === MINUS && digits === 0 && !negative) negative = true;
    else if ((c === COMMA || i === n - 1) && digits > 0) {
      out.push(negative ? -value : value);
      value = 0;
      digits = 0;
      negative = false;
    } else return null;
  }
  return out;
}

/** A driver's parser for an integer array type, with the fast path first. */
export function withFastIntArrays<T>(general: (text: string) => T): (text: string) => number[] | T {
  return (text) => parseIntArray(text) ?? general(text);
}
