// Letter-or-digit tests on single UTF-16 units by table: hot loops ask this per character, where a regex test costs ten times more.

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Per UTF-16 unit: 0 not yet known, 1 a letter or digit, 2 not. Filled up front below U+2000 (all Vietnamese). */
const UNIT = new Uint8Array(65536);
for (let c = 0; c < 0x2000; c++) UNIT[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;

function learn(c: number): boolean {
  const word = WORD_CHAR.test(String.fromCharCode(c));
  UNIT[c] = word ? 1 : 2;
  return word;
}

/** Whether /[\p{L}\p{N}]/u matches the one-unit string String.fromCharCode(c) (a lone surrogate never does). */
export function isWordUnit(c: number): boolean {
  const k = UNIT[c] as number;
  return k === 1 || (k === 0 && learn(c));
}

/** Whether s[i] is a letter or digit; false outside the string. */
export function isWordCharAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && isWordUnit(s.charCodeAt(i));
}
