// Repairs inside a paragraph that keep the article's words: run-together syllables split, glued entity remnants
// ("quot") dropped, a missing space after punctuation restored. Each repair is counted.
import type { Removed } from '../types.ts';
import { isEntityRemnant, isSyllable, splitToken } from './syllables.ts';

export interface Repaired {
  text: string;
  repairs: number;
  removed: Removed[];
}

const TOKEN = /[\p{L}\p{M}]+/gu;
// URLs, e-mail addresses and domains are left exactly as written.
const PROTECTED = /(?:https?:\/\/|www\.)[^\s]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|gov|edu|info|int|io|tv)\b[^\s]*/giu;
// "mạnh mẽ,ông" / "vắc-xin:Chứng" lost the space after the mark; "1,5" and "11:05" did not.
const COMMA_GLUE = /(\p{Ll})([,;:])(\p{L})/gu;
const STOP_GLUE = /(\p{Ll}{2})([.!?…])(\p{Lu}\p{Ll})/gu;

function protectedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  PROTECTED.lastIndex = 0;
  for (let m = PROTECTED.exec(text); m; m = PROTECTED.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

export function repairParagraph(text: string): Repaired {
  let repairs = 0;
  const removed: Removed[] = [];
  const spans = protectedSpans(text);
  const inProtected = (i: number) => spans.some(([s, e]) => i >= s && i < e);
  let out = '';
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const token = m[0];
    if (token.length < 4 || isSyllable(token) || (spans.length && inProtected(m.index))) continue;
    let replacement: string | null = null;
    if (isEntityRemnant(token) && token === token.toLowerCase()) {
      replacement = '';
      removed.push({ text: token, reason: 'entity-remnant', rule: 'repair.entity-remnant' });
    } else {
      const pieces = splitToken(token);
      if (!pieces) continue;
      for (const p of pieces) if (p.remnant) removed.push({ text: p.text, reason: 'entity-remnant', rule: 'repair.entity-remnant' });
      replacement = pieces
        .filter((p) => !p.remnant)
        .map((p) => p.text)
        .join(' ');
    }
    repairs++;
    let start = m.index;
    const end = m.index + token.length;
    // A dropped remnant standing alone takes one neighbouring space with it.
    if (!replacement && text[start - 1] === ' ' && (text[end] === ' ' || end === text.length)) start--;
    out += text.slice(last, start) + replacement;
    last = end;
  }
  let result = last ? out + text.slice(last) : text;
  result = result.replace(COMMA_GLUE, (_m, a: string, p: string, b: string) => {
    repairs++;
    return `${a}${p} ${b}`;
  });
  const after = protectedSpans(result);
  result = result.replace(STOP_GLUE, (m, a: string, p: string, b: string, offset: number) => {
    if (after.some(([s, e]) => offset >= s && offset < e)) return m;
    repairs++;
    return `${a}${p} ${b}`;
  });
  return { text: result, repairs, removed };
}
