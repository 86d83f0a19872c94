import assert from 'node:assert/strict';
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, test } from 'node:test';
import iconv from 'iconv-lite';
import { encodeVni } from '../../src/read/encodings/vni.ts';
import { deepPage, NEWS_PAGE } from './fixtures/pages.ts';
import { ARTICLE, encode1258, SHORT } from './fixtures/sentences.ts';
import { makeTree, readAll } from './fixtures/tmp.ts';

const { root, cleanup } = makeTree({
  'good.txt': ARTICLE,
  'page.html': NEWS_PAGE,
  'page-in.txt': `  ${NEWS_PAGE}`,
  'notes.md': `# Ghi chú\n\n${SHORT}`,
  'tcvn3.txt': iconv.encode(ARTICLE, 'tcvn'),
  'vni.txt': encodeVni(ARTICLE),
  'win1258.txt': encode1258(SHORT),
  'viscii.txt': iconv.encode(SHORT, 'viscii'),
  'legacy-page.htm': Buffer.concat([
    Buffer.from('<!doctype html><html><head><meta charset="windows-1258"><title>T</title></head><body><p>'),
    encode1258(SHORT),
    Buffer.from('</p></body></html>'),
  ]),
  'nul.txt': Buffer.from('Việt Nam\0\0\0binary'),
  'image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
  'empty.txt': '',
  'blank.txt': '  \n\n\t  \n',
  'latin1.txt': iconv.encode("Garçon, l'été à Noël: où est la fenêtre? Très élégant, déjà vu.", 'latin1'),
  'deep.html': deepPage(100_000),
  'tree/b/2.txt': 'Hai.',
  'tree/a.txt': 'Một.',
  'tree/c.htm': '<html><body><p>Ba.</p></body></html>',
  'tree/skip.pdf': '%PDF-1.4',
  'tree/.hidden.txt': 'ẩn',
  'tree/README.md': 'Ghi chú về thư mục.',
  'tree/.git/x.txt': 'ẩn',
  'tree/b/1.jsonl': '{"text":"Bốn."}\n{"text":"Năm."}\n',
  'emptydir/.keep': '',
});
symlinkSync(join(root, 'tree'), join(root, 'tree/b/loop'));
after(cleanup);
const p = (name: string) => join(root, name);

test('UTF-8 text and Markdown files are read as text', async () => {
  const { docs, errors } = await readAll([p('good.txt'), p('notes.md')]);
  assert.deepEqual(errors, []);
  assert.deepEqual(docs[0], { source: p('good.txt'), format: 'text', raw: ARTICLE, encoding: 'utf-8', meta: {} });
  assert.equal(docs[1]?.format, 'text');
});

test('the bundled example articles are read as UTF-8 text, unchanged', async () => {
  const seeds = new URL('../../examples/seeds/', import.meta.url).pathname;
  const { docs, errors } = await readAll([seeds]);
  assert.deepEqual(errors, []);
  assert.ok(docs.length >= 5);
  for (const d of docs) {
    assert.deepEqual([d.format, d.encoding], ['text', 'utf-8'], d.source);
    assert.equal(d.raw, readFileSync(d.source, 'utf8'));
  }
});

test('HTML files (by extension or by content) carry page metadata', async () => {
  const { docs, errors } = await readAll([p('page.html'), p('page-in.txt')]);
  assert.deepEqual(errors, []);
  for (const d of docs) {
    assert.equal(d.format, 'html');
    assert.equal(d.raw.trim(), NEWS_PAGE);
    assert.equal(d.meta.title, 'Việt Nam & Ấn Độ tăng cường hợp tác');
    assert.equal(d.meta.outlet, 'Báo Đối Ngoại');
    assert.equal(d.meta.date, '2024-03-05T09:30:00+07:00');
  }
});

test('legacy-encoded files are detected and decoded', async () => {
  const { docs, errors } = await readAll(['tcvn3.txt', 'vni.txt', 'win1258.txt', 'viscii.txt'].map(p));
  assert.deepEqual(errors, []);
  assert.deepEqual(
    docs.map((d) => [d.encoding, d.raw]),
    [
      ['tcvn3', ARTICLE],
      ['vni', ARTICLE],
      ['windows-1258', SHORT],
      ['viscii', SHORT],
    ],
  );
});

test('an HTML page declaring windows-1258 is decoded with it', async () => {
  const { docs } = await readAll([p('legacy-page.htm')]);
  assert.equal(docs[0]?.encoding, 'windows-1258');
  assert.ok(docs[0]?.raw.includes(SHORT));
});

test('bad files give a clear reason each, and the batch goes on', async () => {
  const names = ['nul.txt', 'good.txt', 'image.png', 'empty.txt', 'blank.txt', 'latin1.txt', 'missing.txt', 'deep.html'];
  const t = performance.now();
  const { docs, errors, order } = await readAll(names.map(p));
  assert.ok(performance.now() - t < 3000);
  assert.deepEqual(order, names.map(p));
  assert.deepEqual(
    errors.map((e) => [e.source, e.reason]),
    [
      [p('nul.txt'), 'binary file (NUL bytes), not text'],
      [p('image.png'), 'binary file (PNG image), not text'],
      [p('empty.txt'), 'empty file'],
      [p('blank.txt'), 'empty (whitespace only)'],
      [p('latin1.txt'), 'invalid UTF-8 and not a recognised Vietnamese encoding'],
      [p('missing.txt'), 'not found'],
    ],
  );
  assert.deepEqual(
    docs.map((d) => d.source),
    [p('good.txt'), p('deep.html')],
  );
});

test('a file over maxBytes is refused from its size, before reading', async () => {
  const { errors, docs } = await readAll([p('good.txt'), p('tcvn3.txt')], { maxBytes: 100 });
  assert.equal(docs.length, 0);
  assert.match(errors[0]?.reason ?? '', /^too large: \d+ bytes \(limit 100\)$/);
});

test('directories: recursive, sorted, by extension, hidden entries, READMEs and symlink loops skipped', async () => {
  const { docs, errors } = await readAll([p('tree')]);
  assert.deepEqual(errors, []);
  assert.deepEqual(
    docs.map((d) => [d.source.slice(root.length + 1), d.raw.replace(/<[^>]+>/g, '')]),
    [
      ['tree/a.txt', 'Một.'],
      ['tree/b/1.jsonl#1', 'Bốn.'],
      ['tree/b/1.jsonl#2', 'Năm.'],
      ['tree/b/2.txt', 'Hai.'],
      ['tree/c.htm', 'Ba.'],
    ],
  );
});

test('a directory with nothing readable says so', async () => {
  const { errors } = await readAll([p('emptydir')]);
  assert.equal(errors.length, 1);
  assert.match(errors[0]?.reason ?? '', /no readable files/);
});

test('standard input "-": text or HTML from the content', async () => {
  let r = await readAll(['-'], { stdin: Readable.from([Buffer.from(ARTICLE.slice(0, 40)), Buffer.from(ARTICLE.slice(40))]) });
  assert.deepEqual(r.docs, [{ source: '-', format: 'text', raw: ARTICLE, encoding: 'utf-8', meta: {} }]);
  r = await readAll(['-'], { stdin: Readable.from([Buffer.from(NEWS_PAGE)]) });
  assert.equal(r.docs[0]?.format, 'html');
  r = await readAll(['-'], { stdin: Readable.from([iconv.encode(ARTICLE, 'tcvn')]) });
  assert.equal(r.docs[0]?.encoding, 'tcvn3');
  r = await readAll(['-'], { stdin: Readable.from([Buffer.alloc(300, 0x61)]), maxBytes: 100 });
  assert.deepEqual(r.errors, [{ source: '-', reason: 'too large: more than 100 bytes' }]);
  r = await readAll(['-'], { stdin: Readable.from([]) });
  assert.deepEqual(r.errors, [{ source: '-', reason: 'empty file' }]);
});
