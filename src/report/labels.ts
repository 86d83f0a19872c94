// Report wording and the indicator taxonomy, read once from data files (data/report/labels.json, taxonomy.json).
import { readFileSync } from 'node:fs';
import type { FactStatus } from '../store/types.ts';
import type { EventType, Qualifier } from '../types.ts';

export type Lang = 'vi' | 'en';

export interface Words {
  [key: string]: string | Record<string, string>;
  qualifiers: Record<Qualifier, string>;
  statuses: Record<FactStatus, string>;
  eventTypes: Record<EventType, string>;
}

export interface EventPillarRule {
  pillar: string;
  types: EventType[];
  cues?: string[];
}

export interface Taxonomy {
  pillars: Record<string, { vi: string; en: string }>;
  indicators: Array<{ key: string; pillar: string; label: { vi: string; en: string }; stock?: boolean }>;
}

const dataFile = (p: string) => new URL(`../../data/${p}`, import.meta.url);

let cache: { vi: Words; en: Words; eventPillars: EventPillarRule[] } | null = null;
let taxCache: Taxonomy | null = null;

export function reportLabels(): { vi: Words; en: Words; eventPillars: EventPillarRule[] } {
  cache ??= JSON.parse(readFileSync(dataFile('report/labels.json'), 'utf8'));
  return cache as { vi: Words; en: Words; eventPillars: EventPillarRule[] };
}

export function taxonomy(): Taxonomy {
  taxCache ??= JSON.parse(readFileSync(dataFile('indicators/taxonomy.json'), 'utf8')) as Taxonomy;
  return taxCache;
}

/** A plain string from the word list, with {name} placeholders filled. */
export function word(w: Words, key: string, vars: Record<string, string> = {}): string {
  const s = w[key];
  if (typeof s !== 'string') return key;
  return s.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
}

/** The taxonomy's pillar of an indicator; sub-keys ("x.y.new") fall back to their parents. */
export function pillarOf(indicator: string): string | null {
  const byKey = new Map(taxonomy().indicators.map((i) => [i.key, i]));
  for (let k = indicator; k; k = k.includes('.') ? k.slice(0, k.lastIndexOf('.')) : '') {
    const hit = byKey.get(k);
    if (hit) return hit.pillar;
  }
  return null;
}

export function indicatorLabel(indicator: string, lang: Lang): string {
  return taxonomy().indicators.find((i) => i.key === indicator)?.label[lang] ?? indicator;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();

/** The pillar an event belongs to, by the first matching rule of data/report/labels.json. */
export function eventPillar(type: EventType, text: string): string | null {
  const t = fold(text);
  for (const r of reportLabels().eventPillars) {
    if (!r.types.includes(type)) continue;
    if (!r.cues || r.cues.some((c) => new RegExp(`(^|[^\\p{L}])${fold(c)}($|[^\\p{L}])`, 'u').test(t))) return r.pillar;
  }
  return null;
}
