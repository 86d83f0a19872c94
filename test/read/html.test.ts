import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nestingDepth } from '../../src/read/html/depth.ts';
import { decodeEntities } from '../../src/read/html/entities.ts';
import { scanHtmlMeta } from '../../src/read/html/meta.ts';
import { declaredCharset, looksLikeHtml } from '../../src/read/html/sniff.ts';
import { stripToBlocks } from '../../src/read/html/strip.ts';
import { htmlToArticle } from '../../src/read/html.ts';
import { deepPage, NEWS_PAGE, TINY_PAGE } from './fixtures/pages.ts';

test('main text comes out as blocks, headings and list items on their own', () => {
  const { text } = htmlToArticle(NEWS_PAGE);
  const blocks = text.split('\n\n');
  assert.ok(blocks.includes('Chiều 4/3, tại Hà Nội, Bộ trưởng Ngoại giao hai nước đã đồng chủ trì kỳ họp Ủy ban hỗn hợp.'));
  assert.ok(blocks.includes('Các lĩnh vực ưu tiên'));
  assert.ok(blocks.includes('Năng lượng tái tạo'));
  assert.ok(blocks.includes('Kim ngạch thương mại song phương năm 2023 đạt khoảng 14,3 tỉ USD.'));
  assert.ok(blocks.some((b) => b.startsWith('Đoạn 5.')));
  for (const noise of ['SCRIPT TEXT', 'STYLE TEXT', 'INLINE SCRIPT', 'Trang chủ', 'Tin khác thứ nhất', '©'])
    assert.ok(!text.includes(noise), noise);
});

test('metadata comes from meta tags and JSON-LD', () => {
  const { meta } = htmlToArticle(NEWS_PAGE);
  assert.equal(meta.title, 'Việt Nam & Ấn Độ tăng cường hợp tác');
  assert.equal(meta.outlet, 'Báo Đối Ngoại');
  assert.equal(meta.date, '2024-03-05T09:30:00+07:00');
  assert.equal(meta.author, 'Lan Anh');
  assert.equal(meta.url, 'https://doingoai.example/vn-an-do.html');
  assert.equal(meta.extra?.description, 'Tóm tắt bài viết');
});

test('dropped page chrome is recorded', () => {
  const { removed } = htmlToArticle(NEWS_PAGE);
  const texts = removed.map((r) => r.text);
  assert.ok(texts.includes('Trang chủ'));
  assert.ok(texts.includes('Tin khác thứ hai'));
  assert.deepEqual(
    removed.filter((r) => r.reason !== 'html-chrome').map((r) => [r.text, r.reason]),
    [['Việt Nam - Ấn Độ tăng cường hợp tác toàn diện', 'headline-repeat']],
  );
});

test('a page Readability finds nothing in falls back to the body blocks', () => {
  const r = htmlToArticle(TINY_PAGE);
  assert.equal(r.text, 'Thông báo ngắn.\n\nDòng thứ hai.');
  assert.equal(r.meta.title, 'Ngắn');
});

test('fragments, tables, line breaks and empty input', () => {
  assert.equal(htmlToArticle('<p>Một &amp; hai</p><p>Hai</p><script>x()</script>').text, 'Một & hai\n\nHai');
  assert.equal(htmlToArticle('').text, '');
  const table = '<table><tr><th>Năm</th><th>Kim ngạch</th></tr><tr><td>2022</td><td>13,6 tỉ USD</td></tr></table>';
  assert.equal(
    htmlToArticle(`<html><body><p>Một<br>Hai</p>${table}</body></html>`).text,
    'Một\n\nHai\n\nNăm | Kim ngạch\n\n2022 | 13,6 tỉ USD',
  );
});

test('HTML nested 100,000 levels deep degrades to tag stripping quickly, without scripts', () => {
  const t = performance.now();
  const r = htmlToArticle(deepPage(100_000));
  assert.ok(performance.now() - t < 2000);
  assert.equal(r.text, 'Nội dung ở tầng sâu nhất.');
  assert.equal(r.meta.title, 'Sâu');
});

test('a page with very many elements skips Readability and keeps its body text', () => {
  const html = `<!doctype html><html><body>${'<div><p>Một đoạn văn ngắn.</p></div>'.repeat(15_000)}</body></html>`;
  const t = performance.now();
  const r = htmlToArticle(html);
  assert.ok(performance.now() - t < 5000);
  assert.equal(r.text.split('\n\n').length, 15_000);
});

test('nesting depth scan handles void, raw-text and optional-end elements', () => {
  assert.equal(nestingDepth('<div><p>a<p>b<p>c<br><img src=x><li>1<li>2</div>'), 2);
  assert.equal(nestingDepth('<div><script>if (a<b) { "<div><div><div>" }</script></div>'), 1);
  assert.equal(nestingDepth('<!-- <div><div> --><span></span>'), 1);
  assert.equal(nestingDepth(deepPage(5000), 100), 101);
});

test('meta scan: <title>, canonical, pubdate and a URL author', () => {
  const m = scanHtmlMeta(
    `<html><head><title> Tin &quot;nóng&quot; </title><link rel="canonical" href="https://x.vn/1"><meta name="pubdate" content="2021-12-14"><meta property="article:author" content="https://facebook.com/x"><meta name=author content='Trần Văn A'><script type="application/ld+json">{broken</script></head></html>`,
  );
  assert.deepEqual(m, { title: 'Tin "nóng"', date: '2021-12-14', author: 'Trần Văn A', url: 'https://x.vn/1' });
});

test('helpers: entities, HTML sniffing, declared charset, stripping', () => {
  assert.equal(decodeEntities('Vi&#7879;t &amp; Nam &#x110;&agrave; &nbsp;&unknown;'), 'Việt & Nam Đà \u00a0&unknown;');
  assert.ok(looksLikeHtml('\ufeff  <!DOCTYPE html><html>'));
  assert.ok(looksLikeHtml('<!-- c --><html lang="vi">'));
  assert.ok(looksLikeHtml('<body><p>x</p></body>'));
  assert.ok(!looksLikeHtml('Việt Nam <b>đậm</b>'));
  assert.equal(
    declaredCharset(Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">')),
    'windows-1258',
  );
  assert.equal(declaredCharset(Buffer.from('<meta charset="UTF-8">')), 'UTF-8');
  assert.deepEqual(stripToBlocks('<head><title>T</title></head><body><p>A &amp; B</p><!-- x --><div>C<br>D</div><style>s</style></body>'), [
    'A & B',
    'C',
    'D',
  ]);
});
