import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CLAIMS_CORPUS, CLAIMS_NEGATIVE, CLAIMS_PUBLISHED } from './corpus.ts';
import { extractClaims } from './index.ts';

const ctx = { published: CLAIMS_PUBLISHED };

test('claims corpus: each sentence yields exactly its claims with their attributes', () => {
  assert.ok(CLAIMS_CORPUS.length >= 40);
  for (const ex of CLAIMS_CORPUS) {
    const got = extractClaims(ex.text, ctx, []);
    assert.deepEqual(
      got.map((c) => [c.value, c.unit]),
      ex.claims.map((c) => [c.value, c.unit]),
      ex.text,
    );
    ex.claims.forEach((want, i) => {
      const c = got[i];
      assert.ok(c);
      if (want.valueMax !== undefined) assert.equal(c.valueMax, want.valueMax, ex.text);
      if (want.qualifier) assert.equal(c.qualifier, want.qualifier, `${ex.text} (qualifier)`);
      assert.equal(c.modality, want.modality ?? 'actual', `${ex.text} (modality)`);
      if (want.change !== undefined) assert.equal(c.change ?? false, want.change, `${ex.text} (change)`);
      if (want.period !== undefined) assert.deepEqual(c.period ?? null, want.period, `${ex.text} (period)`);
      if (want.asOf) assert.equal(c.asOf, want.asOf, `${ex.text} (asOf)`);
      assert.equal(ex.text.slice(c.start, c.end), c.text);
      assert.ok(c.sentence && c.sentence.start <= c.start && c.end <= c.sentence.end);
      assert.ok(c.rule);
    });
  }
});

test('claims negative corpus: no claims', () => {
  assert.ok(CLAIMS_NEGATIVE.length >= 25);
  for (const s of CLAIMS_NEGATIVE) {
    assert.deepEqual(
      extractClaims(s, ctx, []).map((c) => c.text),
      [],
      s,
    );
  }
});

test('subject: a clause naming one partner country makes the pair', () => {
  const text = 'Kim ngạch thương mại song phương Việt Nam - Nga đạt 5 tỷ USD.';
  const entities = [
    { type: 'country' as const, id: 'VN', name: 'Việt Nam', mentions: [{ start: 33, end: 41 }] },
    { type: 'country' as const, id: 'RU', name: 'Nga', mentions: [{ start: 44, end: 47 }] },
  ];
  const [c] = extractClaims(text, ctx, entities);
  assert.equal(c?.subject, 'VN-RU');
  assert.equal(c?.indicator, 'trade.bilateral');
  assert.equal(extractClaims('Việt Nam có quan hệ với 30 nước.', ctx, [])[0]?.subject, 'VN');
});
