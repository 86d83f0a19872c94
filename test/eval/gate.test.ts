// The quality gate: extraction on the shared answer sets must stay at or above quality/floors.json.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { belowFloors, type Floors, metricsOf } from '../../src/eval/floors.ts';
import { evaluate } from '../../src/eval/run.ts';
import { answerSets } from '../../src/eval/sets.ts';

const floors = JSON.parse(readFileSync(new URL('../../quality/floors.json', import.meta.url), 'utf8')) as Floors;
const sets = answerSets();

test('answer sets are present beside the project', { skip: sets.length ? false : 'no ../shared/eval here' }, () => {
  assert.ok(sets.length > 0);
});

for (const set of sets) {
  test(`quality gate: ${set.name} stays at or above its floors`, async () => {
    const { result, failures } = await evaluate(set.gold, set.inputs);
    assert.deepEqual(failures, []);
    const got = metricsOf(result);
    assert.deepEqual(belowFloors(floors[set.name] ?? {}, got), [], `measured ${JSON.stringify(got)}`);
  });
}
