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

/** The lexeme that stands for two adjacent words: a phrase becomes one index lookup instead of a position check on
 * every document holding both words. Words never contain "_", so it cannot clash with a word. */
export function pairLexeme(a: string, b: string): string {
  return `${a}_${b}`;
}

/**
 * A tsvector literal (cast with ::tsvector) of the text's words with positions, optionally weighted, and of every pair
 * of adjacent words (without positions; see pairLexeme).
 */
export function tsvectorLiteral(s: string, weight = ''): string {
  const pos = new Map<string, string[]>();
  const pairs = new Set<string>();
  let prev = '';
  addPositions(pos, words(s), 0, weight, (w) => {
    if (prev && w) pairs.add(pairLexeme(prev, w));
    prev = w;
  });
  let out = positionsLiteral(pos);
  if (out.length >= MAX_LITERAL) return out;
  for (const pair of pairs) {
    const item = quote(pair);
    if (out.length + item.length + 1 > MAX_LITERAL) break;
    out += out ? ` ${item}` : item;
  }
  return out;
}

/** Words at positions from..., each lexeme's positions in order; seen('') marks a skipped (too long) word. */
function addPositions(pos: Map<string, string[]>, ws: string[], from: number, weight: string, seen?: (w: string) => void): void {
  let i = from;
  for (const w of ws) {
    if (w.length > 200) {
      seen?.('');
      continue;
    }
    i = Math.min(i + 1, MAX_POS);
    const item = `${i}${weight}`;
    const l = pos.get(w);
    if (!l) pos.set(w, [item]);
    else if (l.length < MAX_POSITIONS && l[l.length - 1] !== item) l.push(item);
    seen?.(w);
  }
}

function positionsLiteral(pos: Map<string, string[]>): string {
  let out = '';
  for (const [w, p] of pos) {
    const item = `${quote(w)}:${p.join(',')}`;
    if (out.length + item.length + 1 > MAX_LITERAL) break;
    out += out ? ` ${item}` : item;
  }
  return out;
}

/** Words of the lead that rank a document (src/store/search.ts): news puts what an article is about first. */
export const HEAD_WORDS = 40;

/**
 * The ranking vector: the title's words (weight A) and the lead's first HEAD_WORDS (weight B). Small enough to stay
 * in the search row, so ranking a thousand matches reads no out-of-line data.
 */
export function headLiteral(title: string, text: string): string {
  const pos = new Map<string, string[]>();
  const t = words(title);
  addPositions(pos, t, 0, 'A');
  addPositions(pos, words(text.slice(0, HEAD_WORDS * 12)).slice(0, HEAD_WORDS), t.length, 'B');
  return positionsLiteral(pos);
}

/** Filter tags such as "e:VN" (lexemes as they are: no folding, no positions) that must all be present. */
export function tagsQuery(tags: readonly string[]): string {
  return tags.map(quote).join(' & ');
}

export interface SearchTsQueries {
  /** What a document must match: phrases as pair lexemes, so the index answers without rechecking positions. */
  match: string;
  /** What ranking weighs: the words, phrases as word sequences. null when only excluded words were given. */
  rank: string | null;
}

/**
 * A websearch-style query as tsquery literals (cast with ::tsquery): words are ANDed, "quoted phrases" and words
 * that fold to several (covid-19) must be adjacent, -word excludes, OR alternates. null: nothing to search for.
 */
export function tsqueryLiterals(q: string): SearchTsQueries | null {
  const match: string[] = [];
  const rank: string[] = [];
  let pendingOr = false;
  const re = /(-?)"([^"]*)"?|(-?)([^\s"]+)/g;
  for (let m = re.exec(q); m; m = re.exec(q)) {
    const neg = !!(m[1] || m[3]);
    const raw = m[2] ?? m[4] ?? '';
    if (m[4] !== undefined && !neg && /^or$/i.test(raw)) {
      if (match.length) pendingOr = true;
      continue;
    }
    const ws = words(raw).filter((w) => w.length <= 200);
    if (!ws.length) continue;
    const op = pendingOr ? '|' : '&';
    const sequence = ws.map(quote).join(' <-> ');
    const pairs = ws.slice(1).map((w, k) => quote(pairLexeme(ws[k] as string, w)));
    // Two words: the pair lexeme is the phrase. Longer: every pair must be there, then positions confirm the order.
    const phrase = ws.length === 1 ? sequence : ws.length === 2 ? (pairs[0] as string) : `(${pairs.join(' & ')} & ${sequence})`;
    if (match.length) match.push(op);
    match.push(neg ? `!${phrase}` : phrase);
    if (!neg) {
      if (rank.length) rank.push(op);
      rank.push(ws.length > 1 ? `(${sequence})` : sequence);
    }
    pendingOr = false;
  }
  return match.length ? { match: match.join(' '), rank: rank.length ? rank.join(' ') : null } : null;
}
