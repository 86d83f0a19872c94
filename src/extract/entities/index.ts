// Entities: countries (ISO 3166-1 alpha-2), organisations (stable ids), people (fullest name written).
import type { Entity, Mention } from '../../types.ts';
import { lexicon } from './lexicon.ts';
import { findCredits, findLexicon, findTitles } from './match.ts';
import { findPeople, type PersonHit } from './people.ts';
import { isVietScript, isVietSyllable, plain } from './shape.ts';
import { countTokens, type Token, tokenize } from './tokens.ts';

export function extractEntities(text: string): Entity[] {
  const lex = lexicon();
  const tokens = tokenize(text);
  const titles = findTitles(tokens, lex);
  const titleEnds = new Set(titles.map((t) => t.to - 1));
  const credits = findCredits(tokens, lex);
  const hits = findLexicon(tokens, lex, titleEnds, credits);

  const byKey = new Map<string, Entity>();
  const mention = (from: number, to: number): Mention => {
    const start = tokens[from].start;
    const end = tokens[to - 1].end;
    return { start, end, text: text.slice(start, end) };
  };
  const add = (type: 'country' | 'org', id: string, rule: string, m: Mention) => {
    const key = `${type}|${id}`;
    let e = byKey.get(key);
    if (!e) {
      const name = (type === 'country' ? lex.countryNames.get(id) : lex.orgNames.get(id)) ?? id;
      e = { type, id, name, mentions: [], rule };
      byKey.set(key, e);
    }
    e.mentions.push(m);
  };
  for (const h of hits) {
    if (h.entry.kind !== 'country' && h.entry.kind !== 'org') continue;
    add(h.entry.kind, h.entry.id, h.rule, mention(h.from, h.to));
    // "Ủy ban châu Âu" is an EU institution: it names the EU as well.
    const parent = h.entry.kind === 'org' ? lex.orgParent.get(h.entry.id) : undefined;
    if (parent) add('org', parent, 'org:part-of', mention(h.from, h.to));
  }

  // Tokens inside a country, organisation, place, non-name or credit: no person starts there.
  const occupied = new Uint8Array(tokens.length);
  for (const b of hits) occupied.fill(1, b.from, b.to);
  for (const b of credits) occupied.fill(1, b.from, b.to);
  const people = mergePeople(text, tokens, findPeople(text, tokens, lex, titles, occupied), occupied);
  const all = [...byKey.values(), ...people];
  return all.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}

interface Person {
  keys: string[];
  entity: Entity;
  /** The title kept comes from a title of office. */
  office?: boolean;
}

/** One entity per person: short mentions ("ông Putin", "V.Putin") join the fullest name that contains them. */
function mergePeople(text: string, tokens: Token[], hits: PersonHit[], occupied: Uint8Array): Entity[] {
  // Without marks, so "Antonio Guterres" and "António Guterres" are one person.
  const parts = (h: PersonHit) => tokens.slice(h.from, h.to).map((t) => plain(t.text));
  const named = hits.map((h) => ({ hit: h, keys: parts(h) }));
  // Fullest names first, so shorter ones find them.
  const order = [...named].sort((a, b) => b.keys.length - a.keys.length || a.hit.from - b.hit.from);
  const people: Person[] = [];
  for (const { hit, keys } of order) {
    const m: Mention = { start: tokens[hit.from].start, end: tokens[hit.to - 1].end + (hit.dot ? 1 : 0), text: '' };
    m.text = text.slice(m.start, m.end);
    const same = people.find((p) => p.keys.length === keys.length && contains(p.keys, keys));
    const container = same ?? nearestContainer(people, keys, m.start, hit.title);
    const office = hit.rule.startsWith('person:office');
    if (container) {
      container.entity.mentions.push(m);
      // A title of office says more than "ông" or "TS".
      if (hit.title && (!container.entity.title || (office && !container.office))) {
        container.entity.title = hit.title;
        container.office = office;
      }
      continue;
    }
    const entity: Entity = { type: 'person', id: m.text, name: m.text, title: hit.title, mentions: [m], rule: hit.rule };
    people.push({ keys, entity, office });
  }
  mergeMisspelt(people);
  // A lone surname that no fuller name explains is kept after a title of office ("Ngoại trưởng Mỹ Blinken"), not after
  // "ông" alone ("ông Shuk" may be a misspelling); hyphenated names stand alone ("Xu-pha-nu-vông").
  const kept = people.filter(
    (p) => p.keys.length > 1 || /-/.test(p.entity.id) || (p.entity.rule?.startsWith('person:office') && !isVietSyllable(p.entity.id)),
  );
  for (const p of kept) {
    p.entity.mentions.sort((a, b) => a.start - b.start);
    p.entity.id = p.entity.name = commonest(
      p.entity.mentions.filter((m) => countTokens(m.text ?? '') >= p.keys.length),
      p.entity.id,
    );
  }
  addRepeats(text, tokens, kept, occupied);
  return kept.map((p) => p.entity);
}

/** "Ismael Haniyeh" beside "Ismail Haniyeh": one foreign person whose given name is misspelt once. */
function mergeMisspelt(people: Person[]): void {
  for (let a = 0; a < people.length; a++) {
    for (let b = a + 1; b < people.length; b++) {
      const x = people[a];
      const y = people[b];
      if (x.keys.length !== y.keys.length || x.keys.length < 2 || isVietScript(x.entity.id) || isVietScript(y.entity.id)) continue;
      const n = x.keys.length;
      if (x.keys[n - 1] !== y.keys[n - 1] || x.keys.slice(0, n - 1).join(' ') === y.keys.slice(0, n - 1).join(' ')) continue;
      if (x.keys[0][0] !== y.keys[0][0] || editDistance(x.keys.slice(0, n - 1).join(' '), y.keys.slice(0, n - 1).join(' ')) > 2) continue;
      x.entity.mentions.push(...y.entity.mentions);
      people.splice(b, 1);
      b--;
    }
  }
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/** The spelling written most often, the first one on a tie. */
function commonest(mentions: Mention[], fallback: string): string {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.text) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  let best = fallback;
  let n = 0;
  for (const [t, c] of counts) if (c > n) [best, n] = [t, c];
  return best;
}

function nearestContainer(people: Person[], keys: string[], at: number, title: string | null): Person | undefined {
  let holders = people.filter((p) => p.keys.length > keys.length && contains(p.keys, keys));
  if (holders.length <= 1) return holders[0];
  // Two people share the word ("Joe Biden", "Jill Biden"): the one with the same title, else the one mentioned last.
  const head = title?.split(' ').slice(0, 2).join(' ').toLowerCase();
  const sameTitle = head ? holders.filter((p) => p.entity.title?.toLowerCase().startsWith(head)) : [];
  if (sameTitle.length) holders = sameTitle;
  const before = (p: Person) => Math.max(-1, ...p.entity.mentions.filter((x) => x.start < at).map((x) => x.start));
  return holders.sort((a, b) => before(b) - before(a))[0];
}

/** `short` appears in `full` in order, as a contiguous stretch; an initial "v" stands for "vladimir". */
function contains(full: string[], short: string[]): boolean {
  for (let s = 0; s + short.length <= full.length; s++) {
    let ok = true;
    for (let k = 0; k < short.length && ok; k++) {
      const a = full[s + k];
      const b = short[k];
      ok = a === b || (b.length === 1 && a.startsWith(b));
    }
    if (ok) return true;
  }
  return false;
}

/** The full name written again without a title: "... giữa Nguyễn Xuân Phúc và ..." is a mention too. */
function addRepeats(text: string, tokens: Token[], people: Person[], occupied: Uint8Array): void {
  const names = people.map((p) => tokenize(p.entity.id));
  // Exact repeats only, compared on tone-folded syllables.
  const byFirst = new Map<string, { keys: string[]; entity: Entity }[]>();
  for (let n = 0; n < people.length; n++) {
    const keys = names[n].map((t) => t.key);
    if (keys.length >= 2) byFirst.set(keys[0], [...(byFirst.get(keys[0]) ?? []), { keys, entity: people[n].entity }]);
  }
  // A foreign surname alone ("Putin nói") when only one person carries it.
  const bySurname = new Map<string, Entity | null>();
  for (let n = 0; n < people.length; n++) {
    const p = people[n];
    const toks = names[n];
    const last = toks[toks.length - 1];
    if (toks.length < 2 || isVietScript(p.entity.id) || !last || last.viet) continue;
    bySurname.set(last.key, bySurname.has(last.key) ? null : p.entity);
  }
  if (!byFirst.size && !bySurname.size) return;
  const covered = new Uint8Array(text.length);
  for (const p of people) for (const m of p.entity.mentions) covered.fill(1, m.start, m.end);
  for (let i = 0; i < tokens.length; i++) {
    // Both kinds of repeat start with a capital.
    if (!tokens[i].cap) continue;
    const owner = bySurname.get(tokens[i].key);
    if (owner && !occupied[i] && !covered[tokens[i].start] && tokens[i + 1]?.gap !== 'hyphen') {
      owner.mentions.push({ start: tokens[i].start, end: tokens[i].end, text: tokens[i].text });
      covered.fill(1, tokens[i].start, tokens[i].end);
    }
    const cands = byFirst.get(tokens[i].key);
    if (!cands || occupied[i]) continue;
    for (const p of cands) {
      const n = p.keys.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++)
        ok = tokens[i + k].key === p.keys[k] && tokens[i + k].gap !== 'punct' && tokens[i + k].gap !== 'break';
      if (!ok) continue;
      const start = tokens[i].start;
      if (covered[start]) continue;
      const end = tokens[i + n - 1].end;
      p.entity.mentions.push({ start, end, text: text.slice(start, end) });
      covered.fill(1, start, end);
    }
  }
  for (const p of people) p.entity.mentions.sort((a, b) => a.start - b.start);
}
