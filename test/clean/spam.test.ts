import assert from 'node:assert/strict';
import { test } from 'node:test';
import { removeSpam } from '../../src/clean/spam.ts';

test('spam spliced into a word is cut out and the word closes up', () => {
  const r = removeSpam('các bên đã ký thỏa thuậnsoi kèo nhà cái hôm nay hợp tác đầu tư');
  assert.equal(r.text, 'các bên đã ký thỏa thuận hợp tác đầu tư');
  assert.equal(r.removed[0]?.reason, 'spam');
  assert.equal(r.removed[0]?.rule, 'spam.betting');
  // Glued on both sides: the two halves of the word meet again.
  assert.equal(removeSpam('hội nghịcasino trực tuyến uy tínthượng đỉnh').text, 'hội nghịthượng đỉnh');
  // The left part stays when the phrase ends at a space.
  assert.equal(removeSpam('mục tiêu chungxem kết quả bóng đá trực tiếp tối nay của hai nước').text, 'mục tiêu chung của hai nước');
});

test('spam is matched without diacritics and with its link', () => {
  const r = removeSpam('Kinh tế phục hồi. Xem bong da truc tuyen hom nay tai https://abc.example/x ngay. Xuất khẩu tăng.');
  assert.equal(r.text, 'Kinh tế phục hồi. ngay. Xuất khẩu tăng.');
  assert.match(r.removed[0]?.text ?? '', /^Xem bong da truc tuyen hom nay tai https/);
});

test('a line that was mostly spam goes entirely', () => {
  const r = removeSpam(
    'Quan hệ hai nước phát triển tốt đẹp.\nVay tiền nhanh online không thế chấp - duyệt 5 phút\nHai bên ký kết 5 văn kiện.',
  );
  assert.equal(r.text, 'Quan hệ hai nước phát triển tốt đẹp.\n\nHai bên ký kết 5 văn kiện.');
  assert.deepEqual(
    r.removed.map((x) => x.rule),
    ['spam.loan', 'spam.leftover'],
  );
  assert.equal(removeSpam('Tải app ngay để nhận quà').text, '');
});

test('news about football, rates, loans and apps is not spam', () => {
  for (const s of [
    'Đội tuyển bóng đá Việt Nam giao hữu với Thái Lan trong chuyến thăm.',
    'Tỷ lệ tiêm chủng đạt 90%, tỷ lệ lạm phát dưới 4%.',
    'Nhật Bản cho Việt Nam vay 100 tỉ Yên vốn ODA, giải ngân theo tiến độ.',
    'Người dân có thể tải ứng dụng VNeID để làm thủ tục.',
    'Kết quả hội đàm được hai bên đánh giá cao.',
  ]) {
    const r = removeSpam(s);
    assert.equal(r.text, s);
    assert.deepEqual(r.removed, []);
  }
});

test('betting brands are spam only with the words that come with them', () => {
  assert.equal(removeSpam('Kinh tế tăng trưởng. Link vào W88 mới nhất').text, 'Kinh tế tăng trưởng. mới nhất');
  for (const s of ['Người dân tải app VNeID để khai báo.', 'Đường link vào cổng thông tin của Bộ.', 'Cấm cá cược trực tuyến trái phép.']) {
    assert.equal(removeSpam(s).text, s);
  }
});
