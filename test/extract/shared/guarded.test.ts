import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GuardedRegex } from '../../../src/extract/shared/guarded.ts';

// Patterns shaped like the ones wrapped in src/extract: a one-character lookbehind, then words or more lookbehinds.
const PATTERNS = [
  /(?<![\p{L}])(?:nước ta|của ta|phía ta|ta đã|ta có)(?![\p{L}])/u,
  /(?<![\p{L}\p{N}])(?:đã|vừa|(?<!(?:sẽ|kiến)\s+)được)(?![\p{L}\p{N}])/u,
  /(?<!\p{L})sau\s+(\d{1,3})\s+năm/u,
  /(?<![\p{L}\p{M}])(?:Vân Nam|Hải|a\|b)(?![\p{L}\p{M}])/u,
  /(?<![\d.,])\d{1,2}\/\d{1,2}/,
  /(?<![\p{L}])quý\s+[IV1-4]+/iu,
];
const PIECES = [
  'ta',
  ' có',
  'nước',
  ' ',
  'x',
  '𝐀',
  '😀',
  '\ud835',
  '\udc00',
  'đã',
  'được',
  'sẽ ',
  'vừa',
  '5',
  '.',
  '/',
  '12',
  'sau 3 năm',
  'Vân Nam',
  'Hải',
  'a|b',
  'Quý IV',
  'quý 2',
  'e\u0301',
  ',',
  '\n',
];

function sample(seed: number): string {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  let out = '';
  for (let i = 0, n = 1 + Math.floor(next() * 30); i < n; i++) out += PIECES[Math.floor(next() * PIECES.length)];
  return out;
}

function allMatches(re: RegExp, s: string): [number, string][] {
  return [...s.matchAll(new RegExp(re.source, `${re.flags}g`))].map((m) => [m.index, m[0]]);
}

test('GuardedRegex finds what the regex finds', () => {
  for (const re of PATTERNS) {
    const g = new GuardedRegex(re);
    for (let seed = 1; seed <= 3000; seed++) {
      const s = sample(seed);
      assert.equal(g.test(s), re.test(s), `${re} on ${JSON.stringify(s)}`);
      assert.deepEqual(
        g.all(s).map((m) => [m.index, m[0]]),
        allMatches(re, s),
        `${re} on ${JSON.stringify(s)}`,
      );
      const from = seed % (s.length + 1);
      const global = new RegExp(re.source, `${re.flags}g`);
      global.lastIndex = from;
      assert.equal(g.execFrom(s, from)?.index ?? null, global.exec(s)?.index ?? null);
    }
  }
});

test('GuardedRegex refuses patterns it cannot split', () => {
  assert.throws(() => new GuardedRegex(/abc/u));
  assert.throws(() => new GuardedRegex(/(?<![\p{L}])a|b/u));
});
