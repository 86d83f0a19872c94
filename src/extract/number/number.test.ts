import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NUMBER_CORPUS, NUMBER_NEGATIVE } from './corpus.ts';
import { findNumbers } from './index.ts';

test('number corpus: each example yields exactly one numeral with its value', () => {
  assert.ok(NUMBER_CORPUS.length >= 40);
  for (const ex of NUMBER_CORPUS) {
    const ms = findNumbers(ex.text);
    assert.equal(ms.length, 1, `${ex.text}: ${JSON.stringify(ms)}`);
    const m = ms[0];
    assert.ok(m);
    assert.equal(m.value, ex.value, ex.text);
    assert.equal(m.valueMax, ex.valueMax, ex.text);
    assert.equal(m.kind, ex.kind ?? 'number', ex.text);
    assert.ok(m.rule, ex.text);
  }
});

test('number negative corpus: no numeral', () => {
  for (const s of NUMBER_NEGATIVE) assert.deepEqual(findNumbers(s), [], s);
});

test('numbers carry spans into the text', () => {
  const text = 'đạt 2,85 tỷ USD và 50.000 người';
  const [a, b] = findNumbers(text);
  assert.equal(text.slice(a?.start, a?.end), '2,85 tỷ');
  assert.equal(text.slice(b?.start, b?.end), '50.000');
});
