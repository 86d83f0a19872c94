import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boundedMemo } from '../../src/text/memo.ts';

test('boundedMemo answers as fn does, computes each input once, and forgets everything past its bound', () => {
  const calls: string[] = [];
  const upper = boundedMemo((s: string) => {
    calls.push(s);
    return s.toUpperCase();
  }, 2);
  assert.equal(upper('a'), 'A');
  assert.equal(upper('a'), 'A');
  assert.equal(upper('b'), 'B');
  assert.deepEqual(calls, ['a', 'b']);
  // A third input empties the full table: 'a' is computed again afterwards.
  assert.equal(upper('c'), 'C');
  assert.equal(upper('a'), 'A');
  assert.deepEqual(calls, ['a', 'b', 'c', 'a']);
});
