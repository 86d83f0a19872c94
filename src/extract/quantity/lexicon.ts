// Word lists for quantities and claims, loaded from data/lexicon/units/*.json and compiled once into matchers.
import counted from '../../../data/lexicon/units/counted.json' with { type: 'json' };
import cues from '../../../data/lexicon/units/cues.json' with { type: 'json' };
import currencies from '../../../data/lexicon/units/currencies.json' with { type: 'json' };
import physical from '../../../data/lexicon/units/physical.json' with { type: 'json' };
import { foldTone } from '../../text/fold.ts';
import { unitClass } from '../shared/unit-class.ts';
import { isWordChar } from './words.ts';

export interface UnitName {
  /** foldTone key of the name as written in the list. */
  key: string;
  /** ISO code, unit symbol or 'count'. */
  unit: string;
  kind: 'money' | 'physical' | 'count' | 'none';
  needsScale?: boolean;
  notBefore?: string[];
}

function nonEmpty<T>(list: T[], what: string): T[] {
  // An empty list is a data error, not a silent no-match.
  if (!list.length) throw new Error(`lexicon list is empty: ${what}`);
  return list;
}

function build(): UnitName[] {
  const names: UnitName[] = [];
  for (const c of nonEmpty(currencies.currencies, 'currencies')) {
    for (const n of c.names)
      names.push({ key: foldTone(n), unit: c.iso, kind: 'money', needsScale: 'needsScale' in c && c.needsScale === true });
  }
  for (const u of nonEmpty(physical.units, 'physical units')) {
    for (const n of u.names)
      names.push({
        key: foldTone(n),
        unit: u.symbol,
        kind: 'physical',
        notBefore: ('notBefore' in u ? u.notBefore : undefined)?.map(foldTone),
      });
  }
  for (const [group, list] of Object.entries(counted.nouns)) {
    for (const n of nonEmpty(list, `counted nouns: ${group}`)) names.push({ key: foldTone(n), unit: 'count', kind: 'count' });
  }
  // Words that never make a count, matched too so that the longest match ("lượt xem") shadows a counted noun ("lượt").
  for (const list of Object.values(counted.notCounted)) for (const n of list) names.push({ key: foldTone(n), unit: '', kind: 'none' });
  return names;
}

export const UNIT_NAMES: UnitName[] = build();
const BY_KEY = new Map<string, UnitName>();
// Same key in two lists: the first wins (money, physical, count, none).
for (const n of UNIT_NAMES) if (!BY_KEY.has(n.key)) BY_KEY.set(n.key, n);

// Unit names indexed by their first token, so that a position is tested against a handful of names, not all.
const endsToken = unitClass(/[\s,;:()[\]/.!?"“”…]/);
const firstToken = (s: string, from = 0): string => {
  let i = from;
  while (i < s.length && !endsToken(s.charCodeAt(i))) i++;
  return s.slice(from, i);
};
const BY_TOKEN = new Map<string, string[]>();
for (const key of BY_KEY.keys()) {
  const t = firstToken(key);
  const list = BY_TOKEN.get(t);
  if (list) list.push(key);
  else BY_TOKEN.set(t, [key]);
}
for (const list of BY_TOKEN.values()) list.sort((a, b) => b.length - a.length);

/** The longest unit name written at `at` in the folded text (whole words), or null. */
export function unitAt(folded: string, at: number): UnitName | null {
  const list = BY_TOKEN.get(firstToken(folded, at));
  if (!list) return null;
  for (const key of list) {
    if (!folded.startsWith(key, at)) continue;
    if (isWordChar(key[key.length - 1]) && isWordChar(folded[at + key.length])) continue;
    return BY_KEY.get(key) ?? null;
  }
  return null;
}
export const unitByKey = (key: string): UnitName | undefined => BY_KEY.get(key);

/** Currency signs and codes that may stand before the number ("US$ 5 tỷ"). */
export const PREFIX_ISO = new Map<string, string>();
for (const c of currencies.currencies) for (const p of ('prefix' in c ? c.prefix : []) ?? []) PREFIX_ISO.set(p, c.iso);

export const PAIR_NOUNS = new Set(counted.pairNouns.map(foldTone));
export const COUNTED_BEFORE = counted.countedBefore.map(foldTone);
export const NOT_COUNTED = new Set(Object.values(counted.notCounted).flat().map(foldTone));
/** Words right after a digit number that show it counts no noun (see counted.json `notNouns`). */
export const NOT_NOUNS = new Set(Object.values(counted.notNouns).flat().map(foldTone));

const foldList = (l: string[]) => nonEmpty(l, 'cue list').map(foldTone);
export const CUES = {
  qualifiers: Object.fromEntries(Object.entries(cues.qualifiers).map(([k, v]) => [k, foldList(v)])) as Record<string, string[]>,
  qualifiersAfter: Object.fromEntries(Object.entries(cues.qualifiersAfter).map(([k, v]) => [k, foldList(v)])) as Record<string, string[]>,
  skip: foldList(cues.skip),
  change: foldList(cues.change),
  changeSkip: foldList(cues.changeSkip),
  levelMarkers: foldList(cues.levelMarkers),
  forecast: foldList(cues.modality.forecast),
  target: foldList(cues.modality.target),
  modalityBlockers: foldList(cues.modalityBlockers),
  modalityNames: foldList(cues.modalityNames),
  comparatives: foldList(cues.comparatives),
  runningTotal: foldList(cues.runningTotal),
  datingWords: foldList(cues.datingWords),
};
