import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { clean } from '../../src/clean/index.ts';
import { scoreParagraphs, spunScore } from '../../src/clean/spun.ts';

const CLEAN = [
  'Trong thời gian qua, công tác đối ngoại đã đạt được nhiều kết quả tích cực, góp phần thúc đẩy quan hệ với các đối tác và nâng cao vị thế của Việt Nam trên trường quốc tế.',
  'Hai bên nhất trí tăng cường hợp tác kinh tế, thương mại, đầu tư; triển khai hiệu quả các thỏa thuận đã ký và phối hợp chặt chẽ tại các diễn đàn đa phương.',
  'Đại sứ quán tổ chức lễ Phục sinh cho cộng đồng người Việt, đồng thời thông tin về tình hình dịch bệnh đã được kiểm soát trên toàn quốc.',
  'Đoàn doanh nghiệp Mỹ làm việc tại nhiều địa phương trên toàn nước Mỹ và Việt Nam, tìm hiểu cơ hội hợp tác kinh tế tài chính.',
];
const SPUN = [
  'Trong thời hạn qua, công tác làm việc đối ngoại đã đạt được nhiều tác dụng tích cực, góp thêm phần thôi thúc quan hệ với những đối tác.',
  'Những đại biểu nhìn nhận nền kinh tế tài chính từng bước Open trở lại sau khi trấn áp dịch bệnh trên toàn nước, bảo lãnh công dân được chú trọng.',
  'Ngành ngoại giao liên tục nâng cao hiệu suất cao công tác làm việc về người Nước Ta ở quốc tế, kiến thiết xây dựng hình ảnh đất nước.',
];

test('paragraphs written by people score low', () => {
  for (const p of CLEAN) assert.ok(spunScore(p).spun < 0.3, `${spunScore(p).spun} ${p}`);
});

test('paragraphs with spinner substitutions score high and say why', () => {
  for (const p of SPUN) {
    const s = spunScore(p);
    assert.ok(s.spun > 0.8, `${s.spun} ${p}`);
    assert.ok(s.signals.length >= 2);
  }
  assert.ok(spunScore(SPUN[0] as string).signals.includes('thời hạn qua → thời gian qua'));
});

test('a phrase printed twice in a row counts a little; a list after commas does not', () => {
  assert.ok(spunScore('hợp tác với khu vực Khu vực Đông Nam Á').spun > 0);
  assert.equal(spunScore('Phó Chủ tịch, Chủ tịch Hội đồng và Chủ tịch, Chủ tịch nước').spun, 0);
});

test('the document score is the paragraphs weighted by length', () => {
  const text = [...CLEAN, ...SPUN].join('\n\n');
  let at = 0;
  const spans = [...CLEAN, ...SPUN].map((p) => {
    const span = { start: at, end: at + p.length };
    at += p.length + 2;
    return span;
  });
  const r = scoreParagraphs(text, spans);
  assert.equal(r.paragraphs.length, 7);
  assert.ok(r.spun > 0.3 && r.spun < 0.7, String(r.spun));
  assert.equal(text.slice(r.paragraphs[4]?.start, r.paragraphs[4]?.end), SPUN[0]);
});

test('the bundled spun example: clean paragraphs low, spun paragraphs high', () => {
  const raw = readFileSync(new URL('../../examples/seeds/003_905a118618fd86e2.txt', import.meta.url), 'utf8');
  const doc = clean({ source: '003', format: 'text', raw, meta: {} });
  const paras = doc.quality.paragraphs ?? [];
  const scored = paras.map((p) => ({ spun: p.spun, words: doc.text.slice(p.start, p.end).split(' ').length }));
  const high = scored.filter((p) => p.spun >= 0.8);
  const low = scored.filter((p) => p.spun <= 0.2);
  assert.ok(high.length >= 3, JSON.stringify(scored));
  assert.ok(low.length >= 3, JSON.stringify(scored));
  assert.equal(high.length + low.length, scored.length);
  assert.ok(doc.quality.spun > 0.5);
  // Marked, never deleted.
  assert.ok(doc.text.includes('công tác làm việc'));
});
