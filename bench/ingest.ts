// Ingest throughput into PGlite and (with TEST_DATABASE_URL or DATABASE_URL) a PostgreSQL server, and fact-query
// latency, over generated articles (paragraphs of the bundled examples recombined: bench/corpus.ts).
//   store: BENCH_ARTICLES (10,000) articles through ingest() with their analysis prepared beforehand — each paragraph
//          analysed once by the real pipeline and the results assembled — so the figure is ingest + store, not
//          extraction; then the same documents written with putDocuments alone.
//   end to end: BENCH_E2E_ARTICLES (1,000) articles through ingest() with the real pipeline in worker threads.
// Goals (issue 4): ≥ 300 articles/s into PGlite, ≥ 500 articles/s into PostgreSQL on 2 cores.
// Run alone: node --import tsx bench/ingest.ts
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { wrap } from '../src/ingest/analyse.ts';
import { ingest } from '../src/ingest/index.ts';
import { processRaw } from '../src/pipeline.ts';
import { openStore } from '../src/store/index.ts';
import { scratchDatabase } from '../src/store/scratch.ts';
import type { IngestDoc, Store } from '../src/store/types.ts';
import type { ExtractedDoc, RawDoc } from '../src/types.ts';
import { generateArticles } from './corpus.ts';

export interface IngestBenchBackend {
  backend: 'pglite' | 'postgres';
  articles: number;
  /** ingest() with analysis prepared: articles/s. */
  ingestPerSec: number;
  /** The same per CPU-second of this process (PGlite's work included; a server's not): the figure a loaded
   * machine cannot spoil. */
  ingestPerCpuSec: number;
  storePerCpuSec: number;
  /** putDocuments alone, batches of 100: articles/s. */
  storePerSec: number;
  /** ingest() with the real pipeline in workers: articles/s (over e2eArticles). */
  endToEndPerSec: number;
  e2eArticles: number;
  claims: number;
  facts: number;
  refreshFactsMs: number;
  /** Median latency, ms. */
  listFactsMs: number;
  listConflictsMs: number;
  getDocumentMs: number;
  searchMs: number;
}

export interface IngestBenchResult {
  cores: number;
  prepareSeconds: number;
  backends: IngestBenchBackend[];
}

async function* from<T>(items: Iterable<T>): AsyncGenerator<T> {
  for (const x of items) yield x;
}

/** Each paragraph analysed once; an article's analysis is its paragraphs' analyses, offsets shifted. */
export function assembledAnalysis(n: number, seed: number): Array<{ raw: RawDoc; doc: ExtractedDoc }> {
  const cache = new Map<string, ExtractedDoc>();
  const analyse = (p: string) => {
    let d = cache.get(p);
    if (!d) {
      d = processRaw({ source: 'paragraph', format: 'text', raw: p, meta: {} });
      cache.set(p, d);
    }
    return d;
  };
  const out: Array<{ raw: RawDoc; doc: ExtractedDoc }> = [];
  for (const a of generateArticles(n, seed)) {
    const [title, ...paras] = a.text.split('\n\n');
    let text = title as string;
    const doc: ExtractedDoc = {
      source: a.source,
      id: '',
      title: title as string,
      outlet: `outlet${out.length % 7}.vn`,
      author: null,
      url: null,
      published: { date: `20${19 + (out.length % 5)}-0${1 + (out.length % 9)}-1${out.length % 10}`, basis: 'metadata' },
      text: '',
      removed: [],
      quality: { spun: 0, repairs: 0 },
      claims: [],
      entities: [],
      events: [],
      extractor: 'bench',
    };
    const entities = new Map<string, ExtractedDoc['entities'][number]>();
    for (const p of paras) {
      const d = analyse(p);
      text += '\n\n';
      const off = text.length;
      text += d.text;
      for (const c of d.claims)
        doc.claims.push({
          ...c,
          start: c.start + off,
          end: c.end + off,
          ...(c.sentence ? { sentence: { start: c.sentence.start + off, end: c.sentence.end + off } } : {}),
        });
      for (const e of d.events) doc.events.push({ ...e, start: e.start + off, end: e.end + off });
      for (const e of d.entities) {
        const m = e.mentions.map((x) => ({ ...x, start: x.start + off, end: x.end + off }));
        const cur = entities.get(e.id);
        if (cur) cur.mentions.push(...m);
        else entities.set(e.id, { ...e, mentions: m });
      }
    }
    doc.text = text;
    doc.entities = [...entities.values()];
    doc.id = createHash('sha256').update(text).digest('hex').slice(0, 16);
    out.push({ raw: { source: a.source, format: 'text', raw: a.text, meta: { title } }, doc });
  }
  return out;
}

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round((s[Math.floor(s.length / 2)] ?? 0) * 10) / 10;
}

async function timeIt(n: number, f: () => Promise<unknown>): Promise<number> {
  const xs: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await f();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

interface Target {
  backend: 'pglite' | 'postgres';
  open(): Promise<{ store: Store; done(): Promise<void> }>;
}

function pgliteTarget(): Target {
  return {
    backend: 'pglite',
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'doingoai-bench-'));
      const store = await openStore({ dir });
      return {
        store,
        async done() {
          await store.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  };
}

function postgresTarget(url: string): Target {
  return {
    backend: 'postgres',
    async open() {
      const db = await scratchDatabase(url, 'doingoai_bench');
      const store = await openStore({ url: db.url });
      return {
        store,
        async done() {
          await store.close();
          await db.drop();
        },
      };
    },
  };
}

async function benchBackend(t: Target, prepared: Array<{ raw: RawDoc; doc: ExtractedDoc }>, e2e: RawDoc[]): Promise<IngestBenchBackend> {
  const byRaw = new Map(prepared.map((p) => [p.raw, p.doc]));
  // 1. ingest() with the analysis looked up on the main thread; hashing, batching and the writes there, compression,
  //    MinHash and search vectors in worker threads as in a real ingest — all measured.
  const a = await t.open();
  let t0 = performance.now();
  let c0 = process.cpuUsage();
  await ingest(a.store, from(prepared.map((p) => p.raw)), {
    analyse: (raw) => byRaw.get(raw) as ExtractedDoc,
    workers: availableParallelism(),
    refreshFacts: false,
  });
  const ingestPerSec = prepared.length / ((performance.now() - t0) / 1000);
  const ingestPerCpuSec = prepared.length / cpuSeconds(c0);
  t0 = performance.now();
  const facts = await a.store.refreshFacts();
  const refreshFactsMs = Math.round(performance.now() - t0);
  const st = await a.store.stats();
  const indicator = st.indicators[0]?.value;
  const someDoc = (await a.store.listDocuments({ limit: 1 })).items[0]?.id as string;
  const listFactsMs = await timeIt(20, () => a.store.listFacts({ indicator }));
  const listConflictsMs = await timeIt(20, () => a.store.listConflicts({ limit: 50 }));
  const getDocumentMs = await timeIt(20, () => a.store.getDocument(someDoc));
  const searchMs = await timeIt(20, () => a.store.searchDocuments({ q: 'ngoại giao kinh tế', limit: 20 }));
  await a.done();

  // 2. putDocuments alone, everything prepared beforehand.
  const docs: IngestDoc[] = prepared.map((p) => wrap(p.raw, p.doc));
  const b = await t.open();
  t0 = performance.now();
  c0 = process.cpuUsage();
  for (let i = 0; i < docs.length; i += 100) await b.store.putDocuments(docs.slice(i, i + 100));
  const storePerSec = docs.length / ((performance.now() - t0) / 1000);
  const storePerCpuSec = docs.length / cpuSeconds(c0);
  await b.done();

  // 3. End to end: the real pipeline in worker threads on all cores.
  const c = await t.open();
  t0 = performance.now();
  await ingest(c.store, from(e2e), {});
  const endToEndPerSec = e2e.length / ((performance.now() - t0) / 1000);
  await c.done();

  return {
    backend: t.backend,
    articles: prepared.length,
    ingestPerSec: Math.round(ingestPerSec),
    ingestPerCpuSec: Math.round(ingestPerCpuSec),
    storePerSec: Math.round(storePerSec),
    storePerCpuSec: Math.round(storePerCpuSec),
    endToEndPerSec: Math.round(endToEndPerSec * 10) / 10,
    e2eArticles: e2e.length,
    claims: st.claims,
    facts,
    refreshFactsMs,
    listFactsMs,
    listConflictsMs,
    getDocumentMs,
    searchMs,
  };
}

export async function runIngestBench(
  n = Number(process.env.BENCH_ARTICLES ?? 10000),
  e2eN = Number(process.env.BENCH_E2E_ARTICLES ?? 1000),
): Promise<IngestBenchResult> {
  const t0 = performance.now();
  const prepared = assembledAnalysis(n, 4);
  const prepareSeconds = Math.round((performance.now() - t0) / 100) / 10;
  const e2e = [...generateArticles(e2eN, 99)].map((a): RawDoc => ({ source: a.source, format: 'text', raw: a.text, meta: {} }));
  // BENCH_INGEST_BACKENDS=pglite or =postgres measures one back-end only.
  const want = new Set((process.env.BENCH_INGEST_BACKENDS ?? 'pglite,postgres').split(','));
  const targets = want.has('pglite') ? [pgliteTarget()] : [];
  const url = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (url && want.has('postgres')) targets.push(postgresTarget(url));
  const backends: IngestBenchBackend[] = [];
  for (const t of targets) backends.push(await benchBackend(t, prepared, e2e));
  return { cores: availableParallelism(), prepareSeconds, backends };
}

export function formatIngestBench(r: IngestBenchResult): string {
  const goal = (b: IngestBenchBackend) => (b.backend === 'pglite' ? 300 : 500);
  return r.backends
    .map(
      (b) =>
        `ingest → ${b.backend}: ${b.ingestPerSec} articles/s over ${b.articles} (analysis prepared; goal ≥ ${goal(b)}; ` +
        `${b.ingestPerCpuSec} per CPU-second of this process), store writes alone ${b.storePerSec}/s (${b.storePerCpuSec}/CPU-s), end to end with the pipeline on ${r.cores} cores ${b.endToEndPerSec}/s over ${b.e2eArticles}; ` +
        `${b.claims} claims → ${b.facts} facts in ${b.refreshFactsMs} ms; median ms: listFacts ${b.listFactsMs}, listConflicts ${b.listConflictsMs}, ` +
        `getDocument ${b.getDocumentMs}, search ${b.searchMs}`,
    )
    .join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await runIngestBench();
  console.log(`(prepared ${r.backends[0]?.articles} articles' analysis in ${r.prepareSeconds} s)`);
  console.log(formatIngestBench(r));
}
