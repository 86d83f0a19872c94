// ingest() with the caller's analysis on the main thread and workers completing each document (compressed raw,
// MinHash, search vectors): the same stored result as doing it all on the main thread; a failing analysis is reported.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingest } from '../../src/ingest/index.ts';
import type { RawDoc } from '../../src/types.ts';
import { pgliteFactory } from '../store/factories.ts';
import { fakeAnalyse } from './fake-analyse.ts';

async function* from<T>(items: T[]): AsyncGenerator<T> {
  for (const x of items) yield x;
}

const raws = (): RawDoc[] =>
  Array.from({ length: 30 }, (_, i) => ({
    source: `p${i}.txt`,
    format: 'text' as const,
    raw: `Bài ${i}\n\nViệt Nam đã nhận ${i + 1} triệu liều vaccine và ký ${i + 2} văn bản hợp tác.`,
    meta: {},
  }));

test(
  'prepared analysis with workers stores what the main thread alone stores; failures are per document',
  { timeout: 120_000 },
  async () => {
    const failures: string[] = [];
    const analyse = (raw: RawDoc) => {
      if (raw.source === 'p7.txt') throw new Error('boom');
      return fakeAnalyse(raw);
    };
    const results = [];
    for (const workers of [0, 1]) {
      const f = await pgliteFactory();
      try {
        const s = await ingest(f.store, from(raws()), { analyse, workers, refreshFacts: false, onFailure: (src) => failures.push(src) });
        assert.deepEqual([s.added, s.failed], [29, 1], `workers ${workers}`);
        const hit = await f.store.searchDocuments({ q: '"văn bản hợp tác"', limit: 200 });
        const stats = await f.store.stats();
        results.push({ hits: hit.total, claims: stats.claims, raw: stats.rawBytes > 0, clusters: stats.clusters });
      } finally {
        await f.done();
      }
    }
    assert.deepEqual(failures, ['p7.txt', 'p7.txt']);
    assert.deepEqual(results[1], results[0]);
    assert.equal(results[0]!.hits, 29);
  },
);
