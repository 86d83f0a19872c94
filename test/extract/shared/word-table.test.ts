import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isWordUnit } from '../../../src/extract/shared/word-char.ts';
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

const isDigit = (s: string, i: number) => s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57;

/** What a scan reports, read plainly: each maximal run of letters and digits, its digit runs, then the lookup. */
function plainScan(
  words: Map<string, number>,
  s: string,
  visit: (start: number, end: number, value: number) => number | undefined,
  digits: (start: number, end: number) => void,
): void {
  let i = 0;
  while (i < s.length) {
    if (!isWordUnit(s.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < s.length && isWordUnit(s.charCodeAt(j))) j++;
    for (let a = i; a < j;) {
      if (!isDigit(s, a)) {
        a++;
        continue;
      }
      let b = a;
      while (b < j && isDigit(s, b)) b++;
      digits(a, b);
      a = b;
    }
    const value = words.get(s.slice(i, j));
    const resume = value === undefined ? undefined : visit(i, j, value);
    i = resume !== undefined && resume > j ? resume : j;
  }
}

test('WordTable.scan reports what a plain reading of the runs reports, with texts scanned in turn and resumed mid-word', () => {
  const list = ['hai', 'nước', 'tư', 'x', 'a1', '2024', 'việt'];
  const words = new Map(list.map((w, k) => [w, k]));
  const tables = [new WordTable(list.map((w, k) => [w, k] as const)), new WordTable([['nước', 1] as const])];
  const pieces = ['hai', ' ', 'nước', 'tư', 'x', 'a1', '2024', '1', '.', ',', 'việt', '-', '😀', 'ĐẦU', '\u00a0', 'y'];
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const texts: string[] = [];
  for (let t = 0; t < 400; t++) {
    let s = '';
    for (let k = Math.floor(next() * 12); k > 0; k--) s += pieces[Math.floor(next() * pieces.length)];
    texts.push(s);
  }
  for (let t = 0; t < 3000; t++) {
    // Texts come back now and then, as one document is scanned by several tables in turn.
    const s = texts[Math.floor(next() * texts.length)] as string;
    const table = tables[t % 2] as WordTable<number>;
    const skips = [0, 1, 2, 3].map(() => Math.floor(next() * 4) - 1);
    type Visit = (start: number, end: number, value: number) => number | undefined;
    type Digits = (start: number, end: number) => void;
    const record = (scan: (visit: Visit, digits: Digits) => void): string[] => {
      const seen: string[] = [];
      let n = 0;
      // Goes on from the run's end plus 0–2 units (so sometimes inside the next run), or as usual.
      scan(
        (start, end, value) => {
          seen.push(`w${start}-${end}:${value}`);
          const skip = skips[n++ % skips.length] as number;
          return skip < 0 ? undefined : end + skip;
        },
        (start, end) => void seen.push(`d${start}-${end}`),
      );
      return seen;
    };
    const plainWords = t % 2 ? new Map([['nước', 1]]) : words;
    assert.deepEqual(
      record((v, d) => table.scan(s, v, d)),
      record((v, d) => plainScan(plainWords, s, v, d)),
      JSON.stringify(s),
    );
  }
});

test('WordTable.scan of another text from inside a visit leaves the outer scan whole', () => {
  const table = new WordTable([['hai', 2] as const, ['ba', 3] as const]);
  const outer = 'hai ba 12 hai x1 ba';
  const inner = 'ba hai ba 7';
  const seen: string[] = [];
  table.scan(
    outer,
    (start, end, value) => {
      const nested: number[] = [];
      table.scan(
        inner,
        (s) => void nested.push(s),
        (s) => void nested.push(-s),
      );
      assert.deepEqual(nested, [0, 3, 7, -10]);
      seen.push(`${start}-${end}:${value}`);
      return undefined;
    },
    (start, end) => void seen.push(`d${start}-${end}`),
  );
  assert.deepEqual(seen, ['0-3:2', '4-6:3', 'd7-9', '10-13:2', 'd15-16', '17-19:3']);
});
