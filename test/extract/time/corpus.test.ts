import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ATTACH_EXAMPLES, TIME_EXAMPLES, TIME_NEGATIVES } from '../../../src/extract/time/corpus.ts';
import { analyseTimes, findTimes, governingTime } from '../../../src/extract/time/index.ts';

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

for (const ex of ATTACH_EXAMPLES) {
  test(`governs «${ex.figure}» in: ${ex.text}`, () => {
    const times = findTimes(ex.text, { published: ex.published });
    // The figure as a whole number: "16" is not the end of "2016".
    let start = ex.text.indexOf(ex.figure);
    while (start >= 0 && /\d/.test(`${ex.text[start - 1] ?? ''}${ex.text[start + ex.figure.length] ?? ''}`)) start = ex.text.indexOf(ex.figure, start + 1);
    assert.ok(start >= 0, 'figure not found');
    const g = governingTime(ex.text, times, { start, end: start + ex.figure.length });
    assert.deepEqual(g?.period ? [g.period.start, g.period.end] : undefined, ex.period, `period via ${g?.basis}`);
    if (ex.asOf) assert.equal(g?.asOf, ex.asOf, 'asOf');
  });
}

test('the reference: published, else a dateline, else notBefore', () => {
  assert.deepEqual(analyseTimes('Đến nay, ...', { published: '2021-12-14' }).reference, {
    now: '2021-12-14',
    basis: 'published',
    notBefore: null,
  });
  const dl = analyseTimes('Tin ngắn\nHà Nội - Ngày 23-10, Bộ Ngoại giao cho biết đến nay đã có 60 dự án. Giai đoạn 1 thực hiện từ năm 2009 tới năm 2013.', {
    published: null,
  });
  assert.equal(dl.reference.basis, 'dateline');
  assert.equal(dl.reference.now, '2013-10-23');
  assert.equal(dl.times.find((t) => t.text === 'đến nay')?.asOf, '2013-10-23');
  assert.equal(analyseTimes('Đến nay đã có 5 dự án.', { published: null, notBefore: '2020-03-01' }).reference.now, '2020-03-01');
});
