import assert from 'node:assert/strict';
import { test } from 'node:test';
import { day, ymd } from '../../../src/extract/time/calendar.ts';

const MS_PER_DAY = 86_400_000;

test('day and ymd agree with Date on ordinary and odd input', () => {
  const days = [0, -1, 1, -719_468, -719_469, 11_016, 20_000, 2_932_896, -3_000_000, 49_999_999, -50_000_000, 60_000_000, 0.5, Number.NaN];
  for (let x = -800_000; x <= 800_000; x += 997) days.push(x);
  for (const x of days) {
    const dt = new Date(x * MS_PER_DAY);
    assert.deepEqual(ymd(x), { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() }, String(x));
  }
  for (const y of [0, 1, 99, 100, 1600, 1899, 1900, 1970, 2000, 2023, 2024, 2100, 9999, 200_000, 200_001, -5, 2020.5])
    for (const m of [-1, 0, 1, 2, 3, 11, 12, 13, 2.5])
      for (const d of [-40, 0, 1, 28, 29, 30, 31, 32, 400, 1.5])
        assert.equal(day(y, m, d), Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY), `${y}-${m}-${d}`);
});
