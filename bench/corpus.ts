// Generated benchmark corpus: articles recombined from the bundled examples' paragraphs, deterministic by seed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const examples = new URL('../examples/seeds/', import.meta.url).pathname;

export function exampleParagraphs(): string[] {
  return readdirSync(examples)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(examples, f), 'utf8').split(/\n\s*\n/))
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** A small deterministic PRNG so every run measures the same corpus. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** n articles of 6–14 paragraphs each (title line first), like real web copies. */
export function* generateArticles(n: number, seed = 1): Generator<{ source: string; text: string }> {
  const paras = exampleParagraphs();
  const rand = rng(seed);
  for (let i = 0; i < n; i++) {
    const k = 6 + Math.floor(rand() * 9);
    const picked: string[] = [];
    for (let j = 0; j < k; j++) picked.push(paras[Math.floor(rand() * paras.length)] as string);
    yield { source: `gen/${i}.txt`, text: `Bài viết số ${i}\n\n${picked.join('\n\n')}` };
  }
}
