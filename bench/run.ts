// `npm run bench`: every benchmark, one line of figures each. Goals are printed beside the figures.
import { runExtractBench } from './extract.ts';

const n = Number(process.env.BENCH_ARTICLES ?? 10000);
console.log(`doingoai bench — ${n} generated articles, one core (node ${process.version})`);
const x = runExtractBench(n);
console.log(
  `read+clean: ${x.cleanPerSec} articles/s, ${x.cleanMBPerSec} MB/s over ${x.megabytes} MB (goal ≥ 2000 articles/s)`,
);
console.log(`extract (read+clean+analyse): ${x.extractPerSec} articles/s, ${x.wordsPerSec} words/s (goal ≥ 1000 articles/s)`);
console.log(`peak memory: ${x.peakRssMB} MB RSS`);
