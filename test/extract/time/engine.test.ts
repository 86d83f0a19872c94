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

test('rule names are unique and every rule has a pattern', () => {
  assert.doesNotThrow(() => compile(RULES));
  assert.throws(() => compile([RULES[0] as (typeof RULES)[number], RULES[0] as (typeof RULES)[number]]), /named twice/);
});
