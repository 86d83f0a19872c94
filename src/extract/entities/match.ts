// Countries, organisations and blocking phrases (places, non-names) in one pass over the tokens.
import type { LexEntry, Lexicon, TitleKind } from './lexicon.ts';
import { isVietScript } from './shape.ts';
import type { Token } from './tokens.ts';
import type { TrieMatch } from './trie.ts';

export interface Span {
  from: number;
  to: number;
}

export interface LexHit extends Span {
  entry: LexEntry;
  /** The rule that accepted it; 'guard:*' when a guard dropped it. */
  rule: string;
}

export interface TitleHit extends Span {
  kind: TitleKind;
}

/** Titles of office and honorifics, longest first, left to right; no overlaps. */
export function findTitles(tokens: Token[], lex: Lexicon): TitleHit[] {
  const hits: TitleHit[] = [];
  for (let i = 0; i < tokens.length;) {
    const m = lex.titles.longestAt(tokens, i);
    if (!m) {
      if (initialHonorific(tokens, i, lex)) hits.push({ from: i, to: i + 1, kind: 'honorific' });
      i++;
      continue;
    }
    if (m.phrase.value !== 'notTitle') hits.push({ from: m.from, to: m.to, kind: m.phrase.value });
    i = m.to;
  }
  return hits;
}

/** "Anh Nguyễn Trung Kiên, ...": a capitalised honorific opening a sentence, then a Vietnamese surname and a given name. */
function initialHonorific(tokens: Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i];
  const surname = tokens[i + 1];
  const given = tokens[i + 2];
  return (
    t.initial &&
    lex.initialHonorifics.has(t.text) &&
    surname?.gap === 'space' &&
    surname.cap &&
    !surname.upper &&
    lex.surnames.has(surname.key) &&
    surname.viet &&
    given?.gap === 'space' &&
    given.cap &&
    given.viet
  );
}

/** Photo and source credits: "Ảnh: Trọng Đức - TTXVN", "(Ảnh: VGP/Nhật Bắc)". Names there are not entities. */
export function findCredits(tokens: Token[], lex: Lexicon): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    // Most syllables are followed by a plain space, which holds no colon: the cheap test first.
    if (next.gap === 'space' || !lex.credits.has(t.key) || !/^\s*:\s*$/.test(next.gapText)) continue;
    let k = i + 1;
    while (k < tokens.length && k - i <= 8) {
      const u = tokens[k];
      if (k > i + 1 && !/^[ /\-–]*$/.test(u.gapText)) break;
      if (!u.cap && !u.num) break;
      k++;
    }
    if (k > i + 1) spans.push({ from: i + 1, to: k });
    i = k - 1;
  }
  return spans;
}

/**
 * Lexicon phrases, longest first. Countries, places and non-names consume their tokens; an organisation's
 * tokens stay open so "Hội đồng Bảo an Liên hợp quốc" yields UNSC and UN, "Đảng Cộng sản Việt Nam" VN.
 */
export function findLexicon(tokens: Token[], lex: Lexicon, titleEnds: Set<number>, credits: Span[]): LexHit[] {
  const raw: LexHit[] = [];
  let blockedUntil = 0;
  let c = 0;
  // One guard closure for the whole pass, not one per token.
  const accept = (m: TrieMatch<LexEntry>) => localGuard(tokens, m, lex) === null;
  for (let i = 0; i < tokens.length; i++) {
    while (c < credits.length && credits[c].to <= i) c++;
    if (c < credits.length && credits[c].from <= i) blockedUntil = Math.max(blockedUntil, credits[c].to);
    if (i < blockedUntil) continue;
    const m = lex.entities.longestAt(tokens, i, accept);
    if (!m) continue;
    raw.push({ from: m.from, to: m.to, entry: m.phrase.value, rule: m.phrase.value.rule });
    if (m.phrase.value.kind !== 'org') blockedUntil = m.to;
  }
  return contextGuard(tokens, raw, titleEnds, lex);
}

/** Guards that need only the neighbouring syllables. Returns the name of the guard that rejects, or null. */
function localGuard(tokens: Token[], m: TrieMatch<LexEntry>, lex: Lexicon): string | null {
  const e = m.phrase.value;
  const first = tokens[m.from];
  if (e.kind === 'place') {
    if (e.needCap && !first.cap) return 'guard:lower-case';
    // "Trương Hòa Bình" is a person, "tỉnh Hòa Bình" a place.
    const before = m.from > 0 && first.gap === 'space' ? tokens[m.from - 1] : undefined;
    if (first.cap && before?.cap && !before.upper && before.viet && (!before.initial || !lex.sentenceStarters.has(before.key))) {
      return 'guard:name-syllable';
    }
    return null;
  }
  if (e.kind !== 'country') return null;
  if (e.needCap && !first.cap) return 'guard:lower-case';
  if (m.phrase.exact) return null;
  const prev = m.from > 0 && first.gap === 'space' ? tokens[m.from - 1] : undefined;
  const next = m.to < tokens.length && tokens[m.to].gap === 'space' ? tokens[m.to] : undefined;
  if ((prev && lex.globalNotAfter.has(prev.key)) || (next && lex.globalNotBefore.has(next.key))) return 'guard:language';
  const g = e.guard;
  if (!g) return null;
  if (next && g.notBefore.has(next.key)) return 'guard:not-before';
  if (prev && g.notAfter.has(prev.key)) return 'guard:not-after';
  return null;
}

const LIST_JOINERS = new Set(['và', 'với', 'cùng', 'hoặc', 'hay']);

/** Guards that need the other hits: name syllables, sentence starts, lists of countries, foreign ministries. */
function contextGuard(tokens: Token[], hits: LexHit[], titleEnds: Set<number>, lex: Lexicon): LexHit[] {
  const hitEnds = new Set(hits.map((h) => h.to - 1));
  const hitStarts = new Set(hits.map((h) => h.from));
  const countryAt = new Map<number, LexHit>();
  const countryEndAt = new Map<number, LexHit>();
  for (const h of hits) {
    if (h.entry.kind !== 'country') continue;
    countryAt.set(h.from, h);
    countryEndAt.set(h.to - 1, h);
  }
  const separated = (t: Token) => /^\s*[,\-–—/]\s*$/.test(t.gapText);

  // Another country right before or after, joined by a comma, a dash or "và": "Mỹ, Anh và Pháp".
  const listed = (h: LexHit): boolean => {
    const after = tokens[h.to];
    if (after && countryAt.has(h.to) && separated(after)) return true;
    if (after && LIST_JOINERS.has(after.key) && after.gap === 'space' && countryAt.has(h.to + 1)) return true;
    if (h.from === 0) return false;
    const first = tokens[h.from];
    if (countryEndAt.has(h.from - 1) && separated(first)) return true;
    return LIST_JOINERS.has(tokens[h.from - 1].key) && first.gap === 'space' && countryEndAt.has(h.from - 2);
  };

  const countryGuard = (h: LexHit): string | null => {
    const first = tokens[h.from];
    if (first.upper && h.rule === 'country:acronym') return null;
    const prev = h.from > 0 && first.gap === 'space' ? tokens[h.from - 1] : undefined;
    const next = h.to < tokens.length && tokens[h.to].gap === 'space' ? tokens[h.to] : undefined;
    const afterTitle = titleEnds.has(h.from - 1);
    // "Nguyễn Minh Đức", "Trần Tuấn Anh": a capitalised syllable just before a one-word name makes it part of a name. Only a name in
    // the same script can hold it ("Samsung Việt Nam" keeps VN; "Michael Jordan" is not JO); "Phía Nga" is a country.
    if (h.to - h.from === 1 && prev?.cap && !prev.upper && !afterTitle && !hitEnds.has(h.from - 1)) {
      const latinName = !isVietScript(
        tokens
          .slice(h.from, h.to)
          .map((t) => t.text)
          .join(''),
      );
      const sameScript = prev.viet || (latinName && prev.latin);
      if (sameScript && (!prev.initial || !lex.sentenceStarters.has(prev.key))) return 'guard:name-syllable';
    }
    // "Đức Giang", "Mỹ Linh": a one-syllable name followed by a Vietnamese given name; but a full name may follow a
    // country at the end of a title ("Đại sứ Việt Nam tại Mỹ Hà Kim Ngọc").
    if (h.to - h.from === 1 && first.viet && next?.cap && !next.upper && next.viet) {
      const fullName = lex.surnames.has(next.key) && tokens[h.to + 1]?.cap === true && tokens[h.to + 1].gap === 'space';
      if (!afterTitle && !hitStarts.has(h.to) && !fullName) return 'guard:name-follows';
    }
    if (h.entry.guard?.sentenceInitial === 'list-only' && first.initial && !listed(h)) return 'guard:sentence-initial';
    return null;
  };

  const kept = hits.filter((h) => {
    if (h.entry.kind !== 'country') return true;
    const guard = countryGuard(h);
    if (guard) h.rule = guard;
    return !guard;
  });
  // "Bộ Ngoại giao Trung Quốc", "Quốc hội Lào": a national body named with another country is that country's.
  const foreignAt = new Set(kept.filter((h) => h.entry.kind === 'country' && h.entry.id !== 'VN').map((h) => h.from));
  // It still names a body, so it keeps blocking people.
  for (const h of kept) {
    if (h.entry.kind === 'org' && h.entry.id.startsWith('VN-') && foreignAt.has(h.to) && tokens[h.to].gap === 'space') {
      h.entry = { ...h.entry, kind: 'nonName' };
      h.rule = 'guard:foreign-body';
    }
  }
  return kept;
}
