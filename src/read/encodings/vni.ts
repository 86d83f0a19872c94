// VNI-Windows ⇄ Unicode. VNI text is Windows-1252 where an accented vowel is a base letter plus a mark character.
import iconv from 'iconv-lite';
import { loadEncodingData } from '../data.ts';

interface MarkGroup {
  bases: string;
  chars: Record<string, string>;
}
interface VniTable {
  singles: Record<string, string>;
  marks: Record<'tone' | 'circumflex' | 'breve', MarkGroup>;
}

const table = loadEncodingData<VniTable>('vni.json');
const singles = new Map(Object.entries(table.singles));
/** "base+mark" (base after singles mapping) → composed letter. */
const pairs = new Map<string, string>();
for (const group of Object.values(table.marks)) {
  for (const base of group.bases) {
    for (const [mark, combining] of Object.entries(group.chars)) pairs.set(base + mark, (base + combining).normalize('NFC'));
  }
}
const MARK_CHARS = new Set(Object.values(table.marks).flatMap((g) => Object.keys(g.chars)));

/** Converts text whose characters are VNI codes read as Windows-1252/Latin-1 into Vietnamese Unicode (NFC). */
export function vniToUnicode(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    const base = singles.get(ch) ?? ch;
    const next = s[i + 1];
    if (next !== undefined && MARK_CHARS.has(next)) {
      const composed = pairs.get(base + next);
      if (composed) {
        out += composed;
        i++;
        continue;
      }
    }
    out += base;
  }
  return out.normalize('NFC');
}

export function decodeVni(bytes: Uint8Array): string {
  return vniToUnicode(iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows1252'));
}

// The reverse: Unicode letter → VNI characters, built from the same table so both directions agree.
const reverse = new Map<string, string>();
for (const [code, letter] of singles) if (!reverse.has(letter)) reverse.set(letter, code);
const baseCode = (base: string) => reverse.get(base) ?? base;
for (const [key, letter] of pairs) {
  const base = key.slice(0, -1);
  const mark = key.slice(-1);
  const upper = base === base.toUpperCase();
  // The canonical VNI form uses the mark's case matching the base; single codes win for i/ỵ tones.
  if (upper !== (mark === mark.toUpperCase())) continue;
  if (!reverse.has(letter)) reverse.set(letter, baseCode(base) + mark);
}

/** Unicode → VNI characters (Windows-1252 range); letters VNI cannot hold pass through. */
export function unicodeToVni(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFC')) out += reverse.get(ch) ?? ch;
  return out;
}

export function encodeVni(s: string): Buffer {
  return iconv.encode(unicodeToVni(s), 'windows1252');
}
