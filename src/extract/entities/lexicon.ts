// Builds the matchers once from data/lexicon (countries, orgs, titles) and the country-name packages.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries/index.js';
import { foldTone } from '../../text/fold.ts';
import { phraseKeys } from './tokens.ts';
import { PhraseTrie } from './trie.ts';

const require = createRequire(import.meta.url);
const DATA = new URL('../../../data/lexicon/', import.meta.url);

export type LexKind = 'country' | 'org' | 'place' | 'nonName';

export interface Guard {
  notBefore?: string[];
  notAfter?: string[];
  sentenceInitial?: 'list-only';
  reason?: string;
}

export interface LexEntry {
  kind: LexKind;
  id: string;
  /** How the rule that matched it is named in provenance. */
  rule: string;
  /** A single-syllable or English name must be written with a capital. */
  needCap: boolean;
  guard?: FoldedGuard;
}

export interface FoldedGuard {
  notBefore: Set<string>;
  notAfter: Set<string>;
  sentenceInitial?: 'list-only';
}

export type TitleKind = 'office' | 'honorific' | 'scholar' | 'notTitle';

export interface Lexicon {
  entities: PhraseTrie<LexEntry>;
  titles: PhraseTrie<TitleKind>;
  /** Honorifics that are titles when capitalised only at a sentence start before a Vietnamese name ("Anh", "Chị"). */
  initialHonorifics: Set<string>;
  countryNames: Map<string, string>;
  orgNames: Map<string, string>;
  /** An institution's parent body ("EC" → "EU"): a mention of one is a mention of both. */
  orgParent: Map<string, string>;
  surnames: Set<string>;
  particles: Set<string>;
  suffixes: Set<string>;
  notName: Set<string>;
  /** First syllables of words that open sentences ("Phía", "Tại"). */
  sentenceStarters: Set<string>;
  orgHeads: Set<string>;
  placeHeads: Set<string>;
  stopWords: Set<string>;
  /** Verbs that may follow a foreign name written without a title, as folded syllables ("lên nhậm chức"). */
  bareNameVerbs: string[][];
  /** Words of companies, media and places: a run holding one is not a person ("Financial Times"). */
  notPersonWords: Set<string>;
  /** Words that open a photo or source credit. */
  credits: Set<string>;
  globalNotAfter: Set<string>;
  globalNotBefore: Set<string>;
}

interface OrgData {
  id: string;
  vi: string;
  en: string;
  aliases: string[];
  acronyms: string[];
  partOf?: string;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(new URL(path, DATA), 'utf8')) as T;
}

const fold = (s: string) => foldTone(s.normalize('NFC'));
const foldSet = (xs: string[] | undefined) => new Set((xs ?? []).map(fold));

/** "Myanmar (Miến Điện)" → both names; names with commas ("Korea, Republic of") are not how text writes them. */
function splitName(name: string): string[] {
  if (name.includes(',')) return [];
  const m = /^(.*?)\s*\((.*)\)\s*$/.exec(name);
  return (m ? [m[1], m[2]] : [name]).map((s) => s.trim()).filter(Boolean);
}

function isVietnameseScript(s: string): boolean {
  return /[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]/.test(s);
}

type Add = (text: string, entry: Omit<LexEntry, 'needCap'>, exact: boolean) => void;

/** One trie for countries, organisations, places and non-names; duplicates dropped. */
function entityTrie(): { trie: PhraseTrie<LexEntry>; add: Add } {
  const trie = new PhraseTrie<LexEntry>();
  const seen = new Set<string>();
  const add: Add = (text, entry, exact) => {
    const { keys, keyIds, texts, loose } = phraseKeys(text);
    if (!keys.length) return;
    const dedupe = `${entry.kind}|${entry.id}|${exact ? texts.join(' ') : keys.join(' ')}|${exact}`;
    if (seen.has(dedupe)) return;
    seen.add(dedupe);
    const english = !isVietnameseScript(text) && !loose && texts.every((t) => /^[A-Z]/.test(t));
    // Place names are proper nouns ("Hòa Bình" the province, not "hòa bình" peace) unless the lexicon writes them lower case.
    const needCap = !exact && (entry.kind === 'place' ? /^\p{Lu}/u.test(text) : keys.length === 1 || english);
    trie.add({ keyIds, texts, loose, exact, value: { ...entry, needCap } });
  };
  return { trie, add };
}

/** Countries: the packages' Vietnamese and English names first, then our aliases, acronyms and guards. */
function addCountries(add: Add, guards: { names: Record<string, Guard> }): Map<string, string> {
  const guardByKey = new Map<string, FoldedGuard>();
  for (const [name, g] of Object.entries(guards.names)) {
    guardByKey.set(phraseKeys(name).keys.join(' '), {
      notBefore: foldSet(g.notBefore),
      notAfter: foldSet(g.notAfter),
      sentenceInitial: g.sentenceInitial,
    });
  }
  const addCountry = (name: string, id: string, rule: string, exact = false) => {
    for (const n of splitName(name)) {
      const guard = exact ? undefined : guardByKey.get(phraseKeys(n).keys.join(' '));
      add(n, { kind: 'country', id, rule, guard }, exact);
    }
  };
  countries.registerLocale(require('i18n-iso-countries/langs/vi.json'));
  countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const displayNames = new Map<string, string>();
  const viNames = new Intl.DisplayNames('vi', { type: 'region' });
  const enNames = new Intl.DisplayNames('en', { type: 'region' });
  for (const id of Object.keys(countries.getAlpha2Codes())) {
    const vi = viNames.of(id);
    if (vi && vi !== id) {
      addCountry(vi, id, 'country:intl-vi');
      displayNames.set(id, splitName(vi)[0] ?? vi);
    }
    const en = enNames.of(id);
    if (en && en !== id) addCountry(en, id, 'country:intl-en');
    for (const n of countries.getName(id, 'vi', { select: 'all' }) ?? []) addCountry(n, id, 'country:iso-vi');
    for (const n of countries.getName(id, 'en', { select: 'all' }) ?? []) addCountry(n, id, 'country:iso-en');
  }
  const aliases = readJson<{ names: Record<string, string[]>; acronyms: Record<string, string[]> }>('countries/aliases.json');
  for (const [id, names] of Object.entries(aliases.names)) for (const n of names) addCountry(n, id, 'country:alias');
  for (const [id, names] of Object.entries(aliases.acronyms)) for (const n of names) addCountry(n, id, 'country:acronym', true);
  for (const p of readJson<{ places: string[] }>('countries/places.json').places) add(p, { kind: 'place', id: p, rule: 'place' }, false);
  return displayNames;
}

/** Organisations: every file under orgs/. Names ignore case; acronyms are exact. */
function addOrgs(add: Add, parents: Map<string, string>): Map<string, string> {
  const displayNames = new Map<string, string>();
  const files = readdirSync(new URL('orgs/', DATA)).filter((f) => f.endsWith('.json'));
  for (const file of files.sort()) {
    for (const o of readJson<{ orgs: OrgData[] }>(`orgs/${file}`).orgs) {
      displayNames.set(o.id, o.vi);
      if (o.partOf) parents.set(o.id, o.partOf);
      const acr = new Set(o.acronyms);
      for (const n of [o.vi, ...o.aliases, o.en]) if (n && !acr.has(n)) add(n, { kind: 'org', id: o.id, rule: 'org:name' }, false);
      for (const a of o.acronyms) add(a, { kind: 'org', id: o.id, rule: 'org:acronym' }, true);
    }
  }
  return displayNames;
}

function titleTrie(): PhraseTrie<TitleKind> {
  const data = readJson<Record<'office' | 'honorific' | 'scholar' | 'notTitles' | 'caseSensitive', string[]>>('titles/titles.json');
  const titles = new PhraseTrie<TitleKind>();
  const exact = new Set(data.caseSensitive);
  const addTitle = (t: string, kind: TitleKind) => {
    const { keyIds, texts, loose } = phraseKeys(t);
    titles.add({ keyIds, texts, loose, exact: exact.has(t), value: kind });
  };
  for (const t of data.office) addTitle(t, 'office');
  for (const t of data.honorific) addTitle(t, 'honorific');
  for (const t of data.scholar) addTitle(t, 'scholar');
  for (const t of data.notTitles) addTitle(t, 'notTitle');
  return titles;
}

interface NameData {
  surnames: string[];
  particles: string[];
  suffixes: string[];
  notName: string[];
  sentenceStarters: string[];
  orgHeads: string[];
  placeHeads: string[];
  stopWords: string[];
  nonNames: string[];
  credits: string[];
  bareNameVerbs?: string[];
  notPersonWords?: string[];
}

let cached: Lexicon | null = null;

/** The matchers, built on first use and shared: about 100 ms once per process. */
export function lexicon(): Lexicon {
  if (cached) return cached;
  const { trie, add } = entityTrie();
  const guards = readJson<{ all: Guard; names: Record<string, Guard> }>('countries/guards.json');
  const countryNames = addCountries(add, guards);
  const orgParent = new Map<string, string>();
  const orgNames = addOrgs(add, orgParent);
  const names = readJson<NameData>('titles/names.json');
  for (const n of names.nonNames) add(n, { kind: 'nonName', id: n, rule: 'person:not-a-name' }, false);
  cached = {
    entities: trie,
    titles: titleTrie(),
    initialHonorifics: new Set(readJson<{ initialHonorifics?: string[] }>('titles/titles.json').initialHonorifics ?? []),
    countryNames,
    orgNames,
    orgParent,
    surnames: foldSet(names.surnames),
    particles: new Set(names.particles),
    suffixes: new Set(names.suffixes),
    notName: foldSet(names.notName),
    sentenceStarters: foldSet(names.sentenceStarters.map((w) => w.split(' ')[0])),
    orgHeads: foldSet(names.orgHeads),
    placeHeads: foldSet(names.placeHeads),
    stopWords: foldSet(names.stopWords),
    bareNameVerbs: (names.bareNameVerbs ?? []).map((v) => phraseKeys(v).keys).sort((a, b) => b.length - a.length),
    notPersonWords: new Set(names.notPersonWords ?? []),
    credits: foldSet(names.credits.map((c) => c.split(' ').pop() ?? c)),
    globalNotAfter: foldSet(guards.all.notAfter),
    globalNotBefore: foldSet(guards.all.notBefore),
  };
  return cached;
}
