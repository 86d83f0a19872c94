import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { clean } from '../../src/clean/index.ts';
import { processRaw } from '../../src/pipeline.ts';
import type { RawDoc } from '../../src/types.ts';

const seed = (name: string) => readFileSync(new URL(`../../examples/seeds/${name}`, import.meta.url), 'utf8');
const doc = (raw: string, extra: Partial<RawDoc> = {}) => clean({ source: 'test', format: 'text', raw, meta: {}, ...extra });
/** published as the pipeline gives it: analysis adds notBefore to what cleaning picked. */
const published = (raw: string, extra: Partial<RawDoc> = {}) =>
  processRaw({ source: 'test', format: 'text', raw, meta: {}, ...extra }).published;
const reasons = (d: ReturnType<typeof clean>) => new Set(d.removed.map((r) => r.reason));

const ARTICLE = [
  'Việt Nam và New Zealand nâng cấp quan hệ lên Đối tác chiến lược toàn diện',
  'Chiều 13/2/2025, tại Wellington, Thủ tướng hai nước đã hội đàm và ra Tuyên bố chung về việc nâng cấp quan hệ. Hai bên nhất trí phấn đấu đưa kim ngạch thương mại song phương lên 3 tỉ USD trong thời gian tới.',
  'Thủ tướng đề nghị New Zealand tiếp tục mở cửa thị trường cho nông sản Việt Nam, tăng học bổng cho sinh viên và hỗ trợ ứng phó với biến đổi khí hậu tại Đồng bằng sông Cửu Long.',
  'Nhân dịp này, hai bên trao 5 văn kiện hợp tác trong các lĩnh vực giáo dục, nông nghiệp, quốc phòng và lao động.',
].join('\n\n');

test('a clean article comes through whole, with nothing removed', () => {
  const d = doc(ARTICLE);
  assert.equal(d.text, ARTICLE);
  assert.deepEqual(d.removed, []);
  assert.equal(d.quality.repairs, 0);
  assert.equal(d.quality.spun, 0);
  assert.equal(d.title, 'Việt Nam và New Zealand nâng cấp quan hệ lên Đối tác chiến lược toàn diện');
  assert.deepEqual(d.published, { date: null, basis: 'none', time: null });
  assert.deepEqual(published(ARTICLE), { date: null, basis: 'latest-mention', notBefore: '2025-02-13', time: null });
  assert.equal(d.id, createHash('sha256').update(d.text).digest('hex').slice(0, 16));
  assert.match(d.id, /^[0-9a-f]{16}$/);
});

test('paragraph spans point into the cleaned text', () => {
  const d = doc(ARTICLE);
  const paras = d.quality.paragraphs ?? [];
  assert.equal(paras.length, 4);
  assert.ok(paras.every((p) => !d.text.slice(p.start, p.end).includes('\n')));
  assert.equal(d.text.slice(paras[3]?.start, paras[3]?.end), ARTICLE.split('\n\n')[3]);
});

test('the same text gives the same id; a different one another', () => {
  assert.equal(doc(ARTICLE).id, doc(`${ARTICLE}\n`).id);
  assert.notEqual(doc(ARTICLE).id, doc(`${ARTICLE} Thêm.`).id);
});

test('seed 000: spam spliced into a word, run-together syllables, a bare "quot", table pipes', () => {
  const d = doc(seed('000_03145aab5ee5c330.txt'));
  assert.ok(!d.text.includes('bóng đá'));
  assert.ok(!/quot/.test(d.text));
  assert.ok(!d.text.includes('|'));
  assert.ok(d.text.includes('ông tác đối ngoại Uyển chuyển sáng tạo góp phần thực hiện mục tiêu'));
  assert.ok(d.title?.startsWith('Ngoại giao kinh tế: Triển khai mạnh mẽ, ông tác đối ngoại'));
  assert.ok(!d.title?.includes('Đánh giá'));
  assert.ok(d.quality.repairs >= 2);
  assert.deepEqual([...reasons(d)].sort(), ['entity-remnant', 'spam', 'table-debris']);
  assert.equal(d.published.date, null);
  assert.equal(published(seed('000_03145aab5ee5c330.txt')).notBefore, '2021-12-07');
});

test('seed 001: page clock and label, byline read and removed, caption twice, comments and teaser list', () => {
  const d = doc(seed('001_78c5588e09a78608.txt'));
  assert.equal(d.title, 'Công tác đối ngoại với những con số ấn tượng');
  assert.deepEqual(published(seed('001_78c5588e09a78608.txt')), {
    date: '2021-12-14',
    basis: 'byline',
    notBefore: '2021-01-01',
    time: '11:05',
  });
  assert.equal(d.author, 'PV');
  for (const r of ['page-header', 'clock', 'byline', 'caption-duplicate', 'widget', 'related-list']) assert.ok(reasons(d).has(r), r);
  assert.ok(d.text.endsWith('nâng cao vị thế và uy tín của Việt Nam trên thế giới./.'));
  assert.ok(!d.text.includes('Analytic'));
  assert.ok(!d.text.includes('giờ trước'));
});

test('seed 002: player time, outlet from the lead, related list with its heading', () => {
  const d = doc(seed('002_a353cd3853ad62ae.txt'));
  assert.equal(d.outlet, 'Pháp luật Việt Nam');
  assert.ok(reasons(d).has('player'));
  assert.ok(!d.text.includes('Tin cùng chuyên mục'));
  assert.ok(!d.text.includes('Cúc Phương'));
  assert.ok(d.text.endsWith('ông Minh cho biết.'));
  // The photo caption, printed twice, goes: once as a caption, once as its duplicate.
  assert.ok(!d.text.includes('Ảnh: TTXVN'));
  assert.ok(reasons(d).has('caption') && reasons(d).has('caption-duplicate'));
  assert.ok(d.text.includes('Thứ trưởng Ngoại giao Vũ Quang Minh cho biết'));
});

test('seed 004: the comment box at the end goes', () => {
  const d = doc(seed('004_380a24cf614cbcf5.txt'));
  assert.equal(d.title, '2023 - năm ngoại giao sôi động');
  assert.ok(!d.text.includes('ký tự'));
  assert.ok(!d.text.includes('bình luận'));
  assert.ok(d.text.endsWith('theo hướng chuyên nghiệp, hiệu quả, hiện đại.'));
  assert.deepEqual([...reasons(d)], ['widget']);
});

test('container metadata: title, date, outlet, author and url are used', () => {
  const body = ARTICLE.split('\n\n').slice(1).join('\n\n');
  const meta = {
    title: 'Nâng cấp quan hệ Việt Nam - New Zealand - VnExpress',
    date: '2025-02-13T19:30:00+07:00',
    outlet: 'vnexpress.net',
    author: 'Vũ Anh',
    url: 'https://vnexpress.net/x',
  };
  const d = doc(body, { meta });
  assert.equal(d.title, 'Nâng cấp quan hệ Việt Nam - New Zealand');
  assert.deepEqual(d.published, { date: '2025-02-13', basis: 'metadata', time: '19:30' });
  assert.deepEqual(published(body, { meta }), { date: '2025-02-13', basis: 'metadata', notBefore: '2025-02-13', time: '19:30' });
  assert.equal(d.outlet, 'VnExpress');
  assert.equal(d.author, 'Vũ Anh');
  assert.equal(d.url, 'https://vnexpress.net/x');
  assert.ok(d.text.startsWith('Chiều 13/2/2025'));
});

test('HTML goes through the main-text extractor, then the same cleaning', () => {
  const paras = ARTICLE.split('\n\n');
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>${paras[0]}</title></head><body>
    <article><h1>${paras[0]}</h1>${paras
      .slice(1)
      .map((p) => `<p>${p}</p>`)
      .join('\n')}
    <p>Xem bóng đá trực tuyến hôm nay tại xoilac.tv</p></article></body></html>`;
  const d = clean({ source: 'x.html', format: 'html', raw: html, meta: {} });
  assert.ok(!d.text.includes('<'));
  assert.ok(d.text.includes('hai bên trao 5 văn kiện hợp tác'));
  assert.ok(!d.text.includes('bóng đá'));
  assert.equal(d.title, paras[0]);
});

test('a body with no headline gets no title, and its first paragraph stays whole', () => {
  const body = ARTICLE.split('\n\n').slice(1).join('\n\n');
  const d = doc(body);
  assert.equal(d.title, null);
  assert.equal(d.text, body);
  const short = 'Hai nước ký 5 văn kiện hợp tác.\n\nCác văn kiện tập trung vào giáo dục và nông nghiệp.';
  assert.equal(doc(short).title, null);
});

test('an author field holding the whole byline gives the author and the date', () => {
  const d = doc(ARTICLE, { meta: { author: 'Minh Quân - 20:15, 14/02/2025' } });
  assert.equal(d.author, 'Minh Quân');
  assert.deepEqual(published(ARTICLE, { meta: { author: 'Minh Quân - 20:15, 14/02/2025' } }), {
    date: '2025-02-14',
    basis: 'byline',
    notBefore: '2025-02-13',
    time: '20:15',
  });
});
