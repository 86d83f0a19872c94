// Event triggers and context words, loaded once from data/events/ and compiled into regexes looked up by first word.
import { readFileSync } from 'node:fs';
import { foldTone } from '../../text/fold.ts';
import type { EventType } from '../../types.ts';
import { GuardedRegex } from '../shared/guarded.ts';
import { WordTable } from '../shared/word-table.ts';
import { firstWords } from './heads.ts';

export const EVENT_TYPES: readonly EventType[] = [
  'phone_call',
  'visit',
  'talks',
  'agreement_signed',
  'relation_upgrade',
  'conference',
  'elected',
];

export interface Trigger {
  type: EventType;
  /** `<type>/<name>`: travels into event.rule. */
  rule: string;
  pattern: string;
}

export interface TriggerHit {
  type: EventType;
  rule: string;
  start: number;
  end: number;
}

export interface Blocker {
  type: EventType | '*';
  side: 'before' | 'after';
  re: RegExp;
}

const DATA = new URL('../../../data/events/', import.meta.url);

/** Lines of a data file without comments and blanks; a missing or empty list is an error, not a silent no-match. */
export function readList(file: string): string[] {
  const lines = readFileSync(new URL(file, DATA), 'utf8')
    .split('\n')
    .map((l) => l.replace(/(^|\s)#.*$/, '').trim())
    .filter(Boolean);
  if (!lines.length) throw new Error(`data/events/${file}: empty list`);
  return lines;
}

// Patterns are matched against foldTone(text), so they are folded the same way; escapes such as \p{Lu} are kept.
export function foldPattern(pattern: string): string {
  return pattern.replace(
    /(\\p\{[^}]*\}|\\.)|([^\\]+)/gu,
    (_, esc: string | undefined, plain: string | undefined) => esc ?? foldTone(plain ?? ''),
  );
}

function captureGroups(pattern: string): number {
  return (new RegExp(`${pattern}|`, 'u').exec('') ?? []).length - 1;
}

// Named word lists a trigger pattern may include as {name}: data/events/<name>s.txt.
const SLOTS: Record<string, string> = {
  counterpart: readList('counterparts.txt')
    .map(foldPattern)
    .sort((a, b) => b.length - a.length)
    .join('|'),
};

function fillSlots(pattern: string, file: string): string {
  return pattern.replace(/\{([a-z]+)\}/gu, (_, name: string) => {
    const list = SLOTS[name];
    if (!list) throw new Error(`data/events/${file}: unknown list {${name}}`);
    return list;
  });
}

function loadTriggers(): Trigger[] {
  const out: Trigger[] = [];
  for (const type of EVENT_TYPES) {
    for (const line of readList(`${type}.txt`)) {
      const bar = line.indexOf(' | ');
      const name = bar < 0 ? line : line.slice(0, bar).trim();
      const pattern = fillSlots(foldPattern(bar < 0 ? line : line.slice(bar + 3).trim()), `${type}.txt`);
      if (captureGroups(pattern) !== 0) throw new Error(`data/events/${type}.txt: capture group in «${pattern}»`);
      out.push({ type, rule: `${type}/${name}`, pattern });
    }
  }
  return out;
}

function loadBlockers(): Blocker[] {
  return readList('blockers.txt').map((line) => {
    const [type, side, ...rest] = line.split(' | ');
    const pattern = foldPattern(rest.join(' | '));
    if (!type || (side !== 'before' && side !== 'after') || !pattern) throw new Error(`data/events/blockers.txt: bad line «${line}»`);
    return { type: type as EventType | '*', side, re: new RegExp(pattern, 'u') };
  });
}

export const TRIGGERS: readonly Trigger[] = loadTriggers();
export const BLOCKERS: readonly Blocker[] = loadBlockers();

// Longer patterns first so "hội đàm trực tuyến" wins over "hội đàm" at the same position.
const ORDER = TRIGGERS.map((_, i) => i).sort((a, b) => (TRIGGERS[b]?.pattern.length ?? 0) - (TRIGGERS[a]?.pattern.length ?? 0));

/** The triggers that can open with one word, in ORDER, joined into one regex anchored at that word. */
interface HeadGroup {
  re: RegExp;
  triggers: Trigger[];
}

// One regex of all triggers tried at every position of the text is slow (its lookaheads run everywhere); each
// word of the text that can open a trigger is instead looked up here, and only its triggers are tried there.
function groupByHead(): Map<string, HeadGroup> {
  const lists = new Map<string, Trigger[]>();
  for (const i of ORDER) {
    const t = TRIGGERS[i] as Trigger;
    const heads = firstWords(t.pattern);
    if (!heads) throw new Error(`data/events/${t.type}.txt: «${t.rule}» must open with a word (no class or wildcard first)`);
    for (const h of heads) lists.set(h, [...(lists.get(h) ?? []), t]);
  }
  const out = new Map<string, HeadGroup>();
  for (const [head, triggers] of lists) {
    const re = new RegExp(`(?:${triggers.map((t) => `(${t.pattern})`).join('|')})(?![\\p{L}\\p{N}])`, 'uy');
    out.set(head, { re, triggers });
  }
  return out;
}

const BY_HEAD = new WordTable(groupByHead());

/** All trigger matches in folded text, left to right, without overlaps: at each word start, the longest pattern
 * that matches there (as one alternation of all patterns, tried at word starts only, would find). */
export function scanTriggers(folded: string): TriggerHit[] {
  const hits: TriggerHit[] = [];
  BY_HEAD.scan(folded, (start, _end, group) => {
    group.re.lastIndex = start;
    const m = group.re.exec(folded);
    if (!m) return undefined;
    let g = 1;
    while (g < m.length && m[g] === undefined) g++;
    const t = group.triggers[g - 1] as Trigger;
    hits.push({ type: t.type, rule: t.rule, start, end: start + m[0].length });
    // A match ends at a word edge: go on after it.
    return start + m[0].length;
  });
  return hits;
}

function phrases(file: string): string {
  return readList(file)
    .map(foldPattern)
    .sort((a, b) => b.length - a.length)
    .join('|');
}

function phraseRegex(file: string): GuardedRegex {
  return new GuardedRegex(new RegExp(`(?<![\\p{L}])(?:${phrases(file)})(?![\\p{L}])`, 'u'));
}

/** Titles of Vietnamese office. */
export const VN_TITLE_RE = phraseRegex('vn-titles.txt');
/** A Vietnamese title right before a name: "Phó Thủ tướng Thường trực Chính phủ ⟨name⟩". */
export const VN_TITLE_BEFORE_NAME_RE = new GuardedRegex(
  new RegExp(`(?<![\\p{L}])(?:${phrases('vn-titles.txt')})(?:[\\s,]+[\\p{L}]+){0,3}\\s*$`, 'u'),
);
/** Words pointing at the partner country without naming it. */
export const BILATERAL_RE = phraseRegex('bilateral.txt');

/** Family names that mark a Vietnamese person when nothing else does. */
export const VN_SURNAMES: ReadonlySet<string> = new Set(readList('vn-surnames.txt').map((w) => foldTone(w)));

/** Provinces and cities abroad with their country (data/events/foreign-places.txt), longest names first. */
export const FOREIGN_PLACES: ReadonlyMap<string, string> = new Map(
  readList('foreign-places.txt')
    .map((line) => {
      const [place, id] = line.split(' | ').map((x) => x.trim());
      if (!place || !id || !/^[A-Z]{2}$/.test(id)) throw new Error(`data/events/foreign-places.txt: bad line «${line}»`);
      return [place.normalize('NFC'), id] as [string, string];
    })
    .sort((a, b) => b[0].length - a[0].length),
);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** One regex over the text as written: "Vân Nam", not "vân nam". */
export const FOREIGN_PLACE_RE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${[...FOREIGN_PLACES.keys()].map(escapeRe).join('|')})(?![\\p{L}\\p{M}])`,
  'gu',
);
/** FOREIGN_PLACE_RE with its word-start check done in code (see GuardedRegex). */
export const FOREIGN_PLACE = new GuardedRegex(FOREIGN_PLACE_RE);
