import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ATTACH_EXAMPLES } from '../../../src/extract/time/corpus.ts';
import { findTimes, governingTime, timeIndex, timesInSpan } from '../../../src/extract/time/index.ts';

for (const ex of ATTACH_EXAMPLES) {
  test(`governs «${ex.figure}» in: ${ex.text}`, () => {
    const times = findTimes(ex.text, { published: ex.published });
    // The figure as a whole number: "16" is not the end of "2016".
    let start = ex.text.indexOf(ex.figure);
    while (start >= 0 && /\d/.test(`${ex.text[start - 1] ?? ''}${ex.text[start + ex.figure.length] ?? ''}`))
      start = ex.text.indexOf(ex.figure, start + 1);
    assert.ok(start >= 0, 'figure not found');
    const g = governingTime(ex.text, times, { start, end: start + ex.figure.length });
    assert.deepEqual(g?.period ? [g.period.start, g.period.end] : undefined, ex.period, `period via ${g?.basis}`);
    if (ex.asOf) assert.equal(g?.asOf, ex.asOf, 'asOf');
  });
}

test('timeIndex answers per figure, with the topic year as last resort', () => {
  const text =
    'Năm 2023 là một năm sôi động về đối ngoại.\nViệt Nam đã tổ chức 22 chuyến thăm cấp cao. Đến nay, ta có 30 đối tác chiến lược và toàn diện.';
  const idx = timeIndex(text, { published: '2023-12-20' });
  assert.deepEqual(idx.documentPeriod?.period, { start: '2023-01-01', end: '2023-12-31' });
  const at = (n: string) => idx.at(text.indexOf(n), text.indexOf(n) + n.length);
  assert.deepEqual(at('22'), { period: { start: '2023-01-01', end: '2023-12-31' }, basis: 'document', by: [idx.documentPeriod] });
  assert.equal(at('30')?.asOf, '2023-12-20');
  assert.equal(at('30')?.period, undefined);
  assert.deepEqual(
    timesInSpan(idx.times, 0, 10).map((t) => t.text),
    ['Năm 2023'],
  );
});

test('a plan announced in the lead is not the topic period', () => {
  const text = 'Kế hoạch năm 2024\nNăm 2024, ngành sẽ tập trung vào ba trọng tâm.\nTa đã ký 5 thỏa thuận.';
  assert.equal(timeIndex(text, { published: '2023-12-28' }).documentPeriod, null);
});
