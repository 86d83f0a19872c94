// Vietnamese syllables and two-syllable words (data/generated/syllables.json, built from @vntk/dictionary by
// scripts/build-syllables.mjs), and the lattice split of run-together syllables: "sángtạogópphần" → "sáng tạo góp phần".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { foldKeepLength } from './chars.ts';
import { dataList } from './data.ts';

const GENERATED = new URL('../../data/generated/syllables.json', import.meta.url);
const BUILDER = new URL('../../scripts/build-syllables.mjs', import.meta.url);

interface Lexicon {
  syllables: Set<string>;
  /** Cost of each syllable in the lattice: common syllables cost less. */
  cost: Map<string, number>;
  words2: Set<string>;
  joined: Set<string>;
  remnants: Set<string>;
  maxSyllable: number;
}

let lexicon: Lexicon | null = null;

function load(): Lexicon {
  // A checkout where `npm install` did not run "prepare" yet: build the file once rather than fail.
  if (!existsSync(GENERATED)) spawnSync(process.execPath, [fileURLToPath(BUILDER)], { stdio: 'ignore' });
  if (!existsSync(GENERATED)) throw new Error('data/generated/syllables.json is missing: run `node scripts/build-syllables.mjs`');
  const data = JSON.parse(readFileSync(GENERATED, 'utf8')) as { syllables: string[]; uses?: number[]; words2: string[]; joined?: string[] };
  const syllables = new Set(data.syllables);
  const cost = new Map(data.syllables.map((syl, i) => [syl, SYLLABLE_COST - COMMON_DISCOUNT * Math.log10(1 + (data.uses?.[i] ?? 1))]));
  let maxSyllable = 0;
  for (const s of syllables) maxSyllable = Math.max(maxSyllable, s.length);
  return {
    syllables,
    cost,
    words2: new Set(data.words2),
    joined: new Set(data.joined ?? []),
    remnants: new Set(dataList('entity-remnants.txt')),
    maxSyllable,
  };
}

function lex(): Lexicon {
  lexicon ??= load();
  return lexicon;
}

/** Is this (any case) a Vietnamese syllable? */
export function isSyllable(token: string): boolean {
  const s = lex().syllables;
  return s.has(token) || s.has(token.toLowerCase());
}

export function isWord2(a: string, b: string): boolean {
  return lex().words2.has(`${a.toLowerCase()} ${b.toLowerCase()}`);
}

let foldedWords2: Set<string> | null = null;

/** Is "a b" a two-syllable word in some spelling? Both folded as foldKeepLength folds (no case, no diacritics). */
export function isFoldedWord2(a: string, b: string): boolean {
  foldedWords2 ??= new Set([...lex().words2].map(foldKeepLength));
  return foldedWords2.has(`${a} ${b}`);
}

export function isEntityRemnant(token: string): boolean {
  return lex().remnants.has(token.toLowerCase());
}

/** One piece of a split token: a syllable kept, or an entity-name remnant to drop. */
export interface Piece {
  text: string;
  remnant: boolean;
}

const VIET_MARKED = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
const UPPER = /\p{Lu}/u;
const VOWEL_START = /^[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/;

// Costs of the lattice: a syllable costs 1, a known two-syllable word earns a bonus, a one-letter syllable and a
// dropped entity remnant cost extra so they are used only when nothing else covers the token.
const SYLLABLE_COST = 1;
// Up to ~0.23 off for a syllable used in a few hundred dictionary entries.
const COMMON_DISCOUNT = 0.1;
const PAIR_BONUS = 0.7;
const SHORT_COST = 0.6;
const REMNANT_COST = 1.5;

interface State {
  cost: number;
  /** The last piece starts with a vowel and has no known word with the piece before: the next one must make one. */
  pending: boolean;
  prev: number;
  prevState: State | null;
  piece: Piece;
  pairs: number;
}

// Names and foreign words recur across articles ("ASEAN", "Campuchia"): remember the tokens no syllables cover.
const MEMO_LIMIT = 100_000;
const unsplittable = new Set<string>();
// Splits depend on the neighbouring words too, so they are remembered with them.
const splits = new Map<string, Piece[]>();

/**
 * Split a letters-only token that is not a syllable into syllables (dropping glued entity remnants such as "quot"),
 * or return null when it should stay as written: foreign names, acronyms, words no syllable sequence covers.
 * The words before and after it, when given, tip a close choice: "uy tínhàng đầu" is "tín hàng", not "tí nhàng".
 */
export function splitToken(token: string, before = '', after = ''): Piece[] | null {
  if (unsplittable.has(token)) return null;
  const b = before.toLowerCase();
  const a = after.toLowerCase();
  const key = `${b} ${token} ${a}`;
  const known = splits.get(key);
  if (known) return known;
  const pieces = lattice(token, b, a);
  if (!pieces) {
    if (unsplittable.size >= MEMO_LIMIT) unsplittable.clear();
    unsplittable.add(token);
  } else {
    if (splits.size >= MEMO_LIMIT) splits.clear();
    splits.set(key, pieces);
  }
  return pieces;
}

/** Does the token need the lattice at all? Cheap: syllables and remembered tokens answer from a set. */
export function needsSplit(token: string): boolean {
  if (token.length < 4) return false;
  const s = lex().syllables;
  if (s.has(token)) return false;
  if (unsplittable.has(token)) return lex().remnants.has(token);
  return !s.has(token.toLowerCase());
}

function lattice(token: string, before: string, after: string): Piece[] | null {
  const L = lex();
  const n = token.length;
  if (n < 4) return null;
  const lower = token.toLowerCase();
  if (lower.length !== n || L.syllables.has(lower) || L.joined.has(lower)) return null;
  // Acronyms and shouted words: two capitals in a row.
  if (/\p{Lu}\p{Lu}/u.test(token)) return null;
  const marked = VIET_MARKED.test(token);
  // A capital inside the token starts a new syllable.
  const forced = new Set<number>();
  for (let i = 1; i < n; i++) if (UPPER.test(token[i] as string)) forced.add(i);
  // best[i]: states ending at i keyed by the last piece, so the pair bonus can look one piece back.
  const best: Map<string, State>[] = Array.from({ length: n + 1 }, () => new Map());
  // The word before the token is where the first piece's pair bonus looks back to.
  best[0].set(L.syllables.has(before) ? before : '', {
    cost: 0,
    pending: false,
    prev: -1,
    prevState: null,
    piece: { text: '', remnant: false },
    pairs: 0,
  });
  for (let i = 0; i < n; i++) {
    if (!best[i].size) continue;
    const limit = Math.min(n, i + L.maxSyllable);
    for (let j = i + 1; j <= limit; j++) {
      // A piece may not run over a forced boundary.
      if (j > i + 1 && forced.has(j - 1)) break;
      const sub = lower.slice(i, j);
      const remnant = L.remnants.has(sub);
      if (!remnant && !L.syllables.has(sub)) continue;
      const piece: Piece = { text: token.slice(i, j), remnant };
      // A vowel-initial syllable glued after another is ambiguous ("Riệp" is not "Ri ệp"): only inside a known word,
      // with the piece before it or the one after it ("tiếp tục ủng hộ").
      const vowelStart = !remnant && i > 0 && !forced.has(i) && VOWEL_START.test(sub);
      for (const [stateKey, st] of best[i]) {
        const lastKey = stateKey.endsWith('*') ? stateKey.slice(0, -1) : stateKey;
        const paired = !remnant && lastKey !== '' && L.words2.has(`${lastKey} ${sub}`);
        if (st.pending && !paired) continue;
        let cost = st.cost + (remnant ? REMNANT_COST : (L.cost.get(sub) ?? SYLLABLE_COST)) + (sub.length === 1 ? SHORT_COST : 0);
        let pairs = st.pairs;
        if (paired) {
          cost -= PAIR_BONUS;
          // A pair with the word before the token tips the choice but does not vouch for the token.
          if (i > 0) pairs++;
        }
        const pending = vowelStart && !paired;
        const key = (remnant ? `#${sub}` : sub) + (pending ? '*' : '');
        const cur = best[j].get(key);
        if (!cur || cost < cur.cost) best[j].set(key, { cost, pending, prev: i, prevState: st, piece, pairs });
      }
    }
  }
  let end: State | null = null;
  let endCost = Number.POSITIVE_INFINITY;
  for (const [stateKey, st] of best[n]) {
    const lastKey = stateKey.endsWith('*') ? stateKey.slice(0, -1) : stateKey;
    const paired = after !== '' && L.words2.has(`${lastKey} ${after}`);
    if (st.pending && !paired) continue;
    const cost = st.cost - (paired ? PAIR_BONUS : 0);
    if (cost < endCost) [end, endCost] = [st, cost];
  }
  if (!end) return null;
  const pieces: Piece[] = [];
  for (let st: State | null = end; st && st.prev >= 0; st = st.prevState) pieces.unshift(st.piece);
  const syllables = pieces.filter((p) => !p.remnant);
  if (pieces.length < 2 || !syllables.length) return null;
  if (!marked && !clearlyVietnamese(pieces, syllables, end.pairs)) return null;
  return pieces;
}

// Without Vietnamese marks only a chain of known words ("thanhtra") or one syllable of three letters or more with a
// remnant at its edge ("xinquot") is clearly Vietnamese; "Putin", "ample" and "quota" stay as written.
function clearlyVietnamese(pieces: Piece[], syllables: Piece[], pairs: number): boolean {
  const remnants = pieces.length - syllables.length;
  if (!remnants) return syllables.length >= 2 && pairs === syllables.length - 1;
  return (
    syllables.length === 1 && (syllables[0] as Piece).text.length >= 3 && !(pieces[1] as Piece).remnant === (pieces[0] as Piece).remnant
  );
}
