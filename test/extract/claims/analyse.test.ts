// Claims through the whole analysis (entities, time, claims) on a short article written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse } from '../../../src/extract/index.ts';

const ARTICLE = [
  'Hợp tác kinh tế Việt Nam - Hàn Quốc tiếp tục khởi sắc',
  'Năm 2023, kim ngạch thương mại song phương Việt Nam - Hàn Quốc đạt khoảng 79 tỷ USD, giảm 9% so với năm 2022.',
  'Lũy kế đến hết tháng 12/2023, Hàn Quốc có hơn 10.000 dự án đầu tư còn hiệu lực tại Việt Nam với tổng vốn đăng ký gần 86 tỷ USD.',
  'Hai bên đặt mục tiêu nâng kim ngạch thương mại lên 150 tỷ USD vào năm 2030.',
  'Hiện có khoảng 200.000 người Việt Nam sinh sống tại Hàn Quốc.',
  'Nhân dịp này, hai bên đã ký 5 văn kiện hợp tác, kỷ niệm 31 năm thiết lập quan hệ ngoại giao (22/12/1992).',
].join('\n');

test('an article yields its figures with indicator, period or asOf, modality and subject', () => {
  const { claims } = analyse(ARTICLE, { published: '2024-01-20' });
  const by = (v: number, unit: string) => claims.find((c) => c.value === v && c.unit === unit);
  const trade = by(79e9, 'USD');
  assert.equal(trade?.indicator, 'trade.bilateral');
  assert.equal(trade?.qualifier, 'approx');
  assert.deepEqual(trade?.period, { start: '2023-01-01', end: '2023-12-31' });
  assert.equal(trade?.subject, 'VN-KR');
  assert.equal(by(9, '%')?.change, true);
  const projects = by(10000, 'count');
  assert.equal(projects?.indicator, 'fdi.projects');
  assert.equal(projects?.qualifier, 'more_than');
  assert.equal(projects?.asOf, '2023-12-31');
  assert.equal(by(86e9, 'USD')?.indicator, 'fdi.cumulative');
  const target = by(150e9, 'USD');
  assert.equal(target?.modality, 'target');
  assert.equal(by(5, 'count')?.indicator, 'agreements.signed');
  assert.ok(by(200000, 'count'));
  // Not figures: the anniversary, the date, the years.
  assert.equal(by(31, 'count'), undefined);
  assert.ok(!claims.some((c) => c.value === 1992 || c.value === 2030 || c.value === 22));
  for (const c of claims) assert.equal(ARTICLE.slice(c.start, c.end), c.text);
});

const SECOND = [
  'Quan hệ kinh tế Việt Nam - Lào',
  'Kim ngạch thương mại hai chiều năm 2022 đạt 1,6 tỷ USD, 9 tháng đầu năm 2023 đạt 1,2 tỷ USD.',
  'Việt Nam hiện có 230 dự án đầu tư tại Lào, với tổng vốn đăng ký gần 5,5 tỷ USD.',
  'Tỉnh cũng khởi công khu công nghiệp rộng 300 ha và đào tạo khoảng 40 em học sinh Lào.',
].join('\n');

test('time binds within its clause, a figure period stays in its paragraph, outward investment is no FDI', () => {
  const { claims } = analyse(SECOND, { published: '2023-11-20' });
  const by = (v: number, unit: string) => claims.find((c) => c.value === v && c.unit === unit);
  assert.deepEqual(by(1.6e9, 'USD')?.period, { start: '2022-01-01', end: '2022-12-31' });
  assert.deepEqual(by(1.2e9, 'USD')?.period, { start: '2023-01-01', end: '2023-09-30' });
  assert.equal(by(230, 'count')?.indicator, 'outward_investment.projects');
  assert.equal(by(5.5e9, 'USD')?.indicator, 'outward_investment.capital');
  assert.equal(by(5.5e9, 'USD')?.subject, 'VN-LA');
  assert.equal(by(300, 'ha')?.period ?? null, null);
  assert.equal(by(40, 'count')?.counted, 'em học sinh');
});
