// Decodes HTML character references in attribute values and in text outside a DOM.
import { loadEncodingData } from '../data.ts';

const named = new Map(Object.entries(loadEncodingData<{ entities: Record<string, string> }>('html-entities.json').entities));
const REF = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g;

function fromCodePoint(n: number): string {
  return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : '\ufffd';
}

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(REF, (whole, body: string) => {
    if (body[0] === '#')
      return fromCodePoint(body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10));
    return named.get(body) ?? whole;
  });
}
