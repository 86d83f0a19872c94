// Search keys, tsvectors and tsqueries built in JavaScript, one tokenizer on both sides:
// lower case, no diacritics, đ → d (foldAll), words = runs of letters and digits. "Đà Nẵng" = "da nang" = "ĐÀ NẴNG",
// and tone-mark style (hoà/hòa, thuỷ/thủy) never matters.
// Why not unaccent() + to_tsvector() in SQL: measured in PGlite (WASM), unaccent costs ~2–3 ms and to_tsvector ~0.6 ms
// per 1.6 KB article, more than the rest of an insert together; here the work runs in the analysis workers.
import { foldAll } from '../text/fold.ts';

const WORD = /[\p{L}\p{N}]+/gu;
// tsvector limits: positions stop at 16383, a lexeme keeps 255 of them, lexemes take at most 1 MB together.
const MAX_POS = 16383;
const MAX_POSITIONS = 255;
const MAX_LITERAL = 900_000;

/** foldAll lower-cases already. */
export function searchKey(s: string): string {
  return foldAll(s);
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
 * What a document is found by: its distinct words and pairs of adjacent words (pairLexeme), of the title and of the
 * text, space-separated for array_to_tsvector(string_to_array(...)). No positions: phrases are pairs, and ranking
 * reads the head (headLiteral), so positions here would only double what every insert parses and stores.
 * Sorted in code-point order, the order of tsvector lexemes: PostgreSQL's sort then checks and is done (measured in
 * PGlite: building the vector costs 40% less), and the sorting runs here, in the workers.
 */
export function searchLexemes(title: string, text: string, textWords: readonly string[] = words(text)): string {
  const seen = new Set<string>();
  const out: string[] = [];
  let size = 0;
  const add = (lexeme: string) => {
    if (seen.has(lexeme) || size + lexeme.length + 1 > MAX_LITERAL) return;
    seen.add(lexeme);
    out.push(lexeme);
    size += lexeme.length + 1;
  };
  for (const part of [words(title), textWords]) {
    let prev = '';
    for (const w of part) {
      // A lexeme is at most 2 KB; a longer "word" is data, and it breaks the chain of pairs.
      if (w.length > 200) {
        prev = '';
        continue;
      }
      add(w);
      if (prev) add(pairLexeme(prev, w));
      prev = w;
    }
  }
  return out.sort().join(' ');
}

type Weight = 'A' | 'B';
// A position and its weight in one number (positions stop at MAX_POS < 2^14): no string per occurrence.
const WEIGHT_CODE: Record<Weight, number> = { A: 1, B: 2 };
const WEIGHT_OF = ['', 'A', 'B'];

/** Words at positions from... with a weight, each lexeme's positions in order. */
function addPositions(pos: Map<string, number[]>, ws: string[], from: number, weight: Weight): void {
  let i = from;
  const code = WEIGHT_CODE[weight] << 14;
  for (const w of ws) {
    if (w.length > 200) continue;
    i = Math.min(i + 1, MAX_POS);
    const item = i | code;
    const l = pos.get(w);
    if (!l) pos.set(w, [item]);
    else if (l.length < MAX_POSITIONS && l[l.length - 1] !== item) l.push(item);
  }
}

/** Words are runs of letters and digits: no quote or backslash to escape. */
function positionsLiteral(pos: Map<string, number[]>): string {
  let out = '';
  for (const [w, p] of pos) {
    let item = `'${w}':`;
    for (let k = 0; k < p.length; k++) {
      const n = p[k] as number;
      item += `${k ? ',' : ''}${n & MAX_POS}${WEIGHT_OF[n >> 14]}`;
    }
    if (out.length + item.length + 1 > MAX_LITERAL) break;
    out += out ? ` ${item}` : item;
  }
  return out;
}

/** Words of the lead that rank a document (src/store/search.ts): news puts what an article is about first. */
export const HEAD_WORDS = 40;

/**
 * The ranking vector: the title's words (weight A) and the lead's first HEAD_WORDS (weight B): a few hundred bytes
 * that rank a document by what it says first.
 */
export function headLiteral(title: string, text: string): string {
  const pos = new Map<string, number[]>();
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
  /** What a document must match: phrases as pair lexemes, so the index answers without reading any vector. */
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
    // A phrase is its pairs of adjacent words (three or more words: each pair, anywhere in the document).
    const phrase = ws.length === 1 ? sequence : pairs.length === 1 ? (pairs[0] as string) : `(${pairs.join(' & ')})`;
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
