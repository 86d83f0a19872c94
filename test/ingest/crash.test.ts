// Ingest survives kill -9 at any moment: 20 times, an ingest process is killed at a random moment, rerun, and the
// store then holds every document exactly once, each with all its claims, and no claim without its document.
// Several ingest processes writing to one PostgreSQL server at once: no duplicates, nothing lost.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { generateArticles, rng } from '../../src/ingest/corpus.ts';
import type { RawDoc } from '../../src/types.ts';
import { pgliteFolder, postgresFactory } from '../store/factories.ts';
import { expectedClaims } from './fake-analyse.ts';

const CHILD = new URL('./child.ts', import.meta.url).pathname;
const ROUNDS = 20;
const LANES = 2;
const PER_ROUND = 15;

interface Corpus {
  root: string;
  dirs: string[];
  /** file path → expected claim count */
  expected: Map<string, number>;
}

function writeCorpus(rounds: number, perRound: number, seed: number): Corpus {
  const root = mkdtempSync(join(tmpdir(), 'doingoai-corpus-'));
  const dirs: string[] = [];
  const expected = new Map<string, number>();
  let i = 0;
  for (const d of generateArticles({ count: rounds * perRound, seed, paragraphs: [1, 2] })) {
    const dir = join(root, `d${String(Math.floor(i / perRound)).padStart(2, '0')}`);
    if (!dirs.includes(dir)) {
      mkdirSync(dir);
      dirs.push(dir);
    }
    const path = join(dir, d.source);
    writeFileSync(path, d.raw);
    expected.set(path, expectedClaims({ ...d, source: path } as RawDoc));
    i++;
  }
  return { root, dirs, expected };
}

interface Run {
  proc: ChildProcess;
  ready: Promise<void>;
  done: Promise<{ code: number | null; signal: string | null; out: string; err: string }>;
}

function run(args: string[]): Run {
  const proc = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  let onReady = () => {};
  const ready = new Promise<void>((r) => {
    onReady = r;
  });
  proc.stdout?.on('data', (b) => {
    out += b;
    if (out.includes('ready\n')) onReady();
  });
  proc.stderr?.on('data', (b) => {
    err += b;
  });
  const done = new Promise<Awaited<Run['done']>>((resolve) => proc.on('close', (code, signal) => resolve({ code, signal, out, err })));
  return { proc, ready, done };
}

function lastJson(out: string): Record<string, unknown> {
  const lines = out.trim().split('\n');
  return JSON.parse(lines.at(-1) as string);
}

describe('ingest crash safety (PGlite folder)', () => {
  const lanes: Array<{ corpus: Corpus; db: string }> = [];
  before(async () => {
    // Two stores killed side by side: the 20 kills take half the wall time (each process spends ~1 s opening PGlite).
    for (let l = 0; l < LANES; l++) lanes.push({ corpus: writeCorpus(ROUNDS / LANES, PER_ROUND, 11 + l), db: await pgliteFolder() });
  });
  after(() => {
    for (const l of lanes) {
      rmSync(l.corpus.root, { recursive: true, force: true });
      rmSync(l.db, { recursive: true, force: true });
    }
  });

  test(
    `SIGKILL at a random moment ${ROUNDS} times; after each rerun every document is there exactly once`,
    {
      timeout: 240_000,
    },
    async () => {
      const killed = await Promise.all(lanes.map((l, i) => killRounds(l.corpus, l.db, 2026 + i)));
      const midway = killed.reduce((a, b) => a + b, 0);
      assert.ok(midway >= ROUNDS / 2, `only ${midway} of ${ROUNDS} runs were killed before finishing`);
    },
  );
});

/** Kills an ingest at a random moment, reruns it and checks the store, once per corpus folder; returns the kill count. */
async function killRounds(corpus: Corpus, db: string, seed: number): Promise<number> {
  const rand = rng(seed);
  let killedMidway = 0;
  for (let round = 0; round < corpus.dirs.length; round++) {
    const dirs = corpus.dirs.slice(0, round + 1);
    const r = run([db, '3', ...dirs]);
    // Some runs die while the store is still opening, most while documents are being analysed and written.
    if (round % 4 === 0) await sleep(100 + Math.floor(rand() * 600));
    else await Promise.race([r.ready.then(() => sleep(Math.floor(rand() * 250))), r.done]);
    r.proc.kill('SIGKILL');
    const res = await r.done;
    if (res.signal === 'SIGKILL') killedMidway++;

    const rerun = await run(['--verify', db, '3', ...dirs]).done;
    assert.equal(rerun.code, 0, `round ${round}: rerun failed: ${rerun.err}`);
    const v = lastJson(rerun.out) as {
      documents: number;
      sources: string[];
      perDoc: Record<string, number>;
      orphanClaims: number;
      claims: number;
    };
    const want = dirs.length * PER_ROUND;
    assert.equal(v.documents, want, `round ${round}: documents`);
    assert.equal(new Set(v.sources).size, want, `round ${round}: each source once`);
    assert.equal(v.orphanClaims, 0, `round ${round}: claims without their document`);
    let total = 0;
    for (const [path, n] of corpus.expected) {
      if (!dirs.some((d) => path.startsWith(`${d}/`))) continue;
      total += n;
      assert.equal(v.perDoc[path], n, `round ${round}: ${path} has all its claims`);
    }
    assert.equal(v.claims, total, `round ${round}: no claim twice`);
  }
  return killedMidway;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

const url = process.env.TEST_DATABASE_URL;
describe('several ingest processes on one PostgreSQL server', () => {
  test(
    'three at once over the same inputs: no duplicates, nothing lost',
    {
      skip: url ? false : 'TEST_DATABASE_URL is not set — export TEST_DATABASE_URL=$(scripts/pg-test-server.sh)',
      timeout: 120_000,
    },
    async () => {
      const corpus = writeCorpus(4, 30, 23);
      const fresh = await postgresFactory(url as string)();
      try {
        const runs = await Promise.all([
          run([fresh.location, '5', ...corpus.dirs]).done,
          run([fresh.location, '7', ...[...corpus.dirs].reverse()]).done,
          run([fresh.location, '3', ...corpus.dirs.slice(1), corpus.dirs[0] as string]).done,
        ]);
        for (const r of runs) assert.equal(r.code, 0, r.err);
        const sums = runs.map((r) => lastJson(r.out) as { added: number; existing: number; skipped: number });
        assert.equal(
          sums.reduce((n, s) => n + s.added, 0),
          120,
          'each document added by exactly one process',
        );
        const st = await fresh.store.stats();
        assert.equal(st.documents, 120);
        assert.equal(
          st.claims,
          [...corpus.expected.values()].reduce((a, b) => a + b, 0),
        );
        const docs = (await fresh.store.listDocuments({ latestOnly: false, limit: 1000 })).items;
        assert.equal(new Set(docs.map((d) => d.source)).size, 120);
      } finally {
        await fresh.done();
        rmSync(corpus.root, { recursive: true, force: true });
      }
    },
  );
});
