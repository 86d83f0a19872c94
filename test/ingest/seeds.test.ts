// The store commands end to end on the bundled examples, with the real pipeline in worker threads.
// Tests named "EXTRACTION GATE" check the facts issue 4 expects from the five examples; they pass once extraction
// finds those claims (they measure extraction, not the store).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Fact, StoreStats } from '../../src/store/types.ts';
import { pgliteFolder } from '../store/factories.ts';

const bin = new URL('../../bin/doingoai.mjs', import.meta.url).pathname;
const seedsDir = new URL('../../examples/seeds/', import.meta.url).pathname;
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(seedsDir, f));

function cli(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });
}

describe('store commands on the bundled examples', () => {
  let db: string;
  let tmp: string;
  let facts: Fact[] = [];
  before(async () => {
    db = await pgliteFolder();
    tmp = mkdtempSync(join(tmpdir(), 'doingoai-seeds-'));
  });
  after(() => {
    rmSync(db, { recursive: true, force: true });
    rmSync(tmp, { recursive: true, force: true });
  });

  test('ingest stores the five examples; ingesting them again adds 0', { timeout: 120_000 }, () => {
    const r1 = cli(['ingest', '--db', db, '--quiet', ...seeds]);
    assert.equal(r1.status, 0, r1.stderr);
    assert.match(r1.stdout, /ingested: 5 mới\/new, 0 phiên bản mới\/new versions, 0 đã có\/already stored, 0 lỗi\/failed/);
    const r2 = cli(['ingest', '--db', db, '--quiet', ...seeds]);
    assert.equal(r2.status, 0, r2.stderr);
    assert.match(r2.stdout, /ingested: 0 mới\/new, 0 phiên bản mới\/new versions, 5 đã có\/already stored/);
  });

  test('a changed file is a new version of the same source; stats shows it', { timeout: 120_000 }, () => {
    const f = join(tmp, 'article.txt');
    copyFileSync(seeds[4] as string, f);
    appendFileSync(f, '\nBản đăng lại / a re-post.\n');
    assert.equal(cli(['ingest', '--db', db, '--quiet', f]).status, 0);
    appendFileSync(f, '\nCập nhật: Bộ Ngoại giao bổ sung số liệu mới trong ngày.\n');
    const r = cli(['ingest', '--db', db, '--quiet', f]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /1 phiên bản mới\/new versions/);
    const s = cli(['stats', '--db', db, '--format', 'json']);
    assert.equal(s.status, 0, s.stderr);
    const st = JSON.parse(s.stdout) as StoreStats;
    assert.equal(st.documents, 7);
    assert.equal(st.supersededDocuments, 1);
    const show = cli(['show', '--db', db, f]);
    assert.equal(show.status, 0, show.stderr);
    assert.match(show.stdout, /phiên bản\/versions: \w+ → \[\w+\]/);
  });

  test('facts and conflicts print as table, JSON and CSV', { timeout: 60_000 }, () => {
    const j = cli(['facts', '--db', db, '--format', 'json']);
    assert.equal(j.status, 0, j.stderr);
    facts = JSON.parse(j.stdout) as Fact[];
    const csv = cli(['facts', '--db', db, '--format', 'csv']);
    assert.equal(csv.status, 0);
    assert.match(csv.stdout, /^fact_id,indicator,subject,year,status/);
    assert.equal(csv.stdout.trim().split('\n').length - 1 >= facts.reduce((n, f) => n + f.claims.length, 0), true);
    const c = cli(['conflicts', '--db', db]);
    assert.equal(c.status, 0, c.stderr);
  });

  test('review a claim; show prints its history; facts use the reviewed value', { timeout: 60_000 }, (t) => {
    const fact = facts.find(
      (f) => f.claims.length > 0 && !['vaccine.doses_received', 'trade.total', 'fta.count', 'local_agreements.count'].includes(f.indicator),
    );
    if (!fact) return t.skip('no claims extracted yet');
    const claim = fact.claims[0]!;
    const r = cli([
      'review',
      '--db',
      db,
      'correct',
      claim.claimId,
      '--value',
      String(claim.value + 1),
      '--reviewer',
      'Lan',
      '--reason',
      'kiểm tra',
    ]);
    assert.equal(r.status, 0, r.stderr);
    const h = cli(['show', '--db', db, claim.claimId]);
    assert.equal(h.status, 0, h.stderr);
    assert.match(h.stdout, /correct → \S+ · Lan: kiểm tra/);
    const after = JSON.parse(cli(['facts', '--db', db, '--indicator', fact.indicator, '--format', 'json']).stdout) as Fact[];
    const fc = after.flatMap((f) => f.claims).find((c) => c.claimId === claim.claimId);
    assert.equal(fc?.value, claim.value + 1);
    assert.equal(fc?.machineValue, claim.value);
  });

  test('reanalyse re-runs the pipeline on the kept raw inputs', { timeout: 120_000 }, () => {
    const r = cli(['reanalyse', '--db', db, '--quiet']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /reanalysed: 7 bài\/documents/);
  });

  test('usage errors exit 2', () => {
    // Each process start costs ~1.5 s: three representative cases (argument checks happen before the store opens).
    assert.equal(cli(['facts', '--db', db, '--from', 'last year']).status, 2);
    assert.equal(cli(['review', '--db', db, 'correct', 'x', '--reviewer', 'a', '--reason', 'b']).status, 2);
    assert.equal(cli(['ingest', '--db', db]).status, 2);
  });

  describe('EXTRACTION GATE: the facts issue 4 expects from the five examples', () => {
    const of = (indicator: string) => facts.filter((f) => f.indicator === indicator);

    test('EXTRACTION GATE: vaccine.doses_received shows 156 m, 151 m and 192 m with their sources, not a contradiction', () => {
      const f = of('vaccine.doses_received');
      const values = f.flatMap((x) => x.claims.map((c) => c.value)).sort((a, b) => a - b);
      assert.deepEqual(values, [151e6, 156e6, 192e6]);
      assert.equal(f.length, 1, 'one fact');
      assert.ok(f[0]!.claims.every((c) => c.source.source));
      assert.notEqual(f[0]!.status, 'conflicting');
      assert.match(f[0]!.explanation.vi, /phạm vi|thời điểm/);
    });

    test('EXTRACTION GATE: trade.total shows 2020 (>545 bn), 2021 (>600 bn actual, >660 bn forecast) and 2023 (~700 bn)', () => {
      const f = of('trade.total').filter((x) => x.subject === 'VN');
      const byYear = new Map(f.map((x) => [x.year, x]));
      assert.deepEqual([...byYear.keys()].sort(), [2020, 2021, 2023]);
      assert.deepEqual(
        byYear.get(2020)!.claims.map((c) => c.value),
        [545e9],
      );
      const y21 = byYear.get(2021)!;
      assert.deepEqual(y21.claims.map((c) => [c.value, c.modality]).sort(), [
        [600e9, 'actual'],
        [660e9, 'forecast'],
      ]);
      assert.equal(y21.status, 'forecast_vs_actual');
      assert.deepEqual(
        byYear.get(2023)!.claims.map((c) => c.value),
        [700e9],
      );
    });

    test('EXTRACTION GATE: conflicts lists the FTA (17 vs 15) and local-agreement (200 vs 420) differences with their scope', () => {
      const fta = of('fta.count');
      assert.deepEqual(
        fta.flatMap((x) => x.claims.map((c) => c.value)).sort((a, b) => a - b),
        [15, 17],
      );
      assert.equal(fta[0]!.status, 'differs_in_scope');
      const local = of('local_agreements.count');
      assert.deepEqual(
        local.flatMap((x) => x.claims.map((c) => c.value)).sort((a, b) => a - b),
        [200, 420],
      );
      assert.equal(local[0]!.status, 'differs_in_scope');
    });
  });
});
