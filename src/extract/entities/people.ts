// People: names written after a title of office or an honorific, or before ", <title>"; short mentions merged.
import type { Lexicon } from './lexicon.ts';
import type { Span, TitleHit } from './match.ts';
import type { Token } from './tokens.ts';

export interface PersonHit extends Span {
  /** The name ends with an abbreviation whose dot belongs to it ("Jr."). */
  dot?: boolean;
  /** Title and whatever stands between it and the name ("Tổng thống Nga"), or null. */
  title: string | null;
  rule: string;
}

/** Stretch of words a title may carry before its name: "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn". */
const MAX_COMPLEMENT = 20;
/** Vietnamese names: surname and up to three more syllables. */
const MAX_VIET_NAME = 4;

interface Ctx {
  text: string;
  tokens: Token[];
  lex: Lexicon;
  /** Tokens inside a country, organisation, place or non-name. */
  occupied: Uint8Array;
  titleAt: Map<number, TitleHit>;
}

/** `occupied` marks tokens inside a country, organisation, place, non-name or credit. */
export function findPeople(text: string, tokens: Token[], lex: Lexicon, titles: TitleHit[], occupied: Uint8Array): PersonHit[] {
  const titleAt = new Map(titles.map((t) => [t.from, t]));
  const ctx: Ctx = { text, tokens, lex, occupied, titleAt };
  const hits: PersonHit[] = [];
  const taken = new Set<number>();
  const push = (h: PersonHit) => {
    if (taken.has(h.from)) return;
    taken.add(h.from);
    hits.push(h);
  };
  for (const t of titles) {
    const h = afterTitle(ctx, t) ?? appositionAfterTitle(ctx, t);
    if (h) push(h);
  }
  for (const t of titles) {
    const h = beforeTitle(ctx, t);
    if (h) push(h);
    for (const l of listAfterTitle(ctx, t)) push(l);
  }
  for (const h of bareNames(ctx, taken)) push(h);
  return hits.sort((a, b) => a.from - b.from);
}

/**
 * "khi Donald Trump lên nhậm chức", "Antony Blinken cho biết": a foreign name with no title, read only when it is two
 * or three Latin words that do not look Vietnamese, stands alone (no capitalised word joined before or after) and is
 * followed by a verb of speech or office. Company, media and place words keep a run from being a person.
 */
function bareNames(ctx: Ctx, taken: Set<number>): PersonHit[] {
  const { tokens, lex } = ctx;
  const out: PersonHit[] = [];
  if (!lex.bareNameVerbs.length) return out;
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j];
    if (!t.cap || t.upper || taken.has(j) || t.viet) continue;
    const prev = tokens[j - 1];
    if (prev && t.gap === 'space' && (prev.cap || ctx.occupied[j - 1] || ctx.titleAt.has(j - 1))) continue;
    const run = foreignAt(ctx, j);
    if (!run || run.from !== j) continue;
    const n = words(ctx, run);
    const next = tokens[run.to];
    j = run.to - 1;
    if (n < 2 || n > 3 || run.hyphenated || !next || next.gap !== 'space' || next.cap) continue;
    let ok = true;
    for (let k = run.from; k < run.to && ok; k++) {
      const w = tokens[k];
      ok = !lex.notPersonWords.has(w.text) && !lex.particles.has(w.text) && w.text.length > 1;
    }
    if (!ok || tokens[run.to - 1].viet || !verbAt(ctx, run.to)) continue;
    out.push({ from: run.from, to: run.to, dot: run.dot, title: null, rule: 'person:name+verb' });
  }
  return out;
}

function verbAt(ctx: Ctx, k: number): boolean {
  return ctx.lex.bareNameVerbs.some((v) =>
    v.every((key, i) => ctx.tokens[k + i]?.key === key && (i === 0 || ctx.tokens[k + i].gap === 'space')),
  );
}

/** "Thủ tướng Nhật Bản Shinzo Abe", "ông Lưu Vân Sơn", "Bộ trưởng Bộ Công Thương Trần Tuấn Anh". */
function afterTitle(ctx: Ctx, title: TitleHit, from = title.to, list = false): PersonHit | null {
  const { tokens, lex } = ctx;
  const titleText = (nameFrom: number) => {
    const head = textOf(ctx, title.from, title.to - 1) ?? '';
    const complement = textOf(ctx, from, nameFrom - 1);
    return complement ? `${head} ${complement}` : head;
  };
  // Honorifics take the name at once; offices and scholars may carry a body or country first.
  const reach = title.kind === 'honorific' ? 0 : MAX_COMPLEMENT;
  let direct = true;
  // Only countries and organisations so far: "Tổng thống Mỹ Obama" takes a lone surname as well.
  let onlyEntities = true;
  // After "Tập đoàn",, "tỉnh", "thủ đô"...: the next capitalised words name an organisation or a place, not the person.
  let orgName = false;
  for (let j = from, steps = 0; j < tokens.length && steps <= reach; j++) {
    const t = tokens[j];
    // A country or organisation inside the title counts as one word.
    if (!ctx.occupied[j] || !ctx.occupied[j - 1]) steps++;
    if (j > from && !joinable(t) && !(reach && !direct && /^\s*,\s*$/.test(t.gapText))) return null;
    if (j === from && !list && !joinable(t)) return null;
    if (ctx.titleAt.has(j)) return null;
    if (ctx.occupied[j]) {
      orgName = false;
    } else {
      // After a country or body ("Chủ tịch Thượng viện Campuchia Hun Sen"), unmarked syllables may be a foreign name.
      const run = nameAt(ctx, j) ?? (!direct && onlyEntities && !orgName ? unmarkedNameAt(ctx, j) : null);
      if (run && orgName) {
        orgName = false;
        // "Tập đoàn Nikkei Tsuyoshi Haseb": drop the organisation's word; "Tập đoàn tư vấn Albright Stonebridge": all of it.
        if (run.from > j) {
          // The name already left the organisation's words out ("Tập đoàn Hanwha Kim Seung-youn").
        } else if (run.foreign && words(ctx, run) >= 3) run.from = lastWords(ctx, run, 2);
        else if (!run.foreign && run.to - run.from >= 4) run.from += 2;
        else {
          j = run.to - 1;
          direct = false;
          continue;
        }
      }
      if (run && (run.to - run.from > 1 || direct || run.hyphenated || (run.foreign && onlyEntities))) {
        const rule = direct ? `person:${title.kind}+name` : `person:${title.kind}+complement+name`;
        return { from: run.from, to: run.to, dot: run.dot, title: titleText(run.from), rule };
      }
      // "Bộ trưởng Sơn nói": a given name alone, kept only if it joins a full name written elsewhere.
      if (direct && !run && t.cap && !t.upper && t.viet && givenNameEnds(ctx, j)) {
        return { from: j, to: j + 1, title: titleText(j), rule: `person:${title.kind}+given-name` };
      }
      if (!reach) return null;
      if (!t.cap && lex.stopWords.has(t.key)) return null;
      if (t.num) return null;
      if (isOrgHead(ctx, j + 1)) orgName = true;
      else if (t.cap && !t.upper) orgName = false;
      onlyEntities = false;
    }
    direct = false;
  }
  return null;
}

/** Words a long title may carry before its apposition ("phụ trách các vấn đề ... , Name,"); other stop words end it. */
const TITLE_FILLERS = new Set(['các', 'những', 'về', 'với', 'trong', 'cho', 'theo', 'do']);
/** How far a title's own words may run before ", <name>,". */
const MAX_APPOSITION = 30;

/**
 * "Trợ lý Ngoại trưởng Mỹ phụ trách các vấn đề Đông Á và Thái Bình Dương, Michael Lindqvist, cho biết": a whole name
 * set off by commas right after a title of office of any length.
 */
function appositionAfterTitle(ctx: Ctx, title: TitleHit): PersonHit | null {
  const { tokens, lex } = ctx;
  if (title.kind !== 'office') return null;
  for (let j = title.to; j < tokens.length && j - title.to <= MAX_APPOSITION; j++) {
    const t = tokens[j];
    if (j > title.to && /^\s*,\s*$/.test(t.gapText)) {
      const run = nameAt(ctx, j);
      if (!run || run.from !== j || run.to - run.from < 2 || run.to >= tokens.length) return null;
      if (!/^\s*,\s*$/.test(tokens[run.to].gapText)) return null;
      const head = textOf(ctx, title.from, j - 1);
      return { from: run.from, to: run.to, dot: run.dot, title: head, rule: 'person:office+apposition' };
    }
    if (t.gap !== 'space' && t.gap !== 'hyphen' && t.gap !== 'dash') return null;
    if (ctx.titleAt.has(j) || t.num) return null;
    // A stop word ends the title unless it is the second syllable of a word ("vấn đề").
    const prev = tokens[j - 1];
    const inWord = j > title.to && t.gap === 'space' && !prev.cap && !lex.stopWords.has(prev.key);
    if (!t.cap && lex.stopWords.has(t.key) && !TITLE_FILLERS.has(t.key) && !inWord) return null;
  }
  return null;
}

/** "các Bộ trưởng: Ngoại giao Bùi Thanh Sơn; Công Thương Nguyễn Hồng Diên": one title, a list of bodies and names. */
function listAfterTitle(ctx: Ctx, title: TitleHit): PersonHit[] {
  const { tokens } = ctx;
  const found: PersonHit[] = [];
  if (title.kind !== 'office' || !/^\s*:\s*$/.test(tokens[title.to]?.gapText ?? '')) return found;
  for (let j = title.to; j < tokens.length && found.length < 20;) {
    const h = afterTitle(ctx, title, j, true);
    if (!h) break;
    found.push({ ...h, rule: 'person:office+list' });
    j = h.to;
    // Items part at a comma, a semicolon or "và".
    if (tokens[j]?.key === 'và' && tokens[j].gap === 'space') j++;
    else if (!/^\s*[,;]\s*$/.test(tokens[j]?.gapText ?? '')) break;
  }
  return found;
}

/** "Pany Yathotu, Chủ tịch Quốc hội": a whole name right before a comma and a title of office. */
function beforeTitle(ctx: Ctx, title: TitleHit): PersonHit | null {
  const { tokens } = ctx;
  if (title.kind !== 'office' || title.from < 1 || !/^\s*,\s*$/.test(tokens[title.from].gapText)) return null;
  for (let k = Math.max(0, title.from - 6); k < title.from; k++) {
    const run = nameAt(ctx, k);
    if (!run || run.to !== title.from || run.to - run.from < 2) continue;
    const before = k > 0 ? tokens[k - 1] : undefined;
    if (before && tokens[k].gap === 'space' && before.cap) continue;
    // A foreign-looking run must open a clause ("; Pany Yathotu, Chủ tịch Quốc hội"); "trên Washington Times, Thủ tướng" does not.
    if (run.foreign && before && !/[.!?;:\n]/.test(tokens[k].gapText)) continue;
    return { from: k, to: run.to, dot: run.dot, title: textOf(ctx, title.from, title.to - 1), rule: 'person:name+title' };
  }
  return null;
}

function joinable(t: Token): boolean {
  if (t.gap === 'space' || t.gap === 'hyphen' || t.gap === 'dash') return true;
  // Parentheses and "&" between title and name: "Thủ tướng Quốc vụ viện (TQ) Lý Khắc Cường", "P&G".
  return t.gap === 'punct' && /^[\s()&/]*$/.test(t.gapText);
}

/** The word after a lone given name ends it: punctuation or a verb ("Bộ trưởng Sơn nói"), not "Chính phủ". */
function givenNameEnds(ctx: Ctx, j: number): boolean {
  const next = ctx.tokens[j + 1];
  if (!next) return true;
  if (next.gap !== 'space') return next.gap !== 'hyphen';
  return !next.cap && ctx.lex.stopWords.has(next.key);
}

/** Words in a run; hyphen-joined syllables are one word ("Dong-bin"). */
function words(ctx: Ctx, run: Span): number {
  let n = 0;
  for (let k = run.from; k < run.to; k++) if (k === run.from || ctx.tokens[k].gap !== 'hyphen') n++;
  return n;
}

/** Start token of the last n words of a run. */
function lastWords(ctx: Ctx, run: Span, n: number): number {
  let k = run.to;
  for (let seen = 0; k > run.from && seen < n;) {
    k--;
    if (ctx.tokens[k].gap !== 'hyphen') seen++;
  }
  return k;
}

/** The word(s) before token j say the next capitalised words name an organisation or a place. */
function isOrgHead(ctx: Ctx, j: number): boolean {
  const { tokens, lex } = ctx;
  const one = tokens[j - 1]?.key;
  if (one === undefined) return false;
  const two = j >= 2 ? `${tokens[j - 2].key} ${one}` : '';
  return lex.orgHeads.has(one) || lex.orgHeads.has(two) || lex.placeHeads.has(one) || lex.placeHeads.has(two);
}

interface Run extends Span {
  foreign: boolean;
  dot?: boolean;
  hyphenated: boolean;
}

function canStart(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  return t.cap && !t.upper && !t.num && !ctx.occupied[k] && !ctx.titleAt.has(k) && !ctx.lex.notName.has(t.key);
}

/** A name starting at token j: Vietnamese-style (surname + syllables) or foreign (Latin words, transliterations). */
function nameAt(ctx: Ctx, j: number): Run | null {
  const { tokens, lex } = ctx;
  if (!canStart(ctx, j)) return null;
  const first = tokens[j];
  if (lex.surnames.has(first.key) && first.viet) {
    let k = j + 1;
    while (k < tokens.length && k - j < MAX_VIET_NAME) {
      const t = tokens[k];
      if (t.gap !== 'space' || !canStart(ctx, k) || !t.viet) break;
      if (tokens[k + 1]?.gap === 'hyphen') break;
      k++;
    }
    // "Lý Khắc Cường Chiều 12.5": a capitalised word before a number starts the next sentence.
    if (k - j > 2 && tokens[k]?.num && tokens[k].gap === 'space') k--;
    if (k - j >= 2) return { from: j, to: k, foreign: false, hyphenated: false };
  }
  return foreignAt(ctx, j);
}

// Plain Latin letters: no Vietnamese mark, so not a Vietnamese name written in full.
const UNMARKED = /^[A-Za-z]+$/;

/** Two or three capitalised syllables without marks, each of which could also be a Vietnamese word ("Hun Sen"). */
function unmarkedNameAt(ctx: Ctx, j: number): Run | null {
  let k = j;
  for (; k < ctx.tokens.length && k - j < 3; k++) {
    const t = ctx.tokens[k];
    if ((k > j && t.gap !== 'space') || !canStart(ctx, k) || !UNMARKED.test(t.text)) break;
  }
  return k - j >= 2 ? { from: j, to: k, foreign: true, hyphenated: false } : null;
}

function foreignAt(ctx: Ctx, j: number): Run | null {
  const { tokens, lex } = ctx;
  let k = j;
  let foreignLooking = false;
  let hyphenated = false;
  let lastGood = -1;
  while (k < tokens.length) {
    const t = tokens[k];
    if (k > j) {
      const prev = tokens[k - 1];
      const initial = prev.text.length === 1 && /^\p{Lu}$/u.test(prev.text) && /^\.\s*$/.test(t.gapText);
      if (t.gap === 'hyphen' || (t.gap === 'punct' && /^['’]$/.test(t.gapText) && t.cap)) {
        // Transliterations and compounds stay one word: "Xu-pha-nu-vông", "Jeong-kyu", "Walter-Steinmeier", "O'Brien".
        hyphenated = true;
        foreignLooking = true;
        lastGood = k;
        k++;
        continue;
      }
      if (t.gap !== 'space' && !initial) break;
    }
    const word = t.text;
    const isSuffix = k > j && lex.suffixes.has(word);
    const after = tokens[k + 1];
    const isParticle = k > j && lex.particles.has(word) && after?.gap === 'space' && (after.cap || lex.particles.has(after.text));
    const isInitial = word.length === 1 && /^\p{Lu}$/u.test(word) && /^\./.test(tokens[k + 1]?.gapText ?? '');
    if (isParticle) {
      k++;
      continue;
    }
    if (isSuffix || isInitial) {
      lastGood = k;
      k++;
      continue;
    }
    const hyphenNext =
      after !== undefined && (after.gap === 'hyphen' || (after.gap === 'punct' && /^['’]$/.test(after.gapText) && after.cap));
    if (!canStart(ctx, k)) break;
    if (!t.latin && !hyphenNext) break;
    const viet = t.viet;
    // "Bùi", "Châu": a Vietnamese syllable with marks is not part of a foreign name; "Kim", "Gan" may be.
    if (viet && !hyphenNext && /[^a-zA-Z]/.test(word)) break;
    if (word.length === 1 && !hyphenNext) break;
    if (!viet || hyphenNext) foreignLooking = true;
    lastGood = k;
    k++;
  }
  if (lastGood < j || !foreignLooking) return null;
  // "Samsung Electronics Park Seung-hee": a given name hyphenated in lower case ("Seung-hee", "Jae-in") ends an East
  // Asian name of a surname and that given name; capitalised words before it belong to something else.
  const last = tokens[lastGood];
  let from = j;
  if (last.gap === 'hyphen' && !last.cap && lastGood - j >= 2) {
    let start = lastGood;
    while (start > j && tokens[start].gap === 'hyphen') start--;
    if (start - 1 >= j && tokens[start].gap === 'space' && tokens[start - 1]?.gap === 'space' && start - 1 > j) from = start - 1;
  }
  const dot =
    lex.suffixes.has(tokens[lastGood].text) && /^[A-Z][a-z]$/.test(tokens[lastGood].text) && ctx.text[tokens[lastGood].end] === '.';
  return { from, to: lastGood + 1, foreign: true, hyphenated, dot };
}

function textOf(ctx: Ctx, from: number, toIncl: number): string | null {
  if (toIncl < from) return null;
  return ctx.text.slice(ctx.tokens[from].start, ctx.tokens[toIncl].end);
}
