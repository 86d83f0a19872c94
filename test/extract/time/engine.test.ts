import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ATTACH_EXAMPLES, TIME_EXAMPLES, TIME_NEGATIVES } from '../../../src/extract/time/corpus.ts';
import { compile, parse } from '../../../src/extract/time/engine.ts';
import { RULES } from '../../../src/extract/time/rules.ts';
import { foldTone } from '../../../src/text/fold.ts';

test('trigger words only speed rules up: the same parses as scanning every rule over the text', () => {
  const triggered = compile(RULES);
  const scanned = compile(RULES.map((r) => ({ ...r, trigger: undefined })));
  const texts = [...TIME_EXAMPLES.map((e) => e.text), ...TIME_NEGATIVES, ...ATTACH_EXAMPLES.map((e) => e.text)];
  const all = texts.join('\n');
  for (const text of [...texts, all]) {
    const env = { text, folded: foldTone(text) };
    assert.deepEqual(parse(triggered, env), parse(scanned, env), text.slice(0, 60));
  }
});

test('end words and holds only speed rules up: the same parses as trying every backward regex', () => {
  const checked = compile(RULES);
  const unchecked = compile(RULES.map((r) => ({ ...r, endWords: undefined, holds: undefined })));
  const edges = [
    // A word longer than the look-back window, words glued to the figure, line breaks and astral letters before it.
    `${'x'.repeat(80)}trước năm 2020, chiều\n17/6, sau2021, so với\u00a0 năm 2019, 𝐀từ năm 2018, tính đến hết quý I/2023`,
    'Từ năm 2019 đến nay, kể từ tháng 3/2020 tới cuối năm 2021; vào thời điểm cuối tháng 6/2022, sáng sớm 5/7',
    // Free text after the cue ("từ khi <event>"), a weekday with a comma, and both cut by the look-back window.
    `Kể từ khi hai nước thiết lập quan hệ năm 1973, thứ Hai, ngày 5/6, chủ nhật 7/6, ${'y'.repeat(70)} từ khi ký năm 2019`,
  ];
  const texts = [...TIME_EXAMPLES.map((e) => e.text), ...TIME_NEGATIVES, ...ATTACH_EXAMPLES.map((e) => e.text), ...edges];
  for (const text of [...texts, texts.join('\n')]) {
    const env = { text, folded: foldTone(text) };
    assert.deepEqual(parse(checked, env), parse(unchecked, env), text.slice(0, 60));
  }
});

test('rule names are unique and every rule has a pattern', () => {
  assert.doesNotThrow(() => compile(RULES));
  assert.throws(() => compile([RULES[0] as (typeof RULES)[number], RULES[0] as (typeof RULES)[number]]), /named twice/);
});
