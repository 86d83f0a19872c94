// Ingest jobs started through the API: run one at a time against the store, their progress kept in memory for
// GET /api/jobs/:id (the last MAX_JOBS jobs).
import { randomBytes } from 'node:crypto';
import { ingest } from '../ingest/index.ts';
import { type Counts, Progress } from '../ingest/progress.ts';
import type { PutStatus, Store } from '../store/types.ts';
import type { RawDoc, ReadError } from '../types.ts';

export type JobState = 'queued' | 'running' | 'done' | 'failed';

export interface Job {
  id: string;
  kind: 'upload' | 'url';
  state: JobState;
  /** Token name of who started it. */
  by: string;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** Inputs in the job when known. */
  total: number | null;
  counts: Counts;
  /** Documents written or found (first MAX_LIST). */
  documents: Array<{ id: string; source: string; status: PutStatus }>;
  /** Inputs that could not be read, analysed or stored (first MAX_LIST). */
  failures: Array<{ source: string; reason: string }>;
  facts: number;
  error: string | null;
}

const MAX_JOBS = 200;
const MAX_LIST = 1000;

/** Records counts instead of drawing a bar. */
class JobProgress extends Progress {
  constructor(private readonly job: Job) {
    super({ tty: false });
  }
  override update(c: Counts): void {
    this.job.counts = { ...c };
  }
  override done(c: Counts): void {
    this.job.counts = { ...c };
  }
  override note(): void {}
}

export class JobRunner {
  private readonly jobs = new Map<string, Job>();
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Store,
    /** Analysis workers for a job of this many inputs (0: on the server's thread). */
    private readonly workersFor: (inputs: number | null) => number = (n) => (n !== null && n <= 20 ? 0 : 2),
  ) {}

  get(id: string): Job | null {
    return this.jobs.get(id) ?? null;
  }

  /** Queues an ingest of `inputs`; returns at once with the job. */
  start(kind: Job['kind'], by: string, inputs: AsyncIterable<RawDoc | ReadError>, total: number | null): Job {
    const job: Job = {
      id: randomBytes(8).toString('hex'),
      kind,
      state: 'queued',
      by,
      createdAt: new Date().toISOString(),
      startedAt: null,
      finishedAt: null,
      total,
      counts: { read: 0, skipped: 0, added: 0, versions: 0, existing: 0, failed: 0 },
      documents: [],
      failures: [],
      facts: 0,
      error: null,
    };
    this.jobs.set(job.id, job);
    while (this.jobs.size > MAX_JOBS) this.jobs.delete(this.jobs.keys().next().value as string);
    this.chain = this.chain.then(() => this.run(job, inputs));
    return job;
  }

  /** Resolves when every queued job has finished (tests, shutdown). */
  idle(): Promise<void> {
    return this.chain;
  }

  private async run(job: Job, inputs: AsyncIterable<RawDoc | ReadError>): Promise<void> {
    job.state = 'running';
    job.startedAt = new Date().toISOString();
    try {
      const summary = await ingest(this.store, inputs, {
        workers: this.workersFor(job.total),
        batchSize: 50,
        progress: new JobProgress(job),
        onFailure: (source, reason) => {
          if (job.failures.length < MAX_LIST) job.failures.push({ source, reason });
        },
        onBatch: (results) => {
          for (const r of results)
            if (job.documents.length < MAX_LIST) job.documents.push({ id: r.id, source: r.source, status: r.status });
        },
      });
      const { facts, seconds: _s, ...counts } = summary;
      job.counts = counts;
      job.facts = facts;
      job.state = 'done';
    } catch (e) {
      job.state = 'failed';
      job.error = `nhập thất bại / ingest failed: ${(e as Error).message}`;
    } finally {
      job.finishedAt = new Date().toISOString();
    }
  }
}
