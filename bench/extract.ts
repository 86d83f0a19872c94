// Throughput of read+clean and of the full extract (read + clean + analyse) on one core, with peak memory.
import { clean } from '../src/clean/index.ts';
import { analyse } from '../src/extract/index.ts';
import { generateArticles } from './corpus.ts';

export interface ExtractBench {
  articles: number;
  megabytes: number;
  cleanPerSec: number;
  cleanMBPerSec: number;
  extractPerSec: number;
  wordsPerSec: number;
  peakRssMB: number;
}

export function runExtractBench(n = 10000): ExtractBench {
  const docs = [...generateArticles(n)];
  const bytes = docs.reduce((a, d) => a + Buffer.byteLength(d.text), 0);
  const words = docs.reduce((a, d) => a + d.text.split(/\s+/).length, 0);
  // Warm up the lazily loaded lexicons so start-up cost is not billed to throughput.
  for (const d of docs.slice(0, 50)) clean({ source: d.source, format: 'text', raw: d.text, meta: {} });

  let t = performance.now();
  const cleaned = docs.map((d) => clean({ source: d.source, format: 'text', raw: d.text, meta: {} }));
  const cleanSec = (performance.now() - t) / 1000;

  t = performance.now();
  for (const d of cleaned) analyse(d.text, { published: d.published.date, notBefore: d.published.notBefore ?? null });
  const analyseSec = (performance.now() - t) / 1000;

  const total = cleanSec + analyseSec;
  return {
    articles: n,
    megabytes: +(bytes / 1e6).toFixed(1),
    cleanPerSec: Math.round(n / cleanSec),
    cleanMBPerSec: +(bytes / 1e6 / cleanSec).toFixed(1),
    extractPerSec: Math.round(n / total),
    wordsPerSec: Math.round(words / total),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = runExtractBench(Number(process.argv[2] ?? 10000));
  console.log(JSON.stringify(r));
}
