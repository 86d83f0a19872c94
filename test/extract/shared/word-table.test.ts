import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WordTable } from '../../../src/extract/shared/word-table.ts';

const found = (table: WordTable<number>, s: string) => {
  const out: string[] = [];
  table.scan(s, (start, end, v) => {
    out.push(`${s.slice(start, end)}:${v}@${start}`);
    return undefined;
  });
  return out;
};

test('WordTable finds whole words only, as runs of letters and digits', () => {
  const t = new WordTable<number>([
    ['ba', 3],
    ['hai', 2],
    ['triệu', 1e6],
    ['x1', 0],
  ]);
  assert.deepEqual(found(t, 'hai ba bao khai,triệu; Ba x1 x12 ba'), ['hai:2@0', 'ba:3@4', 'triệu:1000000@16', 'x1:0@26', 'ba:3@33']);
  assert.deepEqual(found(t, ''), []);
  assert.deepEqual(found(t, 'ba'), ['ba:3@0']);
  // A surrogate pair is not a letter unit: the word next to it is whole.
  assert.deepEqual(found(t, '𝐀ba😀hai'), ['ba:3@2', 'hai:2@6']);
});

test('WordTable: a visit may skip ahead', () => {
  const t = new WordTable([
    ['a', 'a'],
    ['b', 'b'],
  ]);
  const seen: string[] = [];
  t.scan('a b a b', (start, _end, v) => {
    seen.push(v);
    return v === 'a' ? start + 3 : undefined;
  });
  assert.deepEqual(seen, ['a', 'a']);
});

test('WordTable refuses an entry that is not one word', () => {
  assert.throws(() => new WordTable([['hai ba', 1]]));
  assert.throws(() => new WordTable([['', 1]]));
});

test('WordTable: the same pass reports every run of digits, inside words too', () => {
  const t = new WordTable([['ba', 3]]);
  const runs: string[] = [];
  const s = 'ngày 30/6/2021 ba covid19 x12y 7';
  t.scan(
    s,
    () => undefined,
    (start, end) => runs.push(`${s.slice(start, end)}@${start}`),
  );
  assert.deepEqual(runs, ['30@5', '6@8', '2021@10', '19@23', '12@27', '7@31']);
});
