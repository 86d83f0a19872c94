// Entities: countries (ISO 3166-1 alpha-2), organisations (stable ids), people (fullest name written).
import type { Entity, Mention } from '../../types.ts';
import { lexicon } from './lexicon.ts';
import { findLexicon, findTitles } from './match.ts';
import { findPeople, type PersonHit } from './people.ts';
import { type Token, tokenize } from './tokens.ts';

export function extractEntities(text: string): Entity[] {
  const lex = lexicon();
  const tokens = tokenize(text);
  const titles = findTitles(tokens, lex);
  const titleEnds = new Set(titles.map((t) => t.to - 1));
  const hits = findLexicon(tokens, lex, titleEnds);

  const byKey = new Map<string, Entity>();
  const mention = (from: number, to: number): Mention => {
    const start = tokens[from].start;
    const end = tokens[to - 1].end;
    return { start, end, text: text.slice(start, end) };
  };
  for (const h of hits) {
    if (h.entry.kind !== 'country' && h.entry.kind !== 'org') continue;
    const type = h.entry.kind;
    const key = `${type}|${h.entry.id}`;
    let e = byKey.get(key);
    if (!e) {
      const name = (type === 'country' ? lex.countryNames.get(h.entry.id) : lex.orgNames.get(h.entry.id)) ?? h.entry.id;
      e = { type, id: h.entry.id, name, mentions: [], rule: h.rule };
      byKey.set(key, e);
    }
    e.mentions.push(mention(h.from, h.to));
  }

  const people = mergePeople(text, tokens, findPeople(text, tokens, lex, titles, hits));
  const all = [...byKey.values(), ...people];
  return all.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}

/** One entity per person: short mentions ("ông Putin", "V.Putin") join the fullest name that contains them. */
function mergePeople(text: string, tokens: Token[], hits: PersonHit[]): Entity[] {
  const parts = (h: PersonHit) => tokens.slice(h.from, h.to).map((t) => t.key);
  const named = hits.map((h) => ({ hit: h, keys: parts(h) }));
  // Fullest names first, so shorter ones find them.
  const order = [...named].sort((a, b) => b.keys.length - a.keys.length || a.hit.from - b.hit.from);
  const people: { keys: string[]; entity: Entity }[] = [];
  for (const { hit, keys } of order) {
    const m: Mention = { start: tokens[hit.from].start, end: tokens[hit.to - 1].end, text: '' };
    m.text = text.slice(m.start, m.end);
    const same = people.find((p) => p.keys.length === keys.length && contains(p.keys, keys));
    const container = same ?? nearestContainer(people, keys, m.start);
    if (container) {
      container.entity.mentions.push(m);
      if (!container.entity.title && hit.title) container.entity.title = hit.title;
      continue;
    }
    people.push({ keys, entity: { type: 'person', id: m.text, name: m.text, title: hit.title, mentions: [m], rule: hit.rule } });
  }
  for (const p of people) p.entity.mentions.sort((a, b) => a.start - b.start);
  addRepeats(text, tokens, people);
  return people.map((p) => p.entity);
}

function nearestContainer(people: { keys: string[]; entity: Entity }[], keys: string[], at: number) {
  const holders = people.filter((p) => p.keys.length > keys.length && contains(p.keys, keys));
  if (holders.length <= 1) return holders[0];
  // Two people share the word: the one mentioned last before this mention.
  const before = (p: { entity: Entity }) => Math.max(-1, ...p.entity.mentions.filter((x) => x.start < at).map((x) => x.start));
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
function addRepeats(text: string, tokens: Token[], people: { keys: string[]; entity: Entity }[]): void {
  const byFirst = new Map<string, { keys: string[]; entity: Entity }[]>();
  for (const p of people) if (p.keys.length >= 2) byFirst.set(p.keys[0], [...(byFirst.get(p.keys[0]) ?? []), p]);
  if (!byFirst.size) return;
  for (let i = 0; i < tokens.length; i++) {
    const cands = byFirst.get(tokens[i].key);
    if (!cands) continue;
    for (const p of cands) {
      const n = p.keys.length;
      if (i + n > tokens.length) continue;
      let ok = tokens[i].cap;
      for (let k = 1; k < n && ok; k++) ok = tokens[i + k].key === p.keys[k] && tokens[i + k].gap !== 'punct' && tokens[i + k].gap !== 'break';
      if (!ok) continue;
      const start = tokens[i].start;
      if (p.entity.mentions.some((m) => m.start === start)) continue;
      const end = tokens[i + n - 1].end;
      p.entity.mentions.push({ start, end, text: text.slice(start, end) });
    }
  }
  for (const p of people) p.entity.mentions.sort((a, b) => a.start - b.start);
}
