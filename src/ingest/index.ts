// Ingest: read → (skip inputs already stored) → analyse in workers → write in batches, one transaction each.
// Memory stays bounded: at most `maxInFlight` analysis tasks and `maxQueuedWrites` documents wait at any time.
// Safe to kill at any moment: a batch is written whole or not at all, and a rerun skips what is stored.
import { isReadError, type ReadOptions, readInputs } from '../read/index.ts';
import { gunzipText } from '../store/raw.ts';
import type { IngestDoc, PutResult, Store } from '../store/types.ts';
import type { ExtractedDoc, RawDoc, ReadError } from '../types.ts';
import { estimateInputs } from './estimate.ts';
import { WorkerPool } from './pool.ts';
import type { Counts, Progress } from './progress.ts';
import { hashOf, type Task, type TaskResult, unwrapRaw } from './task.ts';

export interface IngestOptions {
  /** Analysis workers; 0 analyses on the main thread. Default: one per core. */
  workers?: number;
  /** Documents per write transaction. */
  batchSize?: number;
  /** Documents per analysis task sent to a worker. */
  taskSize?: number;
  progress?: Progress | null;
  /** Called for every input that could not be read, analysed or stored. */
  onFailure?: (source: string, reason: string) => void;
  /** Called after each batch is committed. */
  onBatch?: (results: PutResult[]) => void;
  /** Recompute facts for the indicators touched (default true). */
  refreshFacts?: boolean;
  /** Analyse on the calling thread with this function instead of the pipeline (tests, benches). Everything else a
   * document needs (compressed raw, MinHash, search vectors) runs there too, or in `workers` when given. */
  analyse?: (raw: RawDoc) => ExtractedDoc;
  /** Stop reading new inputs when aborted; what was read is still analysed and written. */
  signal?: AbortSignal;
}

export interface IngestSummary extends Counts {
  /** Facts rewritten at the end. */
  facts: number;
  seconds: number;
}

export async function ingestInputs(
  store: Store,
  inputs: string[],
  opts: IngestOptions = {},
  readOpts: Partial<ReadOptions> = {},
): Promise<IngestSummary> {
  if (opts.progress) {
    const p = opts.progress;
    void estimateInputs(inputs).then((n) => {
      p.total = n;
    });
  }
  return ingest(store, readInputs(inputs, readOpts), opts);
}

export async function ingest(store: Store, source: AsyncIterable<RawDoc | ReadError>, opts: IngestOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const batchSize = opts.batchSize ?? 100;
  const taskSize = opts.taskSize ?? 8;
  const mainAnalyse = opts.analyse && opts.workers ? opts.analyse : null;
  const pool = opts.analyse && !opts.workers ? new WorkerPool(0, { analyse: opts.analyse }) : new WorkerPool(opts.workers);
  // Every worker's backlog full, and as many tasks again waiting: a worker never waits for the main thread.
  const maxInFlight = Math.max(2, pool.capacity + pool.size);
  const maxQueuedWrites = batchSize * 3;
  const c: Counts = { read: 0, skipped: 0, added: 0, versions: 0, existing: 0, failed: 0 };
  const touched = new Set<string>();
  const progress = opts.progress ?? null;
  const fail = (src: string, reason: string) => {
    c.failed++;
    opts.onFailure?.(src, reason);
    progress?.note(`doingoai: ${src}: ${reason}`);
  };

  const inFlight = new Set<Promise<void>>();
  let queue: IngestDoc[] = [];
  let writing: Promise<void> = Promise.resolve();
  // Each queued batch's completion: analysis waits for the oldest, not for the whole queue, so the store keeps busy.
  const queued = new Set<Promise<void>>();
  let writesPending = 0;
  let writeError: unknown = null;

  const write = async (batch: IngestDoc[]) => {
    let results: PutResult[];
    try {
      results = await store.putDocuments(batch);
    } catch {
      // One bad document must not sink its batch: retry one by one and report the culprit.
      results = [];
      for (const d of batch) {
        try {
          results.push(...(await store.putDocuments([d])));
        } catch (e) {
          fail(d.doc.source, `không lưu được / store failed: ${(e as Error).message}`);
        }
      }
    }
    for (const r of results) {
      if (r.status === 'added') c.added++;
      else if (r.status === 'new_version') c.versions++;
      else c.existing++;
    }
    const written = new Set(results.filter((r) => r.status !== 'exists').map((r) => r.id));
    for (const d of batch) if (written.has(d.doc.id)) for (const cl of d.doc.claims) if (cl.indicator) touched.add(cl.indicator);
    opts.onBatch?.(results);
    progress?.update(c);
  };
  const flush = () => {
    if (!queue.length) return;
    const batch = queue;
    queue = [];
    writesPending += batch.length;
    const done: Promise<void> = writing
      .then(() => write(batch))
      .catch((e) => {
        writeError ??= e;
      })
      .finally(() => {
        writesPending -= batch.length;
        queued.delete(done);
      });
    queued.add(done);
    writing = done;
  };
  /** A worker's answer joined with the analyses made here, if any. */
  const collect = (r: TaskResult, analysed: ExtractedDoc[] | null) => {
    if (r.kind !== 'ingest') return;
    for (const f of r.failures) fail(f.source, f.reason);
    for (const { index, doc, ...rest } of r.docs) queue.push({ doc: doc ?? (analysed?.[index] as ExtractedDoc), ...rest });
    if (queue.length >= batchSize) flush();
  };
  const start = async (raws: RawDoc[]) => {
    while (inFlight.size >= maxInFlight || writesPending > maxQueuedWrites) {
      if (inFlight.size) await Promise.race(inFlight);
      else await Promise.race(queued);
      if (writeError) throw writeError;
    }
    const prepared = mainAnalyse ? analyseHere(raws, mainAnalyse, fail) : null;
    const task: Task = prepared
      ? { kind: 'ingest', raws: prepared.raws, analysed: prepared.docs.map((d) => ({ title: d.title, text: d.text })) }
      : { kind: 'ingest', raws };
    const p: Promise<void> = pool
      .run(task)
      .then((r) => collect(r, prepared?.docs ?? null))
      .catch((e) => {
        writeError ??= e;
      })
      .finally(() => inFlight.delete(p));
    inFlight.add(p);
  };
  // Inputs wait here until a chunk can be checked against the store in one query.
  let chunk: RawDoc[] = [];
  const dispatch = async () => {
    const raws = chunk;
    chunk = [];
    if (!raws.length) return;
    const hashes = raws.map(hashOf);
    const known = await store.knownRaw(hashes);
    const seen = new Set<string>();
    const todo: RawDoc[] = [];
    raws.forEach((r, i) => {
      const h = hashes[i] as string;
      if (known.has(h) || seen.has(h)) c.skipped++;
      else {
        seen.add(h);
        todo.push(r);
      }
    });
    progress?.update(c);
    for (let i = 0; i < todo.length; i += taskSize) await start(todo.slice(i, i + taskSize));
  };

  try {
    for await (const item of source) {
      if (writeError) throw writeError;
      if (opts.signal?.aborted) break;
      if (isReadError(item)) {
        c.read++;
        fail(item.source, item.reason);
        continue;
      }
      c.read++;
      chunk.push(item);
      if (chunk.length >= 64) await dispatch();
    }
    await dispatch();
    while (inFlight.size) await Promise.race(inFlight);
    if (writeError) throw writeError;
    flush();
    await writing;
    if (writeError) throw writeError;
  } finally {
    await pool.close();
  }
  if (c.added + c.versions) await store.maintain();
  const facts = opts.refreshFacts === false || !touched.size ? 0 : await store.refreshFacts([...touched]);
  progress?.done(c);
  return { ...c, facts, seconds: (Date.now() - started) / 1000 };
}

export interface ReanalyseSummary {
  documents: number;
  failed: number;
  facts: number;
  seconds: number;
}

/** Re-runs cleaning and extraction on every kept raw input; reviews stay, facts are recomputed. */
export async function reanalyse(store: Store, opts: Omit<IngestOptions, 'onBatch'> = {}): Promise<ReanalyseSummary> {
  const started = Date.now();
  const pool = opts.analyse ? new WorkerPool(0, { analyse: opts.analyse }) : new WorkerPool(opts.workers);
  const taskSize = opts.taskSize ?? 8;
  const progress = opts.progress ?? null;
  const c: Counts = { read: 0, skipped: 0, added: 0, versions: 0, existing: 0, failed: 0 };
  const inFlight = new Set<Promise<void>>();
  const maxInFlight = Math.max(2, pool.capacity + pool.size);
  // Writes go one at a time; PGlite is one connection and the server gains little from racing them.
  let writing: Promise<void> = Promise.resolve();
  let error: unknown = null;
  try {
    for await (const rows of store.rawDocuments(taskSize * 8)) {
      for (let i = 0; i < rows.length; i += taskSize) {
        const items = rows
          .slice(i, i + taskSize)
          .map((r) => ({ id: r.id, raw: unwrapRaw(r.source, r.format, gunzipText(r.rawGz), r.meta) }));
        c.read += items.length;
        while (inFlight.size >= maxInFlight) await Promise.race(inFlight);
        const p = pool
          .run({ kind: 'reanalyse', items })
          .then((res) => {
            if (res.kind !== 'reanalyse') return;
            for (const f of res.failures) {
              c.failed++;
              opts.onFailure?.(f.source, f.reason);
              progress?.note(`doingoai: ${f.source}: ${f.reason}`);
            }
            writing = writing.then(async () => {
              for (const d of res.docs) {
                await store.replaceAnalysis(d.id, d.doc);
                c.added++;
              }
              progress?.update(c);
            });
            return writing;
          })
          .catch((e) => {
            error ??= e;
          })
          .finally(() => inFlight.delete(p));
        inFlight.add(p);
        if (error) throw error;
      }
    }
    while (inFlight.size) await Promise.race(inFlight);
    await writing;
    if (error) throw error;
  } finally {
    await pool.close();
  }
  await store.maintain();
  const facts = opts.refreshFacts === false ? 0 : await store.refreshFacts();
  progress?.done(c);
  return { documents: c.added, failed: c.failed, facts, seconds: (Date.now() - started) / 1000 };
}

/** The caller's analyses of raws (workers complete them); a raw whose analysis throws fails here. */
function analyseHere(
  raws: RawDoc[],
  analyse: (raw: RawDoc) => ExtractedDoc,
  fail: (src: string, reason: string) => void,
): { raws: RawDoc[]; docs: ExtractedDoc[] } {
  const ok: RawDoc[] = [];
  const docs: ExtractedDoc[] = [];
  for (const raw of raws) {
    try {
      docs.push(analyse(raw));
      ok.push(raw);
    } catch (e) {
      fail(raw.source, `phân tích thất bại / analysis failed: ${(e as Error).message}`);
    }
  }
  return { raws: ok, docs };
}
