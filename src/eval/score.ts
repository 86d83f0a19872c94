// Scores extracted documents against an answer file (the shape of shared/eval/*.gold.json), with the same
// matching rules as the team's scorer: claims by (value, unit) per document, entities by (type, id), events by
// type + a shared actor + overlapping dates, plus the cleaning checks.
import { basename, extname } from 'node:path';
import type { ExtractedDoc } from '../types.ts';

export interface GoldClaim {
  quote?: string;
  value: number;
  unit: string;
  qualifier?: string;
  qualifierAlso?: string;
  modality?: string;
  period?: { start: string; end: string };
  asOf?: string;
  indicator?: string;
  optional?: boolean;
}
export interface GoldEntity {
  type: string;
  id?: string;
  name?: string;
  optional?: boolean;
}
export interface GoldEvent {
  type: string;
  actors?: string[];
  date?: { start?: string; end?: string };
  quote?: string;
  optional?: boolean;
}
export interface GoldDoc {
  doc: string;
  title_contains?: string[];
  published?: { exact?: string | null; notBefore?: string };
  must_remove?: string[];
  must_keep?: string[];
  must_split?: string[];
  claims?: GoldClaim[];
  entities?: GoldEntity[];
  events?: GoldEvent[];
}

export interface Prf {
  p: number | null;
  r: number | null;
  f1: number | null;
  tp: number;
  fp: number;
  fn: number;
}
export interface ScoreResult {
  docs: number;
  claims: Prf & { macroF1: number | null };
  entities: Prf;
  events: Prf;
  attributes: Record<'qualifier' | 'period' | 'asOf' | 'indicator' | 'modality', { acc: number | null; n: number }>;
  cleaning: { passed: number; checks: number; acc: number | null };
  misses: string[];
}

/** Organisations the answers score; others are neither required nor penalised. */
export const SCORED_ORGS = new Set(
  'UN UNSC ASEAN APEC WTO EU IMF WB ADB UNESCO WHO G20 G7 BRICS NATO OECD AIPA RCEP CPTPP TPP EVFTA AIIB'.split(' '),
);

type Tally = { tp: number; fp: number; fn: number };
const fold = (s: unknown) =>
  String(s ?? '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
const claimKey = (c: { unit: string; value: number }) => `${c.unit}|${+Number(c.value).toPrecision(12)}`;
const day = (d: unknown) => (d ? String(d).slice(0, 10) : null);

export function goldDocs(gold: unknown): GoldDoc[] {
  if (Array.isArray(gold)) return gold as GoldDoc[];
  const docs = (gold as { docs?: unknown })?.docs;
  if (!Array.isArray(docs)) throw new Error('answer file has no "docs" array');
  return docs as GoldDoc[];
}

/** The key an output document is paired with its answer by: the source's basename without extension. */
export function docKey(d: Pick<ExtractedDoc, 'source' | 'id'>): string {
  return d.source ? basename(d.source, extname(d.source)) : d.id;
}

export function score(golds: GoldDoc[], outputs: ExtractedDoc[]): ScoreResult {
  const byKey = new Map<string, ExtractedDoc>();
  for (const d of outputs) {
    byKey.set(docKey(d), d);
    if (d.id) byKey.set(d.id, d);
  }
  const T = { claims: tally(), entities: tally(), events: tally() };
  const perDoc: Tally[] = [];
  const attrs = { qualifier: [0, 0], period: [0, 0], asOf: [0, 0], indicator: [0, 0], modality: [0, 0] } as Record<
    keyof ScoreResult['attributes'],
    [number, number]
  >;
  const cleaning = { checks: 0, passed: 0 };
  const misses: string[] = [];

  for (const g of golds) {
    const out = byKey.get(g.doc);
    if (!out) {
      misses.push(`${g.doc}: no output`);
      const required = (g.claims ?? []).filter((c) => !c.optional).length;
      T.claims.fn += required;
      perDoc.push({ tp: 0, fp: 0, fn: required });
      T.entities.fn += (g.entities ?? []).filter((e) => !e.optional && (e.type !== 'org' || SCORED_ORGS.has(e.id ?? ''))).length;
      T.events.fn += (g.events ?? []).filter((e) => !e.optional).length;
      continue;
    }
    perDoc.push(scoreClaims(g, out, T.claims, attrs, misses));
    if (g.entities) scoreEntities(g, out, T.entities, misses);
    if (g.events) scoreEvents(g, out, T.events, misses);
    scoreCleaning(g, out, cleaning, misses);
  }

  const macro = perDoc
    .map(prf)
    .filter((x) => x.f1 !== null)
    .map((x) => x.f1 as number);
  const acc = ([ok, n]: [number, number]) => (n ? round(ok / n) : null);
  return {
    docs: golds.length,
    claims: { ...prf(T.claims), macroF1: macro.length ? round(macro.reduce((a, b) => a + b, 0) / macro.length) : null },
    entities: prf(T.entities),
    events: prf(T.events),
    attributes: Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, { acc: acc(v), n: v[1] }])) as ScoreResult['attributes'],
    cleaning: { ...cleaning, acc: acc([cleaning.passed, cleaning.checks]) },
    misses,
  };
}

function scoreClaims(g: GoldDoc, out: ExtractedDoc, t: Tally, attrs: Record<string, [number, number]>, misses: string[]): Tally {
  const before = { ...t };
  const gk = new Map<string, GoldClaim>();
  for (const c of g.claims ?? []) gk.set(claimKey(c), c);
  const pk = new Map<string, ExtractedDoc['claims'][number]>();
  for (const c of out.claims ?? []) if (!pk.has(claimKey(c))) pk.set(claimKey(c), c);
  const check = (name: string, ok: boolean, what: string) => {
    const a = attrs[name] as [number, number];
    a[1]++;
    if (ok) a[0]++;
    else misses.push(`${g.doc}: ${name} ${what}`);
  };
  for (const [k, gc] of gk) {
    if (gc.optional) continue;
    const pc = pk.get(k);
    if (!pc) {
      t.fn++;
      misses.push(`${g.doc}: missed claim ${gc.value} ${gc.unit} «${gc.quote ?? ''}»`);
      continue;
    }
    t.tp++;
    const q = [gc.qualifier, gc.qualifierAlso].filter(Boolean) as string[];
    const quote = `«${gc.quote ?? ''}»`;
    if (q.length) check('qualifier', q.includes(pc.qualifier), `${pc.qualifier} ≠ ${q.join('/')} ${quote}`);
    if (gc.period) {
      const ok = !!pc.period && day(pc.period.start) === gc.period.start && day(pc.period.end) === gc.period.end;
      check('period', ok, `${JSON.stringify(pc.period ?? null)} ≠ ${gc.period.start}..${gc.period.end} ${quote}`);
    }
    if (gc.asOf) check('asOf', day(pc.asOf) === gc.asOf, `${pc.asOf ?? null} ≠ ${gc.asOf} ${quote}`);
    if (gc.indicator) check('indicator', pc.indicator === gc.indicator, `${pc.indicator ?? null} ≠ ${gc.indicator} ${quote}`);
    check(
      'modality',
      (pc.modality ?? 'actual') === (gc.modality ?? 'actual'),
      `${pc.modality ?? 'actual'} ≠ ${gc.modality ?? 'actual'} ${quote}`,
    );
  }
  for (const [k, pc] of pk)
    if (!gk.has(k)) {
      t.fp++;
      misses.push(`${g.doc}: extra claim ${pc.value} ${pc.unit} «${pc.text ?? ''}»`);
    }
  return { tp: t.tp - before.tp, fp: t.fp - before.fp, fn: t.fn - before.fn };
}

function scoreEntities(g: GoldDoc, out: ExtractedDoc, t: Tally, misses: string[]): void {
  const eid = (e: { type: string; id?: string; name?: string }) => `${e.type}|${e.type === 'person' ? fold(e.id ?? e.name) : e.id}`;
  const scored = (e: { type: string; id?: string }) =>
    e.type === 'country' || e.type === 'person' || (e.type === 'org' && SCORED_ORGS.has(e.id ?? ''));
  const gold = g.entities ?? [];
  const ge = new Set(gold.filter((e) => !e.optional && scored(e)).map(eid));
  const optional = new Set(gold.filter((e) => e.optional).map(eid));
  const pe = new Set((out.entities ?? []).filter(scored).map(eid));
  for (const k of ge)
    if (pe.has(k)) t.tp++;
    else {
      t.fn++;
      misses.push(`${g.doc}: missed entity ${k}`);
    }
  for (const k of pe)
    if (!ge.has(k) && !optional.has(k)) {
      t.fp++;
      misses.push(`${g.doc}: extra entity ${k}`);
    }
}

function scoreEvents(g: GoldDoc, out: ExtractedDoc, t: Tally, misses: string[]): void {
  type Span = { start?: string; end?: string } | null | undefined;
  const actors = (e: { actors?: string[] }) => new Set((e.actors ?? []).map(fold));
  const span = (d: Span) => (d ? { start: d.start ?? d.end, end: d.end ?? d.start } : null);
  const overlap = (a: Span, b: Span) => !a || !b || !(day(a.end)! < day(b.start)! || day(b.end)! < day(a.start)!);
  const used = new Set<number>();
  const events = out.events ?? [];
  // Required answers claim their match first; optional ones then absorb what else matched, so those are no error.
  const ordered = [...(g.events ?? []).filter((e) => !e.optional), ...(g.events ?? []).filter((e) => e.optional)];
  for (const ge of ordered) {
    const ga = actors(ge);
    const hit = events.findIndex((pe, i) => {
      if (used.has(i) || pe.type !== ge.type) return false;
      const pa = actors(pe);
      const shared = [...ga].filter((a) => pa.has(a));
      const meaningful = shared.some((a) => a !== 'vn') || (ga.size === 1 && shared.length === 1);
      return meaningful && overlap(span(ge.date), span(pe.date));
    });
    if (hit >= 0) {
      used.add(hit);
      if (!ge.optional) t.tp++;
    } else if (!ge.optional) {
      t.fn++;
      misses.push(`${g.doc}: missed event ${ge.type} [${[...ga]}] «${ge.quote ?? ''}»`);
    }
  }
  t.fp += events.length - used.size;
}

function scoreCleaning(g: GoldDoc, out: ExtractedDoc, c: { checks: number; passed: number }, misses: string[]): void {
  const text = out.text ?? '';
  const check = (ok: boolean, what: string) => {
    c.checks++;
    if (ok) c.passed++;
    else misses.push(`${g.doc}: ${what}`);
  };
  for (const s of g.must_remove ?? []) check(!text.includes(s), `kept boilerplate «${s}»`);
  for (const s of g.must_keep ?? []) check(text.includes(s), `lost body text «${s}»`);
  for (const s of g.must_split ?? []) check(text.includes(s), `not split «${s}»`);
  for (const s of g.title_contains ?? []) check((out.title ?? '').includes(s), `title lacks «${s}»`);
  if (g.published) {
    const p = out.published ?? { date: null };
    if (g.published.exact) check(p.date === g.published.exact, `published ${p.date ?? null} ≠ ${g.published.exact}`);
    else check(!p.date || p.date >= (g.published.notBefore ?? ''), `published ${p.date} before ${g.published.notBefore}`);
  }
}

function tally(): Tally {
  return { tp: 0, fp: 0, fn: 0 };
}

function round(x: number): number {
  return +x.toFixed(3);
}

function prf({ tp, fp, fn }: Tally): Prf {
  if (tp + fp + fn === 0) return { p: null, r: null, f1: null, tp, fp, fn };
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p: round(p), r: round(r), f1: round(p + r ? (2 * p * r) / (p + r) : 0), tp, fp, fn };
}

/** The three summary lines, as the team's scorer prints them. */
export function formatScore(r: ScoreResult): string {
  const a = r.attributes;
  return [
    `entities F1 ${r.entities.f1} (P ${r.entities.p} R ${r.entities.r}); events F1 ${r.events.f1} (P ${r.events.p} R ${r.events.r}); cleaning ${r.cleaning.passed}/${r.cleaning.checks}`,
    `attributes: qualifier ${a.qualifier.acc}, period ${a.period.acc}, asOf ${a.asOf.acc}, indicator ${a.indicator.acc}, modality ${a.modality.acc}`,
    `claims F1 ${r.claims.f1} (P ${r.claims.p} R ${r.claims.r}, macro ${r.claims.macroF1}, tp ${r.claims.tp} fp ${r.claims.fp} fn ${r.claims.fn})`,
  ].join('\n');
}
