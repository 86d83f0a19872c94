// Bytes → Unicode text: BOMs, UTF-16, declared charsets, legacy Vietnamese detection; binary and empty input refused.
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { detectLegacy, repairUnicode } from './encodings/detect.ts';
import { decodeValidUtf8 } from './utf8.ts';

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

export interface DecodeHints {
  /** Charset declared by the container (HTTP Content-Type, <meta charset>). */
  charset?: string;
}

const utf16le = new TextDecoder('utf-16le');

// File signatures of common binary formats that carry no NUL byte early on.
const MAGIC: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['WebP/RIFF file', [0x52, 0x49, 0x46, 0x46]],
];
/** Share of control bytes above which input is binary; TCVN3/VISCII use a few C0 codes for capitals, so not zero. */
const MAX_CONTROL_SHARE = 0.2;
const SNIFF_BYTES = 8192;

function startsWith(b: Uint8Array, sig: number[]): boolean {
  return b.length >= sig.length && sig.every((x, i) => b[i] === x);
}

function magicReason(b: Buffer): string | null {
  for (const [name, sig] of MAGIC) if (startsWith(b, sig)) return `binary file (${name}), not text`;
  return null;
}

/** Why these bytes (not UTF-16) are not text, or null. */
export function binaryReason(b: Buffer): string | null {
  const magic = magicReason(b);
  if (magic) return magic;
  if (b.indexOf(0) !== -1) return 'binary file (NUL bytes), not text';
  const n = Math.min(b.length, SNIFF_BYTES);
  const control = controlBytes(b, n);
  return n && control / n > MAX_CONTROL_SHARE ? 'binary file (control bytes), not text' : null;
}

const NO_WORDS = new Uint32Array(0);

function isControl(c: number): number {
  return c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12 ? 1 : 0;
}

/** C0 control bytes other than tab, line feed, form feed and carriage return among the first n bytes. */
export function controlBytes(b: Uint8Array, n: number): number {
  let control = 0;
  let i = 0;
  for (const aligned = Math.min(n, (4 - (b.byteOffset & 3)) & 3); i < aligned; i++) control += isControl(b[i] as number);
  // Four bytes at a time: one test passes over a word with no byte below 0x20, which is nearly every word of text.
  const words = n - i >= 4 ? new Uint32Array(b.buffer, b.byteOffset + i, (n - i) >> 2) : NO_WORDS;
  for (let k = 0; k < words.length; k++) {
    const x = words[k] as number;
    if (((x - 0x20202020) & ~x & 0x80808080) === 0) continue;
    for (let j = i + 4 * k; j < i + 4 * k + 4; j++) control += isControl(b[j] as number);
  }
  for (i += 4 * words.length; i < n; i++) control += isControl(b[i] as number);
  return control;
}

// UTF-16 without a BOM shows as NULs in every other byte of ASCII-heavy text.
function utf16WithoutBom(b: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  // No NUL at all among them (one native search): not UTF-16.
  const nul = b.indexOf(0);
  if (nul < 0 || nul >= n) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

function decodeUtf16(b: Buffer, order: 'utf-16le' | 'utf-16be'): string {
  if (order === 'utf-16le') return utf16le.decode(b);
  const swapped = Buffer.from(b.subarray(0, b.length & ~1));
  return utf16le.decode(swapped.swap16());
}

function normaliseCharset(charset: string): string {
  return charset
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
}

function withRepair(text: string, encoding: string): { ok: true; text: string; encoding: string } {
  const repaired = repairUnicode(text);
  return repaired ? { ok: true, ...repaired } : { ok: true, text, encoding };
}

/** Decodes a whole input. Empty or whitespace-only input is refused here so every reader says the same. */
export function decodeBytes(bytes: Buffer, hints: DecodeHints = {}): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const decoded = decodeNonEmpty(bytes, hints);
  if (decoded.ok && !/[^\s\ufeff\u200b]/.test(decoded.text)) return { ok: false, reason: 'empty (whitespace only)' };
  return decoded;
}

function decodeNonEmpty(b: Buffer, hints: DecodeHints): Decoded {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    const rest = b.subarray(3);
    if (isUtf8(rest)) return withRepair(decodeValidUtf8(rest), 'utf-8');
    return { ok: false, reason: 'invalid UTF-8 after a UTF-8 byte-order mark' };
  }
  const magic = magicReason(b);
  if (magic) return { ok: false, reason: magic };
  if (b[0] === 0xff && b[1] === 0xfe) return withRepair(decodeUtf16(b.subarray(2), 'utf-16le'), 'utf-16le');
  if (b[0] === 0xfe && b[1] === 0xff) return withRepair(decodeUtf16(b.subarray(2), 'utf-16be'), 'utf-16be');
  const utf16 = utf16WithoutBom(b);
  if (utf16) return withRepair(decodeUtf16(b, utf16), utf16);
  const binary = binaryReason(b);
  if (binary) return { ok: false, reason: binary };
  if (isUtf8(b)) return withRepair(decodeValidUtf8(b), 'utf-8');
  // Not UTF-8: a declared legacy charset first, then detection.
  const charset = hints.charset ? normaliseCharset(hints.charset) : '';
  if (charset && !/^utf-?8$/.test(charset) && iconv.encodingExists(charset)) {
    return withRepair(iconv.decode(b, charset).normalize('NFC'), charset);
  }
  const legacy = detectLegacy(b);
  if (legacy) return { ok: true, ...legacy };
  return { ok: false, reason: 'invalid UTF-8 and not a recognised Vietnamese encoding' };
}
