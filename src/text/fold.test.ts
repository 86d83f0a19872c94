import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldAll, foldTone } from './fold.ts';

// Keys only: mid-syllable swaps (ngoại → ngọai) are harmless because both sides of every match fold alike.
test('foldTone makes both tone-mark styles one key', () => {
  assert.equal(foldTone('Hoà bình'), foldTone('hòa bình'));
  assert.equal(foldTone('thuỷ'), 'thủy');
  assert.equal(foldTone('Hoà Bình'), 'hòa bình');
  assert.equal(foldTone('Hoà').length, 3);
});

test('foldAll strips every diacritic and folds đ', () => {
  assert.equal(foldAll('Đà Nẵng'), 'da nang');
  assert.equal(foldAll('Việt Nam'), 'viet nam');
});
