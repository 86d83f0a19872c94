import assert from 'node:assert/strict';
import { test } from 'node:test';
import { repairParagraph } from '../../src/clean/repair.ts';

test('repair splits run-together syllables and counts each token', () => {
  const r = repairParagraph('Hai bên nhất trí thúcđẩyhợptác trong lĩnh vực năng lượng.');
  assert.equal(r.text, 'Hai bên nhất trí thúc đẩy hợp tác trong lĩnh vực năng lượng.');
  assert.equal(r.repairs, 1);
});

test('repair drops bare entity remnants, glued or standing alone', () => {
  const r = repairParagraph('quotNgoại giao vắc-xinquot là điểm nhấn');
  assert.equal(r.text, 'Ngoại giao vắc-xin là điểm nhấn');
  assert.deepEqual(
    r.removed.map((x) => [x.text, x.reason]),
    [
      ['quot', 'entity-remnant'],
      ['quot', 'entity-remnant'],
    ],
  );
  assert.equal(repairParagraph('phương châm quot bốn tốt quot').text, 'phương châm bốn tốt');
});

test('repair restores the space lost after punctuation', () => {
  assert.equal(repairParagraph('Triển khai mạnh mẽ,đồng bộ').text, 'Triển khai mạnh mẽ, đồng bộ');
  assert.equal(repairParagraph('Ngoại giao vắc-xin:Chứng tỏ uy tín').text, 'Ngoại giao vắc-xin: Chứng tỏ uy tín');
  assert.equal(repairParagraph('đạt kết quả tốt.Việt Nam tiếp tục').text, 'đạt kết quả tốt. Việt Nam tiếp tục');
});

test('repair leaves numbers, times, abbreviations, URLs and e-mails alone', () => {
  for (const s of [
    'Tăng 14,8% lúc 11:05 ngày 14.12, tỷ lệ 1.000/1.500.',
    'TP.HCM và Q.1 đón đoàn; xem tại baochinhphu.vn hoặc http://thanhtra.gov.vn/tin-tuc/hoptac.',
    'Liên hệ: lanhsu@mofa.gov.vn, VOV.VN, VnExpress.net.',
    'Tổng thống Emmanuel Macron gặp Thủ tướng Shinzo Abe tại Washington và Canberra.',
    'Công ty ôtô và ximăng ký hợp đồng với UNESCO, ASEAN, HĐND tỉnh.',
  ]) {
    const r = repairParagraph(s);
    assert.equal(r.text, s);
    assert.equal(r.repairs, 0);
  }
});

test('a very long run of letters is data, not words, and stays', () => {
  const blob = 'aGVsbG8gd29ybGQ'.repeat(20000);
  const t0 = Date.now();
  assert.equal(repairParagraph(`mã ${blob} hết`).text, `mã ${blob} hết`);
  assert.ok(Date.now() - t0 < 1000);
});

test('close choices follow common syllables and the words around the token', () => {
  assert.equal(repairParagraph('doanh nghiệp uy tínhàng đầu khu vực').text, 'doanh nghiệp uy tín hàng đầu khu vực');
  assert.equal(repairParagraph('Hai bên tiếptụcủng hộ lẫn nhau').text, 'Hai bên tiếp tục ủng hộ lẫn nhau');
  assert.equal(repairParagraph('quy mô lớnhơntrướcđây').text, 'quy mô lớn hơn trước đây');
});

test('repair reads paragraphs longer than its buffer and a short one after them alike', () => {
  const long = `${'Hai bên nhất trí trong lĩnh vực năng lượng. '.repeat(80)}Hai bên thúcđẩyhợptác`;
  assert.equal(repairParagraph(long).text, `${long.slice(0, -'thúcđẩyhợptác'.length)}thúc đẩy hợp tác`);
  // A shorter paragraph after a long one must not see the long one's characters past its end.
  assert.equal(repairParagraph('mạnh mẽ,đồng').text, 'mạnh mẽ, đồng');
  assert.equal(repairParagraph('hợp').text, 'hợp');
});
