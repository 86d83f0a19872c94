import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalize } from '../../src/clean/normalize.ts';

test('normalize composes decomposed Vietnamese to NFC', () => {
  const decomposed = 'Vie\u0302\u0323t Nam'.normalize('NFD');
  assert.equal(normalize(decomposed).text, 'Việt Nam');
});

test('normalize drops control and zero-width characters and records them', () => {
  const r = normalize('Hợp\u200b tác\u0007 Việt\u00ad–Lào');
  assert.equal(r.text, 'Hợp tác Việt–Lào');
  assert.deepEqual(
    r.removed.map((x) => x.reason),
    ['control-char', 'control-char'],
  );
  assert.equal(normalize('H\u200boa Kỳ').text, 'Hoa Kỳ');
});

test('normalize output is NFC whether or not the character pass must compose again', () => {
  // A removal brings a letter and its mark together (composed again); a swapped space, line break or eth does not.
  assert.equal(normalize('Vie\u200b\u0302\u0323t').text, 'Việt');
  for (const s of ['a\u00a0\u0301 b', 'x\t\u0323y', '\u00d0\u0301a', '\u00f0\u0300', 'c\u2028\u0301', 'q\r\n\u0303']) {
    const out = normalize(s).text;
    assert.equal(out, out.normalize('NFC'), JSON.stringify(s));
  }
});

test('normalize turns odd spaces into one space and trims lines', () => {
  assert.equal(normalize('Thủ\u00a0tướng\u2009  tiếp   Đại sứ  \r\n  Nhật Bản\t ').text, 'Thủ tướng tiếp Đại sứ\nNhật Bản');
});

test('normalize decodes HTML entities, named, numeric and double-escaped', () => {
  assert.equal(normalize('&quot;Ngoại giao cây tre&quot; &amp; hội nhập').text, '"Ngoại giao cây tre" & hội nhập');
  assert.equal(normalize('H&agrave; N&ocirc;̣i &#273;&#x1ea1;t').text.normalize('NFC'), 'Hà Nội đạt');
  assert.equal(normalize('&amp;quot;mục tiêu kép&amp;quot;').text, '"mục tiêu kép"');
  const r = normalize('giá &lt; 5 USD');
  assert.equal(r.text, 'giá < 5 USD');
  assert.equal(r.repairs, 1);
});

test('normalize maps the look-alike Icelandic eth to Đ', () => {
  assert.equal(normalize('Ðà Nẵng và ðồng bằng').text, 'Đà Nẵng và đồng bằng');
});

test('normalize leaves clean text exactly as it is', () => {
  const clean = 'Năm 2023, kim ngạch xuất nhập khẩu đạt gần 700 tỉ USD, tăng 14,8% so với cùng kỳ.\n\nHai bên nhất trí "nâng tầm" quan hệ.';
  const r = normalize(clean);
  assert.equal(r.text, clean);
  assert.deepEqual(r.removed, []);
  assert.equal(r.repairs, 0);
  // An ampersand that starts no entity stays.
  assert.equal(normalize('Kinh tế & Đô thị, R&D').text, 'Kinh tế & Đô thị, R&D');
});

test('normalize collapses spaces in one scan as the two-step replace did', () => {
  const twoStep = (s: string) =>
    s
      .replace(/ +\n *|\n +/g, '\n')
      .replace(/ {2,}/g, ' ')
      .trim();
  let seed = 5;
  const random = () => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const pieces = ['  ', ' ', '\n', 'a', 'b', '   ', '\n\n', ' \n ', 'x y'];
  for (let t = 0; t < 5000; t++) {
    let s = '';
    for (let i = Math.floor(random() * 12); i > 0; i--) s += pieces[Math.floor(random() * pieces.length)];
    assert.equal(normalize(s).text, twoStep(s), JSON.stringify(s));
  }
});
