// The text's UTF-16 code units in a reused typed array: hot loops read them from one kind of array, whatever kind of
// string V8 holds (one- or two-byte, sliced, cons). Reading many string kinds at one charCodeAt site slows every read.
import { endianness } from 'node:os';

let units = new Uint16Array(4096);
let bytes = Buffer.from(units.buffer);
// Buffer writes UTF-16 little-endian; the typed array reads the host's order.
const LITTLE_ENDIAN = endianness() === 'LE';

/** s's code units at [0, s.length), then a 0 that scans can stop on; valid until the next call. */
export function codeUnits(s: string): Uint16Array {
  if (s.length >= units.length) {
    units = new Uint16Array(2 * s.length);
    bytes = Buffer.from(units.buffer);
  }
  if (LITTLE_ENDIAN) bytes.write(s, 0, 2 * s.length, 'utf16le');
  else for (let i = 0; i < s.length; i++) units[i] = s.charCodeAt(i);
  units[s.length] = 0;
  return units;
}
