import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LOWER_EXAMPLES, TIME_EXAMPLES, TIME_NEGATIVES } from '../../../src/extract/time/corpus.ts';
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

for (const ex of LOWER_EXAMPLES) {
  test(`notBefore ${ex.notBefore ?? 'none'} (${ex.note}): ${ex.text}`, () => {
    assert.equal(inferNotBefore(ex.text), ex.notBefore);
  });
}

test('lower bounds combine with max: a since-year in the text does not pull an earlier date', () => {
  const text = 'Hai nước hợp tác kể từ năm 2014. Ngày 5/6, hai bên ký 3 thỏa thuận.';
  const ref = analyseTimes(text, { published: null, notBefore: '2022-03-01' }).reference;
  assert.equal(ref.notBefore, '2022-03-01');
  assert.equal(ref.now, '2022-06-05');
  assert.equal(ref.yearKnown, true);
});

test('a year known only from background places nothing: no guessed dates, no guessed "nay"', () => {
  const text = 'Tối 11/11, hai nhà lãnh đạo điện đàm. Hai nước nâng cấp quan hệ vào năm 2023. Hiện có 20 dự án.';
  const a = analyseTimes(text, { published: null, notBefore: null });
  assert.equal(a.reference.basis, 'weak');
  assert.equal(a.reference.yearKnown, false);
  assert.equal(a.reference.now, null);
  assert.equal(a.times.find((t) => t.text === 'Tối 11/11')?.period, undefined);
  assert.equal(a.times.find((t) => t.kind === 'asOf')?.asOf, undefined);
  // With a finished year's figure the year is known: the dateline falls in the next year.
  const b = analyseTimes('Tối 11/11, hai nhà lãnh đạo điện đàm. Thương mại năm 2023 đạt 120 tỷ USD.', { published: null });
  assert.equal(b.reference.now, '2024-11-11');
  assert.equal(b.reference.yearKnown, true);
});

test('"9 tháng đầu năm" beside a finished year takes the next year, not the sentence\'s', () => {
  const text = 'Thương mại năm 2023 đạt 2 tỷ USD, 9 tháng đầu năm đạt 1,5 tỷ USD. Tính đến tháng 9, có 8 dự án.';
  const times = findTimes(text, { published: null });
  assert.deepEqual(times.find((t) => t.text === '9 tháng đầu năm')?.period, { start: '2024-01-01', end: '2024-09-30' });
  assert.equal(times.find((t) => t.text === 'Tính đến tháng 9')?.asOf, '2024-09-30');
});
