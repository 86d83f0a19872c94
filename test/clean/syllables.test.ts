import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSyllable, splitToken } from '../../src/clean/syllables.ts';

const split = (t: string) => splitToken(t)?.map((p) => (p.remnant ? `#${p.text}` : p.text)) ?? null;

test('syllables come from the dictionary in both tone styles', () => {
  for (const s of ['ngoại', 'nghiêng', 'khuếch', 'hoà', 'hòa', 'thuỷ', 'thủy', 'Quốc']) assert.ok(isSyllable(s), s);
  for (const s of ['quot', 'hơp', 'ASEAN', 'tác-', 's', 'b']) assert.ok(!isSyllable(s), s);
});

test('run-together syllables split at the best lattice path', () => {
  assert.deepEqual(split('sángtạogópphần'), ['sáng', 'tạo', 'góp', 'phần']);
  assert.deepEqual(split('hợptácđầutư'), ['hợp', 'tác', 'đầu', 'tư']);
  assert.deepEqual(split('kinhtếthịtrường'), ['kinh', 'tế', 'thị', 'trường']);
  assert.deepEqual(split('ngoạigiaovắcxin'), ['ngoại', 'giao', 'vắc', 'xin']);
  // A capital inside the token starts a syllable.
  assert.deepEqual(split('quanhệViệtNam'), ['quan', 'hệ', 'Việt', 'Nam']);
  assert.deepEqual(split('ôngtácđốingoạiUyểnchuyển'), ['ông', 'tác', 'đối', 'ngoại', 'Uyển', 'chuyển']);
});

test('entity remnants glued to syllables are dropped', () => {
  assert.deepEqual(split('quotNgoại'), ['#quot', 'Ngoại']);
  assert.deepEqual(split('xinquot'), ['xin', '#quot']);
  assert.deepEqual(split('thựchiệnquotmụctiêu'), ['thực', 'hiện', '#quot', 'mục', 'tiêu']);
});

test('names, acronyms, loanwords and foreign words are never split', () => {
  for (const t of [
    'Washington',
    'Putin',
    'Zelensky',
    'Sisoulith',
    'Thongloun',
    'Lighthizer',
    'UNESCO',
    'HĐND',
    'ASEAN',
    'Covid',
    'quota',
    'ample',
    'online',
    'Riệp',
    'ôtô',
    'ximăng',
    'Nguyễn',
    'Milos',
  ]) {
    assert.equal(splitToken(t), null, t);
  }
});

test('a token without Vietnamese marks splits only into a chain of known words', () => {
  assert.deepEqual(split('thanhtra'), ['thanh', 'tra']);
  assert.equal(splitToken('Manila'), null);
  assert.equal(splitToken('Canberra'), null);
});
