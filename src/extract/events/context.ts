// What an event rule can see of the document: folded text, clauses, party mentions, people's countries, dates.

import { foldTone } from '../../text/fold.ts';
import { boundedMemo } from '../../text/memo.ts';
import { sentenceSpans } from '../../text/sentences.ts';
import type { Entity, Period } from '../../types.ts';
import { lexicon } from '../entities/lexicon.ts';
import type { TimeExpr } from '../time/index.ts';
import { FOREIGN_PLACE, FOREIGN_PLACES, VN_SURNAMES, VN_TITLE_BEFORE_NAME_RE, VN_TITLE_RE } from './rules.ts';

/** A country or organisation named in the text. */
export interface PartyMention {
  start: number;
  end: number;
  id: string;
  kind: 'country' | 'org';
}

export interface PersonMention {
  start: number;
  end: number;
  id: string;
  /** The person's country when the text ties one to the name; null when unknown. */
  country: string | null;
}

export interface Clause {
  start: number;
  end: number;
  sentence: { start: number; end: number };
}

export interface DocContext {
  text: string;
  folded: string;
  clauses: Clause[];
  parties: PartyMention[];
  people: PersonMention[];
  dates: { start: number; end: number; period: Period }[];
  /** The foreign country the article is mostly about, if one stands out. */
  focus: string | null;
}

export const VN = 'VN';

function byStart<T extends { start: number }>(a: T, b: T): number {
  return a.start - b.start;
}

// A clause is a sentence piece between semicolons: lists of separate meetings are often joined by ";".
function clausesOf(text: string): Clause[] {
  const semis: number[] = [];
  for (let i = text.indexOf(';'); i >= 0; i = text.indexOf(';', i + 1)) semis.push(i);
  const out: Clause[] = [];
  let k = 0;
  for (const s of joinInitials(text, sentenceSpans(text))) {
    let start = s.start;
    while (k < semis.length && (semis[k] as number) < s.start) k++;
    for (; k < semis.length && (semis[k] as number) < s.end; k++) {
      const i = semis[k] as number;
      if (i > start) out.push({ start, end: i, sentence: s });
      start = i + 1;
    }
    if (s.end > start) out.push({ start, end: s.end, sentence: s });
  }
  return out;
}

const INITIAL_RE = /(?:^|\s)[\p{Lu}]\.$/u;

// "Tổng thống A. Lukashenko" is one sentence, not two.
function joinInitials(text: string, spans: { start: number; end: number }[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && INITIAL_RE.test(text.slice(Math.max(last.start, last.end - 3), last.end)) && !text.slice(last.end, s.start).includes('\n'))
      last.end = s.end;
    else out.push({ ...s });
  }
  return out;
}

// Titles and names come back from mention to mention and from article to article: their folds are remembered.
const foldName = boundedMemo(foldTone, 5000);

const GAP_RE = /^[\s()"“”'’,-]{0,4}$/u;
const APPOSITION_RE = /^,\s+[\p{Lu}]/u;

// A person's country and how sure we are (3 strongest): a country named right before the name ("Tổng thống Nga
// Vladimir Putin"), a Vietnamese title, the apposition after the name ("Trương Hựu Hiệp, Phó Chủ tịch Quân ủy
// Trung ương Trung Quốc").
function personCountry(
  text: string,
  folded: string,
  p: { start: number; end: number },
  countries: PartyMention[],
  people: { start: number; end: number }[],
  title?: string | null,
): [string, number] | null {
  const before = countries.filter(
    (m) => (m.end <= p.start && m.end >= p.start - 6 && GAP_RE.test(text.slice(m.end, p.start))) || (m.start >= p.start && m.end < p.end),
  );
  const adjacent = before[before.length - 1];
  if (adjacent) return [adjacent.id, 3];
  const lead = folded.slice(Math.max(0, p.start - 60), p.start);
  if (VN_TITLE_BEFORE_NAME_RE.test(lead) || VN_TITLE_RE.test(`${folded.slice(p.start, p.end)} ${title ? foldName(title) : ''}`))
    return [VN, 2];
  const after = text.slice(p.end, p.end + 120);
  if (APPOSITION_RE.test(after)) {
    const stop = after.slice(1).search(/[,;.]/u);
    const limit = p.end + 1 + (stop < 0 ? after.length - 1 : stop);
    // An apposition that names another person describes that person ("A, Chủ tịch nước B nhấn mạnh ...").
    const inApp = countries.find((m) => m.start > p.end && m.end <= limit);
    if (inApp && !people.some((o) => o.start > p.end && o.start < inApp.start)) return [inApp.id, 1];
  }
  return null;
}

// A Vietnamese body ("VN-MOFA") stands for Vietnam; a party or body named after a country ("Đảng Cộng sản Liên
// bang Nga", "Đảng Hành động Nhân dân Singapore") stands for that country, which is named inside it.
// An institution named with its parent body ("Ủy ban châu Âu": EC and EU) takes part as the parent.
function ownParties(parties: PartyMention[]): PartyMention[] {
  const countries = parties.filter((m) => m.kind === 'country');
  const parents = lexicon().orgParent;
  const out: PartyMention[] = [];
  for (const m of parties) {
    if (m.kind !== 'org') {
      out.push(m);
      continue;
    }
    const parent = parents.get(m.id);
    if (parent && sameSpan(parties, m, parent)) continue;
    if (m.id.startsWith(`${VN}-`)) out.push({ ...m, id: VN, kind: 'country' });
    else if (within(countries, m.start, m.end).length === 0) out.push(m);
  }
  return out;
}

/** Some mention of `id` has exactly m's span (mentions are sorted by start). */
function sameSpan(parties: PartyMention[], m: PartyMention, id: string): boolean {
  return within(parties, m.start, m.end).some((p) => p.start === m.start && p.end === m.end && p.id === id);
}

function countrySurfaces(folded: string, parties: PartyMention[]): [string, string][] {
  const seen = new Map<string, string>();
  for (const m of parties) if (m.kind === 'country') seen.set(folded.slice(m.start, m.end), m.id);
  return [...seen.entries()].sort((a, b) => b[0].length - a[0].length);
}

// "Tổng thống Liên bang Nga" as the person's title: the country named in it.
function titleCountry(title: string | null | undefined, surfaces: [string, string][]): [string, number] | null {
  if (!title) return null;
  const t = ` ${foldName(title)} `;
  for (const [surface, id] of surfaces) if (t.includes(` ${surface} `)) return [id, 3];
  return null;
}

function surnameGuess(name: string): string | null {
  const words = foldName(name).split(/\s+/u);
  return words.length >= 2 && VN_SURNAMES.has(words[0] ?? '') ? VN : null;
}

function mainForeignCountry(parties: PartyMention[]): string | null {
  const counts = new Map<string, number>();
  for (const m of parties) if (m.kind === 'country' && m.id !== VN) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || (first[1] < 2 && ranked.length > 1)) return null;
  if (second && second[1] * 3 > first[1] * 2) return null;
  return first[0];
}

// The word before a place that may be capitalised without making it part of a person's name: "Thành phố Thượng Hải".
const PLACE_HEAD_RE = /(?:^|[\s(])(?:[Tt]ỉnh|[Pp]hố|[Tt]hủ đô|[Kk]hu tự trị|[Đđ]ặc khu|[Tt]hành phố|TP\.?)\s$/u;
const CAP_WORD_BEFORE_RE = /(?:^|[^.!?:;\n]\s)\p{Lu}[\p{L}\p{M}]*\s$/u;

// "đến Vân Nam", "tại Thượng Hải": a province or city abroad stands for its country; not where another mention
// already is, nor after a capitalised word ("Trần Hải Nam" is a person), unless that word is "Tỉnh", "Thành phố".
function foreignPlaces(text: string, taken: { start: number; end: number }[]): PartyMention[] {
  const out: PartyMention[] = [];
  for (let m = FOREIGN_PLACE.execFrom(text, 0); m; m = FOREIGN_PLACE.execFrom(text, m.index + m[0].length)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    const lead = text.slice(Math.max(0, start - 30), start);
    if (CAP_WORD_BEFORE_RE.test(lead) && !PLACE_HEAD_RE.test(lead)) continue;
    const id = FOREIGN_PLACES.get(m[0]);
    if (id) out.push({ start, end, id, kind: 'country' });
  }
  return out;
}

/** The text the event rules read: folded with the same offsets as the text. */
export function foldedForEvents(text: string): string {
  const f = foldTone(text);
  return f.length === text.length ? f : text.toLowerCase();
}

export function buildContext(text: string, entities: Entity[], times: TimeExpr[]): DocContext {
  const folded = foldedForEvents(text);
  const parties: PartyMention[] = [];
  const rawPeople: { start: number; end: number; id: string; title?: string | null }[] = [];
  for (const e of entities) {
    for (const m of e.mentions) {
      if (!(m.end > m.start)) continue;
      if (e.type === 'person') rawPeople.push({ start: m.start, end: m.end, id: e.id, title: e.title });
      else parties.push({ start: m.start, end: m.end, id: e.id, kind: e.type });
    }
  }
  parties.push(...foreignPlaces(text, [...parties, ...rawPeople]));
  parties.sort(byStart);
  rawPeople.sort(byStart);
  const named = ownParties(parties);
  // One country per person for the whole article: the strongest tie anywhere in it.
  const known = new Map<string, [string, number]>();
  const surfaces = countrySurfaces(folded, parties);
  const countries = parties.filter((m) => m.kind === 'country');
  for (const e of entities) {
    const c = e.type === 'person' ? titleCountry(e.title, surfaces) : null;
    if (c) known.set(e.id, c);
  }
  for (const p of rawPeople) {
    if (known.get(p.id)?.[1] === 3) continue;
    const c = personCountry(text, folded, p, countries, rawPeople, p.title);
    if (c && c[1] > (known.get(p.id)?.[1] ?? 0)) known.set(p.id, c);
  }
  const people = rawPeople.map((p) => ({ start: p.start, end: p.end, id: p.id, country: known.get(p.id)?.[0] ?? surnameGuess(p.id) }));
  const dates = times
    .filter((t) => (t.kind === 'date' || t.kind === 'period') && t.period)
    .map((t) => ({ start: t.start, end: t.end, period: t.period as Period }))
    .sort(byStart);
  return { text, folded, clauses: clausesOf(text), parties: named, people, dates, focus: mainForeignCountry(named) };
}

/** The clause holding a position (binary search over sorted clauses). */
export function clauseAt(ctx: DocContext, pos: number): Clause | null {
  let lo = 0;
  let hi = ctx.clauses.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = ctx.clauses[mid] as Clause;
    if (pos < c.start) hi = mid - 1;
    else if (pos >= c.end) lo = mid + 1;
    else return c;
  }
  return null;
}

/** Items whose span lies inside [start, end). Items are sorted by start. */
export function within<T extends { start: number; end: number }>(items: T[], start: number, end: number): T[] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as T).start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < items.length && (items[i] as T).start < end; i++) if ((items[i] as T).end <= end) out.push(items[i] as T);
  return out;
}
