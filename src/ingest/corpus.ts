// Generated corpora for tests and benches: new articles recombined from the paragraphs of the bundled examples,
// deterministic for a given seed, each one distinct (its own headline and paragraph mix).
import { readdirSync, readFileSync } from 'node:fs';
import type { RawDoc } from '../types.ts';

const SEEDS = new URL('../../examples/seeds/', import.meta.url);

export function seedParagraphs(): string[] {
  const out: string[] = [];
  for (const f of readdirSync(SEEDS)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    for (const p of readFileSync(new URL(f, SEEDS), 'utf8').split(/\n+/)) {
      const t = p.trim();
      if (t.length >= 80) out.push(t);
    }
  }
  return out;
}

/** mulberry32: a small seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CorpusOptions {
  count: number;
  seed?: number;
  /** Paragraphs per article (min, max). */
  paragraphs?: [number, number];
  /** Prefix of each article's source name. */
  prefix?: string;
}

export function* generateArticles(opts: CorpusOptions): Generator<RawDoc> {
  const paras = seedParagraphs();
  const rand = rng(opts.seed ?? 1);
  const [lo, hi] = opts.paragraphs ?? [3, 6];
  const prefix = opts.prefix ?? 'gen';
  for (let i = 0; i < opts.count; i++) {
    const n = lo + Math.floor(rand() * (hi - lo + 1));
    const body: string[] = [];
    for (let k = 0; k < n; k++) body.push(paras[Math.floor(rand() * paras.length)] as string);
    const day = 1 + Math.floor(rand() * 28);
    const month = 1 + Math.floor(rand() * 12);
    const year = 2019 + Math.floor(rand() * 5);
    const title = `Bản tin đối ngoại số ${i + 1} (${prefix})`;
    const raw = `${title}\n\nHà Nội, ngày ${day}/${month}/${year} — Tin tổng hợp số ${i + 1}.\n\n${body.join('\n\n')}\n`;
    yield { source: `${prefix}-${String(i).padStart(6, '0')}.txt`, format: 'text', raw, meta: { title } };
  }
}
