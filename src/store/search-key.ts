// Search keys, tsvectors and tsqueries built in JavaScript, one tokenizer on both sides:
// lower case, no diacritics, đ → d (foldAll), words = runs of letters and digits. "Đà Nẵng" = "da nang" = "ĐÀ NẴNG",
// and tone-mark style (hoà/hòa, thuỷ/thủy) never matters.
// Why not unaccent() + to_tsvector() in SQL: measured in PGlite (WASM), unaccent costs ~2–3 ms and to_tsvector ~0.6 ms
// per 1.6 KB article, more than the rest of an insert together; here the work runs in the analysis workers.
import { foldAll } from '../text/fold.ts';

const WORD = /[\p{L}\p{N}]+/gu;
const MAX_POS = 16383;
const MAX_POSITIONS = 255;
const MAX_LITERAL = 900_000;

export function searchKey(s: string): string {
  return foldAll(s).toLowerCase();
}

export function words(s: string): string[] {
  return searchKey(s).match(WORD) ?? [];
}

function quote(w: string): string {
  return `'${w.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** A tsvector literal (cast with ::tsvector) of the text's words with positions, optionally weighted. */
export function tsvectorLiteral(s: string, weight = ''): string {
  const pos = new Map<string, number[]>();
  let i = 0;
  for (const w of words(s)) {
    if (w.length > 200) continue;
    i = Math.min(i + 1, MAX_POS);
    const l = pos.get(w);
    if (!l) pos.set(w, [i]);
    else if (l.length < MAX_POSITIONS && l[l.length - 1] !== i) l.push(i);
  }
  let out = '';
  for (const [w, p] of pos) {
    const item = `${quote(w)}:${p.map((n) => `${n}${weight}`).join(',')}`;
    if (out.length + item.length + 1 > MAX_LITERAL) break;
    out += out ? ` ${item}` : item;
  }
  return out;
}

/**
 * A websearch-style query as a tsquery literal (cast with ::tsquery): words are ANDed, "quoted phrases" and words
 * that fold to several (covid-19) must be adjacent, -word excludes, OR alternates. null: nothing to search for.
 */
export function tsqueryLiteral(q: string): string | null {
  const parts: string[] = [];
  let pendingOr = false;
  const re = /(-?)"([^"]*)"?|(-?)([^\s"]+)/g;
  for (let m = re.exec(q); m; m = re.exec(q)) {
    const neg = !!(m[1] || m[3]);
    const raw = m[2] ?? m[4] ?? '';
    if (m[4] !== undefined && !neg && /^or$/i.test(raw)) {
      if (parts.length) pendingOr = true;
      continue;
    }
    const ws = words(raw).filter((w) => w.length <= 200);
    if (!ws.length) continue;
    const phrase = ws.map(quote).join(' <-> ');
    const term = neg ? `!(${phrase})` : ws.length > 1 ? `(${phrase})` : phrase;
    if (parts.length) parts.push(pendingOr ? '|' : '&');
    parts.push(term);
    pendingOr = false;
  }
  return parts.length ? parts.join(' ') : null;
}
