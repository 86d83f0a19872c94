// Indicators: maps a claim's context (unit, counted noun, cue words around it) to a taxonomy key from
// data/indicators/taxonomy.json. The first key whose rule matches wins; no match means no indicator, never a guess.
import taxonomy from '../../../data/indicators/taxonomy.json' with { type: 'json' };
import { foldTone } from '../../text/fold.ts';
import { boundedMemo } from '../../text/memo.ts';
import type { Modality } from '../../types.ts';
import type { QuantityKind } from '../quantity/index.ts';
import { isWordChar, PhraseSet } from '../quantity/words.ts';

export interface Label {
  vi: string;
  en: string;
}

export interface IndicatorDef {
  key: string;
  pillar: string;
  label: Label;
  /** A running total: dated by asOf rather than a period. */
  stock: boolean;
  rules: CompiledRule[];
}

interface CompiledRule {
  units: Set<QuantityKind>;
  counted: string[] | null;
  all: PhraseSet[];
  none: PhraseSet | null;
  partner: boolean;
  outward: boolean;
  modality: Modality | null;
  change: boolean;
  near: boolean;
}

/** What the classifier sees of a claim; texts are foldTone keys. */
export interface IndicatorContext {
  kind: QuantityKind;
  /** The counted noun, folded; null for money, percent and physical units. */
  counted: string | null;
  /** The claim's own clause segment: the words before it since the previous figure, the figure, and the words after it up to the next. */
  near: string;
  /** The whole sentence. */
  sentence: string;
  modality: Modality;
  /** The figure is a change (tăng 14,8%), not a level. */
  change: boolean;
  /** A country other than Việt Nam is named in the claim's segment, or is the one partner of its sentence. */
  partner: boolean;
  /** Việt Nam is the investor (outward investment: "Việt Nam có 18 dự án đầu tư tại Lào", "đầu tư ra nước ngoài"). */
  outward?: boolean;
}

const words = (list: string[]) => new PhraseSet(list.map(foldTone));

interface RawRule {
  units: string[];
  counted?: string[];
  all?: string[][];
  none?: string[];
  partner?: boolean;
  outward?: boolean;
  modality?: string;
  change?: boolean;
  near?: boolean;
}

function compile(r: RawRule, key: string): CompiledRule {
  if (!r.units?.length) throw new Error(`indicator ${key}: a rule needs units`);
  for (const g of r.all ?? []) if (!g.length) throw new Error(`indicator ${key}: empty cue group`);
  return {
    units: new Set(r.units as QuantityKind[]),
    counted: r.counted ? r.counted.map(foldTone) : null,
    all: (r.all ?? []).map(words),
    none: r.none?.length ? words(r.none) : null,
    partner: r.partner === true,
    outward: r.outward === true,
    modality: (r.modality as Modality | undefined) ?? null,
    change: r.change === true,
    near: r.near === true,
  };
}

export const PILLARS: Record<string, Label> = taxonomy.pillars;

export const INDICATORS: IndicatorDef[] = taxonomy.indicators.map((d) => {
  if (!(d.pillar in PILLARS)) throw new Error(`indicator ${d.key}: unknown pillar ${d.pillar}`);
  return {
    key: d.key,
    pillar: d.pillar,
    label: d.label,
    stock: 'stock' in d && d.stock === true,
    rules: (d.rules as RawRule[]).map((r) => compile(r, d.key)),
  };
});

const BY_KEY = new Map(INDICATORS.map((d) => [d.key, d]));
export const indicatorByKey = (key: string): IndicatorDef | undefined => BY_KEY.get(key);

// Rules by the counted nouns they name: a counted noun ("dự án đầu tư") looks up the rules of each of its leading
// word groups ("dự án", "dự án đầu tư", ...) instead of every rule testing every noun on its list.
const RULES_BY_NOUN = new Map<string, Set<CompiledRule>>();
for (const d of INDICATORS) {
  for (const r of d.rules) for (const p of r.counted ?? []) RULES_BY_NOUN.set(p, (RULES_BY_NOUN.get(p) ?? new Set()).add(r));
}

const NO_RULES: ReadonlySet<CompiledRule> = new Set();

/** The rules whose counted-noun list has a prefix of `counted` that ends at a word edge. */
function rulesCounting(counted: string | null): ReadonlySet<CompiledRule> {
  return counted === null ? NO_RULES : rulesCountingNoun(counted);
}

// Counted nouns repeat from figure to figure ("người", "dự án"): their rule sets are remembered.
const rulesCountingNoun = boundedMemo((counted: string): ReadonlySet<CompiledRule> => {
  const rules = new Set<CompiledRule>();
  for (let k = 0; k <= counted.length; k++) {
    if (k < counted.length && isWordChar(counted[k])) continue;
    for (const r of RULES_BY_NOUN.get(counted.slice(0, k)) ?? []) rules.add(r);
  }
  return rules;
}, 2000);

// The figures of one sentence share its text: a cue group's answer on it is kept until the sentence changes.
let cachedSentence: string | null = null;
const sentenceAnswers = new Map<PhraseSet, boolean>();

function inSentence(g: PhraseSet, sentence: string): boolean {
  if (sentence !== cachedSentence) {
    cachedSentence = sentence;
    sentenceAnswers.clear();
  }
  let yes = sentenceAnswers.get(g);
  if (yes === undefined) {
    yes = g.test(sentence);
    sentenceAnswers.set(g, yes);
  }
  return yes;
}

/** `counting`: the rules whose counted nouns fit the figure's (see rulesCounting). */
function ruleMatches(r: CompiledRule, c: IndicatorContext, counting: ReadonlySet<CompiledRule>): boolean {
  if (r.counted && !counting.has(r)) return false;
  if (r.modality && r.modality !== c.modality) return false;
  if (r.partner && !c.partner) return false;
  if (r.outward && !c.outward) return false;
  if (r.change && !c.change) return false;
  for (const g of r.all) if (!holds(g, r, c)) return false;
  return !(r.none && holds(r.none, r, c));
}

/** A cue group found in the rule's scope. */
function holds(g: PhraseSet, r: CompiledRule, c: IndicatorContext): boolean {
  return r.near ? g.test(c.near) : inSentence(g, c.sentence);
}

/** The rules that apply to each kind of figure, in taxonomy order. */
const RULES_BY_KIND = new Map<QuantityKind, { d: IndicatorDef; r: CompiledRule }[]>();
for (const d of INDICATORS) {
  for (const r of d.rules) for (const kind of r.units) RULES_BY_KIND.set(kind, [...(RULES_BY_KIND.get(kind) ?? []), { d, r }]);
}

/** The indicator key for a claim's context, or null when none fits. */
export function classifyIndicator(c: IndicatorContext): IndicatorDef | null {
  const counting = rulesCounting(c.counted);
  for (const { d, r } of RULES_BY_KIND.get(c.kind) ?? []) if (ruleMatches(r, c, counting)) return d;
  return null;
}
