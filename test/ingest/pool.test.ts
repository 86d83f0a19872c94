// The worker pool: every task gets exactly one answer, in spite of crashes, hangs and the backlog each worker holds.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WorkerPool } from '../../src/ingest/pool.ts';
import type { Task, TaskResult } from '../../src/ingest/task.ts';

const script = new URL('./pool-worker.mjs', import.meta.url);
const task = (...sources: string[]): Task => ({
  kind: 'ingest',
  raws: sources.map((source) => ({ source, format: 'text', raw: '', meta: {} })),
});
const answers = (r: TaskResult) => r.failures.map((f) => `${f.source}=${f.reason === 'ok' ? 'ok' : 'failed'}`);

describe('WorkerPool', () => {
  it('answers every task, and spreads a backlog over the workers', async () => {
    const pool = new WorkerPool(2, { script, depth: 4 });
    try {
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => pool.run(task(`slow:5`, `t${i}`))));
      assert.deepEqual(
        results.map((r) => answers(r)[1]),
        Array.from({ length: 20 }, (_, i) => `t${i}=ok`),
      );
      assert.equal(pool.capacity, 8);
    } finally {
      await pool.close();
    }
  });

  it('a crash fails only the running task; the tasks queued behind it run on a new worker', async () => {
    const pool = new WorkerPool(1, { script, depth: 4 });
    try {
      const results = await Promise.all([
        pool.run(task('slow:50', 'a')),
        pool.run(task('crash')),
        pool.run(task('b')),
        pool.run(task('c')),
      ]);
      assert.deepEqual(results.map(answers), [['slow:50=ok', 'a=ok'], ['crash=failed'], ['b=ok'], ['c=ok']]);
      assert.match(results[1]?.failures[0]?.reason ?? '', /exited|crashed/);
    } finally {
      await pool.close();
    }
  });

  it('a hung task times out alone; the tasks queued behind it still run', async () => {
    const pool = new WorkerPool(1, { script, depth: 4, taskTimeoutMs: 300 });
    try {
      const results = await Promise.all([pool.run(task('hang')), pool.run(task('b')), pool.run(task('slow:100', 'c'))]);
      assert.deepEqual(results.map(answers), [['hang=failed'], ['b=ok'], ['slow:100=ok', 'c=ok']]);
      assert.match(results[0]?.failures[0]?.reason ?? '', /timed out after 300 ms/);
    } finally {
      await pool.close();
    }
  });
});
