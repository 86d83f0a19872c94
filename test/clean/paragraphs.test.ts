import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitBlocks } from '../../src/clean/paragraphs.ts';

const texts = (s: string) => splitBlocks(s).blocks.map((b) => b.text);

test('table pipes become paragraph breaks and are recorded as debris', () => {
  const r = splitBlocks('Bộ trưởng cho biết thêm. | Năm 2022 là năm bản lề của ngoại giao kinh tế |\n| |\n|---|---|\nĐoạn tiếp theo.');
  assert.deepEqual(
    r.blocks.map((b) => b.text),
    ['Bộ trưởng cho biết thêm.', 'Năm 2022 là năm bản lề của ngoại giao kinh tế', 'Đoạn tiếp theo.'],
  );
  assert.equal(r.removed[0]?.reason, 'table-debris');
});

test('hard-wrapped lines are joined, paragraphs and headlines are not', () => {
  assert.deepEqual(texts('Hai bên nhất trí tăng cường\nhợp tác trong lĩnh vực\nnông nghiệp.\n\nĐoạn hai.'), [
    'Hai bên nhất trí tăng cường hợp tác trong lĩnh vực nông nghiệp.',
    'Đoạn hai.',
  ]);
  assert.deepEqual(texts('Việt Nam và Nhật Bản\nHai nước ký hiệp định.'), ['Việt Nam và Nhật Bản', 'Hai nước ký hiệp định.']);
});

test('a pipe inside a word or a number is text', () => {
  assert.deepEqual(texts('Tỷ lệ 3|4 và ký hiệu a|b giữ nguyên.'), ['Tỷ lệ 3|4 và ký hiệu a|b giữ nguyên.']);
});
