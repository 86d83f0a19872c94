import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alnumKey, foldKeepLength } from '../../src/clean/chars.ts';
import { lineKey } from '../../src/clean/match.ts';

test('lineKey folds case and diacritics and makes punctuation single spaces', () => {
  assert.equal(lineKey('Tối đa: 1500 ký tự'), 'toi da 1500 ky tu');
  assert.equal(lineKey('  —Chia sẻ / Facebook…  '), 'chia se facebook');
  assert.equal(lineKey('\ufeffĐỒ HỌA'), 'do hoa');
});

test('alnumKey is foldKeepLength with other runs made one space, trimmed', () => {
  const plain = (s: string) =>
    foldKeepLength(s)
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  let seed = 3;
  const random = () => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const pool = 'aAđĐéẾ 0 9 -–,.\ufeff\ud800\udc00ǅ\u0130ß\u2000xyzİıŉ\u0301Ω\u00a0\t\n';
  for (let t = 0; t < 5000; t++) {
    let s = '';
    for (let i = Math.floor(random() * 30); i > 0; i--)
      s += random() < 0.5 ? pool[Math.floor(random() * pool.length)] : String.fromCharCode(Math.floor(random() * 0x2100));
    assert.equal(alnumKey(s), plain(s), JSON.stringify(s));
  }
});
