// Letter-or-digit tests on single UTF-16 units by table: hot loops ask this per character, where a regex test costs ten times more.
import { unitClass } from './unit-class.ts';

/** Whether /[\p{L}\p{N}]/u matches the one-unit string String.fromCharCode(c) (a lone surrogate never does). */
export const isWordUnit = unitClass(/[\p{L}\p{N}]/u);

/** Whether s[i] is a letter or digit; false outside the string. */
export function isWordCharAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && isWordUnit(s.charCodeAt(i));
}
