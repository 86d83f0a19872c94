// A fixed pool of analysis workers (one per core by default). size 0 runs tasks on the calling thread, with
// `analyse` when given (tests, benches) or the real pipeline.
// Each worker holds a backlog of tasks: the main thread is blocked while PGlite runs a write, and a worker that had to
// wait for the main thread to hand it its next task would sit idle for the whole write.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ExtractedDoc, RawDoc } from '../types.ts';
import type { Task, TaskResult } from './task.ts';

const WORKER = new URL('./worker.mjs', import.meta.url);

export interface PoolOptions {
  /** A task running longer than this is abandoned (its documents fail) and its worker replaced. */
  taskTimeoutMs?: number;
  /** With size 0: the analysis to run on the calling thread instead of the pipeline. */
  analyse?: (raw: RawDoc) => ExtractedDoc;
  /** Tasks each worker may hold at once, the running one included. */
  depth?: number;
  /** The worker's script (tests). */
  script?: URL;
}

interface Job {
  id: number;
  task: Task;
  resolve: (r: TaskResult) => void;
}

interface Slot {
  worker: Worker;
  /** Tasks sent to this worker, in the order it runs them: the first is running. */
  jobs: Job[];
  /** The running task's deadline. */
  timer: NodeJS.Timeout | null;
}

export class WorkerPool {
  private slots: Slot[] = [];
  private queue: Array<{ task: Task; resolve: (r: TaskResult) => void }> = [];
  private nextId = 1;
  private closed = false;

  private readonly taskTimeoutMs: number;
  private readonly analyse?: (raw: RawDoc) => ExtractedDoc;
  private readonly script: URL;
  readonly depth: number;

  constructor(
    readonly size: number = defaultWorkers(),
    opts: PoolOptions = {},
  ) {
    this.taskTimeoutMs = opts.taskTimeoutMs ?? 120_000;
    this.analyse = opts.analyse;
    this.depth = Math.max(1, opts.depth ?? 8);
    this.script = opts.script ?? WORKER;
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** How many tasks the pool runs or holds at once: callers keep this many in flight to keep every worker busy. */
  get capacity(): number {
    return Math.max(1, this.size * this.depth);
  }

  run(task: Task): Promise<TaskResult> {
    if (this.size === 0) return import('./analyse.ts').then((m) => m.runTask(task, this.analyse));
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const s of this.slots) if (s.timer) clearTimeout(s.timer);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots = [];
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.script), jobs: [], timer: null };
    slot.worker.unref();
    slot.worker.on('message', (m: { id?: number; result?: TaskResult }) => {
      if (!m.id || slot.jobs[0]?.id !== m.id) return;
      const job = slot.jobs.shift() as Job;
      this.armTimer(slot);
      job.resolve(m.result as TaskResult);
      this.pump();
    });
    const fail = (reason: string) => this.replace(slot, reason);
    slot.worker.on('error', (e) => fail(`tiến trình phân tích lỗi / analysis worker crashed: ${e.message}`));
    slot.worker.on('exit', (code) => {
      if (!this.closed && this.slots.includes(slot)) fail(`tiến trình phân tích thoát / analysis worker exited (${code})`);
    });
    return slot;
  }

  /** The running task fails with reason; the tasks queued behind it go back to the pool; a new worker takes the slot. */
  private replace(slot: Slot, reason: string): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const [running, ...waiting] = slot.jobs;
    slot.jobs = [];
    running?.resolve(failAll(running.task, reason));
    this.queue.unshift(...waiting.map((j) => ({ task: j.task, resolve: j.resolve })));
    const i = this.slots.indexOf(slot);
    if (i >= 0) {
      this.slots.splice(i, 1);
      void slot.worker.terminate();
      if (!this.closed) this.slots.splice(i, 0, this.spawn());
    }
    if (!this.closed) this.pump();
  }

  /** The deadline of the slot's running task (the first job), if any. */
  private armTimer(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const head = slot.jobs[0];
    if (!head) return;
    slot.timer = setTimeout(() => {
      if (slot.jobs[0]?.id === head.id) this.replace(slot, `quá thời gian phân tích / analysis timed out after ${this.taskTimeoutMs} ms`);
    }, this.taskTimeoutMs);
  }

  private pump(): void {
    // Fill the least loaded worker first, so the work spreads evenly.
    for (;;) {
      const slot = this.slots.reduce<Slot | null>(
        (best, s) => (s.jobs.length < this.depth && (!best || s.jobs.length < best.jobs.length) ? s : best),
        null,
      );
      const next = slot && this.queue.shift();
      if (!slot || !next) break;
      const job: Job = { id: this.nextId++, task: next.task, resolve: next.resolve };
      slot.jobs.push(job);
      if (slot.jobs.length === 1) this.armTimer(slot);
      slot.worker.ref();
      slot.worker.postMessage({ id: job.id, task: job.task });
    }
    for (const slot of this.slots) if (!slot.jobs.length) slot.worker.unref();
  }
}

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

function failAll(task: Task, reason: string): TaskResult {
  if (task.kind === 'ingest') return { kind: 'ingest', docs: [], failures: task.raws.map((r) => ({ source: r.source, reason })) };
  return { kind: 'reanalyse', docs: [], failures: task.items.map((i) => ({ source: i.raw.source, reason })) };
}
