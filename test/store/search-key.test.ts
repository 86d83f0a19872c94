// Search vectors and queries built in JavaScript (src/store/search-key.ts) and the JSON the store sends to SQL.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toJson } from '../../src/store/rows.ts';
import { headLiteral, searchLexemes, tsqueryLiterals } from '../../src/store/search-key.ts';

test('search lexemes: distinct folded words and adjacent-word pairs, title and text each on their own, sorted', () => {
  assert.equal(searchLexemes('Việt Nam', 'Việt Nam, Việt Nam - Lào'), 'lao nam nam_lao nam_viet viet viet_nam');
  assert.equal(searchLexemes('', 'Hoà bình'), 'binh hoa hoa_binh');
  // The order of tsvector lexemes (bytes, a prefix first), so the server's sort finds them in order.
  assert.equal(searchLexemes('', 'ab a b 2 z ω'), '2 2_z a a_b ab ab_a b b_2 z z_ω ω');
  // A word too long to index breaks the chain of pairs.
  assert.equal(searchLexemes('', `a ${'x'.repeat(201)} b`), 'a b');
  assert.equal(searchLexemes('', ''), '');
});

test('head literal: title words weighted A, the lead after them weighted B', () => {
  assert.equal(headLiteral('Đà Nẵng', 'Đà Nẵng đón khách'), "'da':1A,3B 'nang':2A,4B 'don':5B 'khach':6B");
  const long = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
  assert.equal(headLiteral('', long).split(' ').length, 40, 'only the lead');
});

test('tsquery literals: phrases as pairs, longer phrases also in order, exclusions and OR', () => {
  assert.deepEqual(tsqueryLiterals('"Việt Nam"'), { match: "'viet_nam'", rank: "('viet' <-> 'nam')" });
  assert.deepEqual(tsqueryLiterals('"triệu liều vaccine"'), {
    match: "('trieu_lieu' & 'lieu_vaccine')",
    rank: "('trieu' <-> 'lieu' <-> 'vaccine')",
  });
  assert.deepEqual(tsqueryLiterals('liều -vaccine'), { match: "'lieu' & !'vaccine'", rank: "'lieu'" });
  assert.deepEqual(tsqueryLiterals('đà nẵng OR huế'), { match: "'da' & 'nang' | 'hue'", rank: "'da' & 'nang' | 'hue'" });
  assert.deepEqual(tsqueryLiterals('-vaccine'), { match: "!'vaccine'", rank: null });
  assert.equal(tsqueryLiterals('!!! ...'), null);
});

test('JSON for SQL: NUL and lone surrogates cleaned, everything else as JSON.stringify writes it', () => {
  assert.equal(toJson({ a: 'x\u0000y', b: 'ok' }), '{"a":"x y","b":"ok"}');
  assert.equal(toJson(['\ud800z']), '["\ufffdz"]');
  assert.equal(toJson({ t: 'Việt Nam \\u0000 "q"' }), JSON.stringify({ t: 'Việt Nam \\u0000 "q"' }));
  assert.equal(toJson({ e: '😀' }), '{"e":"😀"}');
});
