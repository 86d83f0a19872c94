import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { examples, negatives } from '../../../src/extract/entities/corpus.ts';
import { extractEntities } from '../../../src/extract/entities/index.ts';

const ids = (text: string) => extractEntities(text).map((e) => `${e.type}:${e.id}`);

describe('entities corpus', () => {
  it('has at least 40 examples', () => assert.ok(examples.length >= 40));
  for (const ex of examples) {
    it(ex.text, () => assert.deepEqual(new Set(ids(ex.text)), new Set(ex.expect)));
  }
});

describe('entities negative corpus', () => {
  for (const text of negatives) {
    it(text, () => assert.deepEqual(ids(text), []));
  }
});
