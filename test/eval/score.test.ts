// `doingoai eval` must print the same figures as the team's scorer on the same output.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { goldDocs, score } from '../../src/eval/score.ts';
import { answerSets } from '../../src/eval/sets.ts';
import type { Claim, ExtractedDoc } from '../../src/types.ts';

const scorer = new URL('../../../shared/eval/score.mjs', import.meta.url).pathname;
const seeds = answerSets().find((s) => s.name === 'seeds');

function fakeOutput(): ExtractedDoc[] {
  // Half the answers right, some wrong attributes and extras, so every branch of the scorer is exercised.
  const golds = goldDocs(JSON.parse(readFileSync(seeds!.gold, 'utf8')));
  return golds.map((g, i) => ({
    source: `x/${g.doc}.txt`,
    id: g.doc,
    title: i % 2 ? (g.title_contains?.[0] ?? null) : null,
    outlet: null,
    author: null,
    url: null,
    published: { date: i % 2 ? '2030-01-01' : null, basis: 'none' },
    text: [...(g.must_keep ?? []), ...(i % 2 ? (g.must_remove ?? []) : [])].join('\n'),
    removed: [],
    quality: { spun: 0, repairs: 0 },
    claims: (g.claims ?? [])
      .filter((_, j) => j % 2 === 0)
      .map(
        (c, j) =>
          ({
            text: c.quote ?? '',
            start: 0,
            end: 0,
            value: c.value,
            unit: c.unit,
            qualifier: (j % 3 ? c.qualifier : 'exact') as Claim['qualifier'],
            modality: 'actual' as const,
            period: j % 2 && c.period ? c.period : null,
            asOf: c.asOf ?? null,
            indicator: j % 4 ? (c.indicator ?? null) : null,
            rule: 't',
          }) as Claim,
      )
      .concat([
        { text: 'extra', start: 0, end: 0, value: 123456, unit: 'count', qualifier: 'exact', modality: 'actual', rule: 't' } as Claim,
      ]),
    entities: (g.entities ?? [])
      .filter((_, j) => j % 3 !== 1)
      .map((e) => ({ type: e.type as never, id: e.id ?? e.name ?? '', name: e.name ?? '', mentions: [] })),
    events: (g.events ?? [])
      .filter((_, j) => j % 2 === 0)
      .map((e) => ({ type: e.type as never, actors: e.actors ?? [], date: null, text: '', start: 0, end: 0, rule: 't' })),
  }));
}

test('score() agrees with shared/eval/score.mjs', { skip: seeds ? false : 'no shared answers here' }, () => {
  const out = fakeOutput();
  const dir = mkdtempSync(join(tmpdir(), 'doingoai-score-'));
  const file = join(dir, 'out.jsonl');
  writeFileSync(file, out.map((d) => JSON.stringify(d)).join('\n'));
  const r = spawnSync(process.execPath, [scorer, seeds!.gold, file, '--json'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const theirs = JSON.parse(r.stdout);
  const { misses, ...ours } = score(goldDocs(JSON.parse(readFileSync(seeds!.gold, 'utf8'))), out);
  assert.ok(misses.length > 0);
  assert.ok(ours.claims.tp > 0 && ours.claims.fn > 0 && ours.claims.fp > 0);
  assert.deepEqual(ours, theirs);
});
