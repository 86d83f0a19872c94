// `npm run bench`: every benchmark, with its goal beside the figure. BENCH_ONLY=extract,ingest,search,export picks some.
import { describeMeasure, runExportBench } from './export.ts';
import { runExtractBench } from './extract.ts';
import { formatIngestBench, runIngestBench } from './ingest.ts';
import { printSearchBench, runSearchBench } from './search.ts';

const n = Number(process.env.BENCH_ARTICLES ?? 10000);
const only = new Set((process.env.BENCH_ONLY ?? 'extract,ingest,search,export').split(','));
console.log(`doingoai bench — node ${process.version}`);

if (only.has('extract')) {
  const x = runExtractBench(n, Number(process.env.BENCH_EXTRACT_PASSES ?? 3));
  console.log(
    `read+clean (one core, ${n} generated articles): ${x.cleanPerSec} articles/s, ${x.cleanMBPerSec} MB/s over ${x.megabytes} MB (goal ≥ 2000 articles/s)`,
  );
  console.log(
    `extract = read+clean+analyse (one core), one document at a time as \`doingoai extract\` runs: ${x.streamedPerSec} articles/s, ${x.streamedWordsPerSec} words/s (median of passes ${x.streamedPasses.join(', ')}; goal ≥ 1000 articles/s), peak RSS ${x.streamedPeakRssMB} MB; stage by stage (all cleaned, then all analysed): ${x.extractPerSec} articles/s, ${x.wordsPerSec} words/s, peak RSS ${x.peakRssMB} MB`,
  );
}
if (only.has('ingest')) console.log(formatIngestBench(await runIngestBench(n)));
if (only.has('search')) printSearchBench(await runSearchBench({ documents: Number(process.env.BENCH_SEARCH_DOCS ?? 100000) }));
if (only.has('export')) {
  const ex = await runExportBench({ rows: Number(process.env.BENCH_EXPORT_ROWS ?? 1_000_000) });
  for (const m of ex.measures) console.log(describeMeasure(m));
}
