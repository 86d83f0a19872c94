import assert from 'node:assert/strict';
import { test } from 'node:test';
import { QUANTITY_CORPUS, QUANTITY_NEGATIVE } from './corpus.ts';
import { findQuantities } from './index.ts';
import { DATE_SHAPES } from './rules.ts';
import { indexOfWord, isWordChar, PhraseSet } from './words.ts';

test('quantity corpus: each example yields exactly one quantity with its value and unit', () => {
  assert.ok(QUANTITY_CORPUS.length >= 40);
  for (const ex of QUANTITY_CORPUS) {
    const qs = findQuantities(ex.text);
    assert.equal(qs.length, 1, `${ex.text}: ${JSON.stringify(qs.map((q) => [q.value, q.unit]))}`);
    const q = qs[0];
    assert.ok(q);
    assert.equal(q.value, ex.value, ex.text);
    assert.equal(q.valueMax, ex.valueMax, ex.text);
    assert.equal(q.unit, ex.unit, ex.text);
    assert.equal(q.counted, ex.counted, ex.text);
    assert.equal(ex.text.slice(q.start, q.end).length > 0, true);
  }
});

test('quantity negative corpus: dates, codes, names, ordinals, anniversaries, phones, durations, pairs yield none', () => {
  assert.ok(QUANTITY_NEGATIVE.length >= 30);
  for (const s of QUANTITY_NEGATIVE) {
    const qs = findQuantities(s).filter((q) => q.number.kind === 'number' || q.number.kind === 'range');
    assert.deepEqual(
      qs.map((q) => s.slice(q.start, q.end)),
      [],
      s,
    );
  }
});

test('a rejected number says which rule rejected it', () => {
  const seen: string[] = [];
  findQuantities('Quyết định số 41 doanh nghiệp; ngày 7/12 doanh nghiệp; năm 2021', { onReject: (_n, rule) => seen.push(rule) });
  assert.ok(seen.includes('not: ordinal or document label before'));
  assert.ok(seen.includes('not: date or time shape'));
  assert.ok(seen.includes('no unit'));
});

test('every date shape match holds its cue character (the cue lets a window skip the regex)', () => {
  const texts = [
    ...QUANTITY_CORPUS.map((e) => e.text),
    ...QUANTITY_NEGATIVE,
    'ngày 7/12/2023, 07.12.2023, 7-12-23; tháng 3/2024, 3-2024; 7/12; Quý II/2024, quý 3-2023; lúc 9:05:30; 2016–2020, 2016 - 2020',
  ];
  for (const d of DATE_SHAPES) {
    let seen = 0;
    for (const t of texts) {
      for (const m of t.matchAll(d.re)) {
        seen++;
        assert.match(m[0], d.cue, `${d.name}: ${m[0]}`);
      }
    }
    assert.ok(seen > 0, `${d.name} matched nothing`);
  }
});

test('PhraseSet finds what a plain search of each phrase finds', () => {
  const set = new PhraseSet(['hai nước', 'hai', 'nước', 'việt -', '- nam', 'số', 'tổng số', 'x']);
  const pieces = ['hai', ' ', 'nước', 'việt', '-', 'nam', 'số', 'tổng', 'x', 'xhai', ',', 'ba'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let t = 0; t < 3000; t++) {
    let s = '';
    for (let k = Math.floor(next() * 9); k > 0; k--) s += pieces[Math.floor(next() * pieces.length)];
    assert.equal(
      set.test(s),
      set.phrases.some((p) => indexOfWord(s, p) >= 0),
      s,
    );
    const all: string[] = [];
    for (const p of set.phrases) for (let i = indexOfWord(s, p); i >= 0; i = indexOfWord(s, p, i + 1)) all.push(`${p}@${i}`);
    const seen: string[] = [];
    set.each(s, (p, i) => seen.push(`${p}@${i}`));
    assert.deepEqual(seen.sort(), all.sort(), s);
    const t2 = s.trimEnd();
    const end = set.phrases.find((p) => t2.endsWith(p) && (!isWordChar(p[0]) || !isWordChar(t2[t2.length - p.length - 1]))) ?? null;
    assert.equal(set.endOf(s), end, s);
  }
});
