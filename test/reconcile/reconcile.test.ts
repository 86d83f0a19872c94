// Reconciliation is a pure function: hand-built claims in, facts out.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { claimContexts } from '../../src/reconcile/context.ts';
import { formatValue } from '../../src/reconcile/format.ts';
import { type ReconcileClaim, reconcile } from '../../src/reconcile/index.ts';
import { scopeOf } from '../../src/reconcile/scope.ts';

let n = 0;
function claim(p: Partial<ReconcileClaim> & Pick<ReconcileClaim, 'value'>): ReconcileClaim {
  n++;
  return {
    id: `c${n}`,
    docId: `d${n}`,
    text: String(p.value),
    unit: 'count',
    qualifier: 'exact',
    modality: 'actual',
    indicator: 'x.test',
    subject: 'VN',
    clusterId: `k${n}`,
    ...p,
  };
}

describe('reconcile: the issue’s examples', () => {
  test('vaccine doses: three figures, different dates and scope, not a contradiction', () => {
    const facts = reconcile([
      claim({
        indicator: 'vaccine.doses_received',
        value: 156e6,
        qualifier: 'more_than',
        period: { start: '2021-03-01', end: '2021-12-07' },
        context: 'Theo Bộ Y tế, từ tháng 3/2021 đến hết ngày 7/12/2021, Việt Nam đã tiếp nhận khoảng trên 156 triệu liều vắc-xin Covid-19',
      }),
      claim({
        indicator: 'vaccine.doses_received',
        value: 151e6,
        qualifier: 'more_than',
        asOf: '2021-12-14',
        context: 'Đến nay, Việt Nam đã nhận được trên 151 triệu liều vaccine',
      }),
      claim({
        indicator: 'vaccine.doses_received',
        value: 192e6,
        qualifier: 'more_than',
        asOf: '2021-12-31',
        context: 'đến cuối năm 2021, chúng ta đã nhận hơn 192 triệu liều vaccine bao gồm cả viện trợ và mua thương mại',
      }),
    ]);
    assert.equal(facts.length, 1);
    const f = facts[0]!;
    assert.equal(f.claims.length, 3);
    assert.equal(f.year, 2021);
    assert.notEqual(f.status, 'conflicting');
    assert.ok(f.reasons.includes('differs_in_scope'), f.reasons.join());
    assert.ok(f.reasons.includes('differs_in_time'), f.reasons.join());
    assert.match(f.explanation.vi, /không phải mâu thuẫn/);
    assert.match(f.explanation.vi, /viện trợ/);
    assert.match(f.explanation.en, /not a contradiction/);
    assert.equal(f.best?.value, 192e6, 'the latest figure is the best value');
    assert.deepEqual(f.range, { min: 151e6, max: 192e6 });
    assert.equal(f.sources, 3);
  });

  test('FTAs: 17 (negotiated, signed, in force) vs 15 (signed) differ in scope', () => {
    const facts = reconcile([
      claim({
        indicator: 'fta.count',
        value: 17,
        asOf: '2021-12-14',
        counted: 'Hiệp định thương mại tự do',
        context: 'đàm phán, ký kết và thực thi 17 Hiệp định thương mại tự do (FTA)',
      }),
      claim({ indicator: 'fta.count', value: 15, asOf: '2021-12-14', counted: 'FTA', context: 'Với mạng lưới 15 FTA đã ký' }),
    ]);
    assert.equal(facts.length, 1);
    assert.equal(facts[0]!.status, 'differs_in_scope');
    assert.deepEqual(facts[0]!.reasons, ['differs_in_scope']);
    assert.match(facts[0]!.explanation.vi, /đàm phán/);
    assert.match(facts[0]!.explanation.en, /signed/);
  });

  test('local agreements: "hơn 200" over 2019–2021 vs "hơn 420" in all differ in scope', () => {
    const [f] = reconcile([
      claim({
        indicator: 'local_agreements.count',
        value: 200,
        qualifier: 'more_than',
        period: { start: '2019-01-01', end: '2021-12-31' },
        context: 'Trong giai đoạn 2019-2021, các địa phương đã ký hơn 200 thỏa thuận quốc tế',
      }),
      claim({
        indicator: 'local_agreements.count',
        value: 420,
        qualifier: 'more_than',
        asOf: '2021-12-14',
        context: 'của các địa phương cũng có nhiều chuyển biến tích cực với hơn 420 thoả thuận quốc tế trong các lĩnh vực đã được ký kết',
      }),
    ]);
    assert.equal(f!.status, 'differs_in_scope');
    assert.match(f!.explanation.vi, /giai đoạn 2019–2021/);
  });

  test('nested periods (2019–2021 within 2016–2021) count over different windows: scope, not only time', () => {
    const [f] = reconcile([
      claim({ value: 200, qualifier: 'more_than', period: { start: '2019-01-01', end: '2021-12-31' } }),
      claim({ value: 420, qualifier: 'more_than', period: { start: '2016-01-01', end: '2021-12-31' } }),
    ]);
    assert.equal(f!.status, 'differs_in_scope');
    assert.deepEqual(f!.reasons, ['differs_in_scope', 'differs_in_time']);
    assert.match(f!.explanation.vi, /giai đoạn 2016–2021/);
  });

  test('trade: one fact per year; a forecast beside the actual figure is forecast_vs_actual', () => {
    const facts = reconcile([
      claim({
        indicator: 'trade.total',
        unit: 'USD',
        value: 545e9,
        qualifier: 'more_than',
        period: { start: '2020-01-01', end: '2020-12-31' },
      }),
      claim({
        indicator: 'trade.total',
        unit: 'USD',
        value: 660e9,
        qualifier: 'more_than',
        modality: 'forecast',
        period: { start: '2021-01-01', end: '2021-12-31' },
      }),
      claim({
        indicator: 'trade.total',
        unit: 'USD',
        value: 600e9,
        qualifier: 'more_than',
        period: { start: '2021-01-01', end: '2021-12-31' },
      }),
      claim({
        indicator: 'trade.total',
        unit: 'USD',
        value: 700e9,
        qualifier: 'nearly',
        period: { start: '2023-01-01', end: '2023-12-31' },
      }),
    ]);
    assert.deepEqual(
      facts.map((f) => [f.year, f.status]),
      [
        [2020, 'consistent'],
        [2021, 'forecast_vs_actual'],
        [2023, 'consistent'],
      ],
    );
    const y2021 = facts[1]!;
    assert.equal(y2021.best?.value, 600e9, 'the actual figure beats the forecast');
    assert.deepEqual(y2021.range, { min: 600e9, max: 600e9 });
    assert.match(y2021.explanation.vi, /dự báo/);
    assert.equal(formatValue({ value: 545e9, qualifier: 'more_than', unit: 'USD' }, 'vi'), 'hơn 545 tỉ USD');
  });

  test('same date, same scope, different values: a conflict, named with its sources', () => {
    const [f] = reconcile([
      claim({ value: 22, asOf: '2021-12-14', source: { outlet: 'baoquocte.vn' } }),
      claim({ value: 25, asOf: '2021-12-14', source: { outlet: 'vnexpress.net' } }),
    ]);
    assert.equal(f!.status, 'conflicting');
    assert.match(f!.explanation.vi, /mâu thuẫn/);
    assert.match(f!.explanation.vi, /baoquocte\.vn/);
  });
});

describe('reconcile: agreement, grouping, corroboration', () => {
  test('rounded and qualified figures that overlap agree', () => {
    const [f] = reconcile([
      claim({ value: 156e6, qualifier: 'approx', asOf: '2021-12-07' }),
      claim({ value: 151e6, qualifier: 'more_than', asOf: '2021-12-14' }),
      claim({ value: 155.2e6, qualifier: 'exact', asOf: '2021-12-10' }),
    ]);
    assert.equal(f!.status, 'consistent');
    assert.equal(f!.best?.basis, 'latest');
  });

  test('"vượt 600" and "vượt 660" do not agree (open upper bounds do not touch)', () => {
    const [f] = reconcile([
      claim({ value: 600, qualifier: 'more_than', asOf: '2021-12-31' }),
      claim({ value: 660, qualifier: 'more_than', asOf: '2021-12-31' }),
    ]);
    assert.equal(f!.status, 'conflicting');
  });

  test('groups by indicator, subject, unit and year of the time reference', () => {
    const facts = reconcile([
      claim({ value: 1, asOf: '2021-03-01' }),
      claim({ value: 1, period: { start: '2019-01-01', end: '2021-12-31' } }),
      claim({ value: 1, asOf: '2022-01-01' }),
      claim({ value: 1, asOf: '2021-03-01', subject: 'VN-RU' }),
      claim({ value: 1, asOf: '2021-03-01', unit: 'USD' }),
      claim({ value: 1, published: '2021-06-01' }),
      claim({ value: 1 }),
    ]);
    const keys = facts.map((f) => `${f.subject}|${f.unit}|${f.year}|${f.claims.length}`).sort();
    assert.deepEqual(keys, ['VN-RU|count|2021|1', 'VN|USD|2021|1', 'VN|count|2021|3', 'VN|count|2022|1', 'VN|count|null|1']);
  });

  test('copies in one near-duplicate cluster, or of one sentence, corroborate once', () => {
    const [f] = reconcile([
      claim({ value: 30, asOf: '2021-12-14', clusterId: 'k', sentence: 'Việt Nam có 30 đối tác chiến lược.' }),
      claim({ value: 30, asOf: '2021-12-14', clusterId: 'k', sentence: 'Việt Nam có 30 đối tác chiến lược toàn diện.' }),
      claim({ value: 30, asOf: '2021-12-14', clusterId: 'other', sentence: 'Việt  Nam có 30 đối tác chiến lược.' }),
      claim({ value: 30, asOf: '2021-12-14', clusterId: 'third', sentence: 'Một câu khác: 30.' }),
    ]);
    assert.equal(f!.claims.length, 2);
    assert.equal(f!.claims[0]!.copies.length + f!.claims[1]!.copies.length, 2);
    assert.equal(f!.sources, 2);
    assert.equal(f!.best?.basis, 'corroborated');
  });

  test('a fact with thousands of distinct values stays cheap', () => {
    const many = Array.from({ length: 5000 }, (_, i) => claim({ value: i + 1, asOf: '2021-05-05' }));
    const t = Date.now();
    const [f] = reconcile(many);
    assert.ok(Date.now() - t < 5000, `took ${Date.now() - t} ms`);
    assert.equal(f!.claims.length, 5000);
    assert.equal(f!.status, 'conflicting');
    assert.match(f!.explanation.en, /and \d+ more/);
  });
});

describe('reconcile: reviews', () => {
  test('a rejected claim drops out; a corrected value replaces the machine value', () => {
    const facts = reconcile([
      claim({ id: 'a', value: 17, asOf: '2021-12-14', review: { action: 'reject' } }),
      claim({ id: 'b', value: 150, asOf: '2021-12-14', review: { action: 'correct', value: 15 } }),
      claim({ id: 'c', value: 15, asOf: '2021-12-14' }),
    ]);
    const f = facts[0]!;
    assert.deepEqual(f.claims.map((c) => c.claimId).sort(), ['b', 'c']);
    const b = f.claims.find((c) => c.claimId === 'b')!;
    assert.equal(b.value, 15);
    assert.equal(b.machineValue, 150);
    assert.equal(b.reviewed, 'corrected');
    assert.equal(f.status, 'consistent');
    assert.equal(f.best?.basis, 'reviewed');
    assert.equal(f.best?.claimId, 'b');
  });

  test('a correction may move a claim to another indicator', () => {
    const facts = reconcile([claim({ value: 5, asOf: '2021-01-01', review: { action: 'correct', fields: { indicator: 'y.other' } } })]);
    assert.equal(facts[0]!.indicator, 'y.other');
  });
});

describe('scope words and claim contexts', () => {
  test('scope words are whole syllables, tone style folded', () => {
    assert.deepEqual(scopeOf('đàm phán, ký kết và thực thi 17 FTA'), ['in_force', 'negotiating', 'signed']);
    assert.deepEqual(scopeOf('15 FTA đã ký'), ['signed']);
    assert.deepEqual(scopeOf('bao gồm cả viện trợ và mua thương mại'), ['aid', 'including', 'purchase']);
    assert.deepEqual(scopeOf('trong kỳ họp'), []);
    assert.deepEqual(scopeOf('mùa xuân'), [], '"mùa" is not "mua"');
    assert.deepEqual(scopeOf('kim ngạch xuất nhập khẩu'), [], 'exports and imports together are the total');
    assert.deepEqual(scopeOf('kim ngạch xuất khẩu'), ['export']);
  });

  test('a claim’s context stops at the neighbouring claims and at clause breaks', () => {
    const text =
      'Việt Nam đã ký hơn 90 hiệp định thương mại song phương, gần 60 hiệp định đầu tư; đàm phán, ký kết và thực thi 17 FTA. Với mạng lưới 15 FTA đã ký, Việt Nam tham gia sâu.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const ctx = claimContexts(text, [at('90 hiệp định'), at('60 hiệp định'), at('17 FTA'), at('15 FTA')]);
    assert.equal(ctx[2], 'đàm phán, ký kết và thực thi 17 FTA.');
    assert.equal(ctx[3], 'Với mạng lưới 15 FTA đã ký');
    assert.deepEqual(scopeOf(ctx[3]), ['signed']);
  });

  test('a following claim whose span opens with words keeps those words in the previous claim’s context', () => {
    const text = 'Đến cuối năm 2021, chúng ta đã nhận hơn 192 triệu liều vaccine bao gồm cả viện trợ và mua thương mại, vượt 30% kế hoạch.';
    const a = { start: text.indexOf('chúng'), end: text.indexOf(' vaccine') };
    const b = { start: text.indexOf('vaccine'), end: text.indexOf(' kế hoạch') };
    const [ca] = claimContexts(text, [a, b]);
    assert.deepEqual(scopeOf(ca), ['aid', 'including', 'purchase']);
  });
});
