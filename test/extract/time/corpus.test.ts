import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TIME_EXAMPLES, TIME_NEGATIVES } from '../../../src/extract/time/corpus.ts';
import { analyseTimes, findTimes, inferNotBefore } from '../../../src/extract/time/index.ts';

test('the corpus has at least 40 examples and a negative corpus', () => {
  assert.ok(TIME_EXAMPLES.length >= 40, `${TIME_EXAMPLES.length} examples`);
  assert.ok(TIME_NEGATIVES.length >= 20);
});

for (const ex of TIME_EXAMPLES) {
  test(`time: ${ex.text} @ ${ex.published ?? ex.notBefore ?? 'no date'}`, () => {
    const times = findTimes(ex.text, { published: ex.published, notBefore: ex.notBefore ?? null });
    const span = ex.span ?? ex.text;
    const at = ex.text.indexOf(span);
    const hit = times.find((t) => t.start === at && t.end === at + span.length);
    assert.ok(hit, `no single parse covers «${span}»: ${JSON.stringify(times.map((t) => t.text))}`);
    assert.equal(hit.kind, ex.kind, 'kind');
    assert.deepEqual(hit.period ? [hit.period.start, hit.period.end] : undefined, ex.period, 'period');
    assert.equal(hit.asOf, ex.asOf, 'asOf');
    assert.equal(hit.base, ex.base, 'base');
    if (ex.future) assert.equal(hit.future, true, 'future');
    assert.ok(hit.rule.length > 0);
  });
}

for (const s of TIME_NEGATIVES) {
  test(`not a time: ${s}`, () => {
    assert.deepEqual(
      findTimes(s, { published: '2021-12-14' }).map((t) => `${t.text} (${t.rule})`),
      [],
    );
  });
}

test('the reference: published, else a dateline, else notBefore', () => {
  assert.deepEqual(analyseTimes('Đến nay, ...', { published: '2021-12-14' }).reference, {
    now: '2021-12-14',
    basis: 'published',
    notBefore: null,
    yearKnown: true,
  });
  const dl = analyseTimes(
    'Tin ngắn\nHà Nội - Ngày 16-11, Bộ Ngoại giao cho biết đến nay đã có 45 dự án. Giai đoạn đầu thực hiện từ năm 2006 tới năm 2010.',
    {
      published: null,
    },
  );
  assert.equal(dl.reference.basis, 'dateline');
  assert.equal(dl.reference.now, '2010-11-16');
  assert.equal(dl.times.find((t) => t.text === 'đến nay')?.asOf, '2010-11-16');
  assert.equal(analyseTimes('Đến nay đã có 5 dự án.', { published: null, notBefore: '2020-03-01' }).reference.now, '2020-03-01');
});

test('inferNotBefore ignores plans, deadlines and the headline', () => {
  const text = [
    'Ngoại giao kinh tế năm 2025: nhiều kỳ vọng',
    'Năm 2023, kim ngạch đạt 700 tỷ USD. Đến cuối năm 2024, ta đã ký 17 FTA.',
    'Mục tiêu đến năm 2030 đạt 1.000 tỷ USD; giai đoạn 2026-2030 sẽ được triển khai mạnh.',
  ].join('\n');
  assert.equal(inferNotBefore(text), '2024-12-31');
  assert.equal(inferNotBefore('Không có ngày nào ở đây.'), null);
});
