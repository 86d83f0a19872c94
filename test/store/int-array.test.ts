// The fast int4[] reader: exactly what the general parsers give, or null to leave them the text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseIntArray, withFastIntArrays } from '../../src/store/int-array.ts';

test('int arrays: signed integers read exactly; anything unusual is left to the general parser', () => {
  assert.deepEqual(parseIntArray('{}'), []);
  assert.deepEqual(parseIntArray('{7}'), [7]);
  assert.deepEqual(parseIntArray('{1,-2,2147483647,-2147483648,0}'), [1, -2, 2147483647, -2147483648, 0]);
  for (const odd of ['', '{', '{1,NULL}', '{{1,2},{3,4}}', '{1,}', '{,1}', '{-}', '{1 ,2}', '{--1}', '{1-2}', '{1234567890123456}', 'x'])
    assert.equal(parseIntArray(odd), null, odd);
  const general = (t: string) => `general:${t}`;
  assert.deepEqual(withFastIntArrays(general)('{3,4}'), [3, 4]);
  assert.equal(withFastIntArrays(general)('{1,NULL}'), 'general:{1,NULL}');
});
