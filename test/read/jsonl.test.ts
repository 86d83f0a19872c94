import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { unicodeToVni } from '../../src/read/encodings/vni.ts';
import { ARTICLE, SHORT } from './fixtures/sentences.ts';
import { makeTree, readAll } from './fixtures/tmp.ts';

const line = (x: unknown) => JSON.stringify(x);
const { root, cleanup } = makeTree({
  'a.jsonl': [
    line({
      title: 'Tiêu đề',
      text: ARTICLE,
      url: 'https://x.vn/1',
      date: '2023-01-02',
      outlet: 'Báo X',
      author: 'An',
      tags: ['ngoại giao'],
      id: 7,
    }),
    '{"title": "hỏng", "text": "thiếu ngoặc"',
    '',
    line({
      html: '<!doctype html><html><head><meta property="og:site_name" content="Trang"><title>Trang HTML</title></head><body><p>Nội dung.</p></body></html>',
      outlet: 'Báo Y',
    }),
    line({ title: 'không có nội dung' }),
    line([1, 2]),
    line({ text: '   ' }),
    line({ text: unicodeToVni(SHORT) }),
    'not json at all',
    line({ text: 'Dòng cuối.' }),
  ].join('\r\n'),
  'bom.ndjson': `\ufeff${line({ text: 'Có BOM.' })}\n`,
  'empty.jsonl': '',
  'big.jsonl': `${line({ text: 'x'.repeat(500) })}\n${line({ text: 'nhỏ' })}\n`,
});
after(cleanup);
const p = (name: string) => join(root, name);

test('JSONL: one document per line, fields mapped, extras kept, broken lines named by path#LINE', async () => {
  const { docs, errors, order } = await readAll([p('a.jsonl')]);
  assert.deepEqual(
    order,
    [1, 2, 4, 5, 6, 7, 8, 9, 10].map((n) => `${p('a.jsonl')}#${n}`),
  );
  assert.deepEqual(docs[0], {
    source: `${p('a.jsonl')}#1`,
    format: 'text',
    raw: ARTICLE,
    encoding: 'utf-8',
    meta: {
      title: 'Tiêu đề',
      url: 'https://x.vn/1',
      date: '2023-01-02',
      outlet: 'Báo X',
      author: 'An',
      extra: { tags: ['ngoại giao'], id: 7 },
    },
  });
  assert.equal(docs[1]?.format, 'html');
  assert.equal(docs[1]?.meta.title, 'Trang HTML');
  assert.equal(docs[1]?.meta.outlet, 'Báo Y', "the line's own fields win over the page's");
  assert.deepEqual([docs[2]?.raw, docs[2]?.encoding], [SHORT, 'vni']);
  assert.equal(docs[3]?.raw, 'Dòng cuối.');
  const reasons = Object.fromEntries(errors.map((e) => [e.source.slice(p('a.jsonl').length), e.reason]));
  assert.match(reasons['#2'] ?? '', /^invalid JSON: /);
  assert.equal(reasons['#5'], 'no "text" or "html" field');
  assert.equal(reasons['#6'], 'expected a JSON object, got an array');
  assert.match(reasons['#7'] ?? '', /^empty/);
  assert.match(reasons['#9'] ?? '', /^invalid JSON: /);
});

test('JSONL: BOM, empty file, a line over maxBytes', async () => {
  const { docs, errors } = await readAll([p('bom.ndjson'), p('empty.jsonl'), p('big.jsonl'), p('missing.jsonl')], { maxBytes: 100 });
  assert.deepEqual(
    docs.map((d) => d.raw),
    ['Có BOM.', 'nhỏ'],
  );
  assert.deepEqual(
    errors.map((e) => [e.source.slice(root.length + 1), e.reason]),
    [
      ['empty.jsonl', 'empty file'],
      ['big.jsonl#1', 'line too large: more than 100 bytes'],
      ['missing.jsonl', 'not found'],
    ],
  );
});
