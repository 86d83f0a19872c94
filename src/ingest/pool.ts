// A fixed pool of analysis workers (one per core by default). size 0 runs tasks on the calling thread, with
// `analyse` when given (tests, benches) or the real pipeline.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ExtractedDoc, RawDoc } from '../types.ts';
import type { Task, TaskResult } from './task.ts';

const WORKER = new URL('./worker.mjs', import.meta.url);

interface Slot {
  worker: Worker;
  busy: { id: number; task: Task; resolve: (r: TaskResult) => void; timer: NodeJS.Timeout | null } | null;
}

export class WorkerPool {
  private slots: Slot[] = [];
  private queue: Array<{ task: Task; resolve: (r: TaskResult) => void }> = [];
  private nextId = 1;
  private closed = false;

  constructor(
    readonly size: number = defaultWorkers(),
    /** A task running longer than this is abandoned (its documents fail) and its worker replaced. */
    private readonly taskTimeoutMs = 120_000,
    private readonly analyse?: (raw: RawDoc) => ExtractedDoc,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
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
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots = [];
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(WORKER), busy: null };
    slot.worker.unref();
    slot.worker.on('message', (m: { id?: number; result?: TaskResult }) => {
      if (!m.id || !slot.busy || slot.busy.id !== m.id) return;
      const job = slot.busy;
      slot.busy = null;
      if (job.timer) clearTimeout(job.timer);
      job.resolve(m.result as TaskResult);
      this.pump();
    });
    const fail = (reason: string) => {
      const job = slot.busy;
      slot.busy = null;
      if (job) {
        if (job.timer) clearTimeout(job.timer);
        job.resolve(failAll(job.task, reason));
      }
      if (this.closed) return;
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots[i] = this.spawn();
      this.pump();
    };
    slot.worker.on('error', (e) => fail(`tiến trình phân tích lỗi / analysis worker crashed: ${e.message}`));
    slot.worker.on('exit', (code) => {
      if (!this.closed && this.slots.includes(slot)) fail(`tiến trình phân tích thoát / analysis worker exited (${code})`);
    });
    return slot;
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy || !this.queue.length) continue;
      const next = this.queue.shift() as { task: Task; resolve: (r: TaskResult) => void };
      const id = this.nextId++;
      const timer = setTimeout(() => {
        if (slot.busy?.id !== id) return;
        const job = slot.busy;
        slot.busy = null;
        job.resolve(failAll(job.task, `quá thời gian phân tích / analysis timed out after ${this.taskTimeoutMs} ms`));
        const i = this.slots.indexOf(slot);
        void slot.worker.terminate();
        if (i >= 0 && !this.closed) this.slots[i] = this.spawn();
        this.pump();
      }, this.taskTimeoutMs);
      slot.busy = { id, task: next.task, resolve: next.resolve, timer };
      slot.worker.ref();
      slot.worker.postMessage({ id, task: next.task });
    }
    for (const slot of this.slots) if (!slot.busy) slot.worker.unref();
  }
}

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

function failAll(task: Task, reason: string): TaskResult {
  if (task.kind === 'ingest') return { kind: 'ingest', docs: [], failures: task.raws.map((r) => ({ source: r.source, reason })) };
  return { kind: 'reanalyse', docs: [], failures: task.items.map((i) => ({ source: i.raw.source, reason })) };
}
