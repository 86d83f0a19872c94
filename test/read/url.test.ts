import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { NEWS_PAGE } from './fixtures/pages.ts';
import { ARTICLE, encode1258, SHORT } from './fixtures/sentences.ts';
import { readAll } from './fixtures/tmp.ts';

let server: Server;
let base = '';

before(async () => {
  server = createServer((req, res) => {
    switch (req.url) {
      case '/ok':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(NEWS_PAGE);
        return;
      case '/text':
        res.writeHead(200, { 'content-type': 'text/plain' }).end(ARTICLE);
        return;
      case '/redirect':
        res.writeHead(302, { location: '/ok' }).end();
        return;
      case '/loop':
        res.writeHead(301, { location: '/loop' }).end();
        return;
      case '/1258':
        res.writeHead(200, { 'content-type': 'text/plain; charset=windows-1258' }).end(encode1258(SHORT));
        return;
      case '/image':
        res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
        return;
      case '/big': {
        // No content-length: the cap must hold while streaming.
        res.writeHead(200, { 'content-type': 'text/plain' });
        const chunk = Buffer.alloc(64 * 1024, 0x61);
        let sent = 0;
        const push = () => {
          while (sent < 200 && res.write(chunk)) sent++;
          if (sent < 200) res.once('drain', push);
          else res.end();
        };
        push();
        return;
      }
      case '/big-declared':
        res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(10 * 1024 * 1024) });
        res.write('a');
        return;
      case '/hang':
        return;
      case '/stall-body':
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('Một phần');
        return;
      default:
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

test('an HTML page by URL, with page metadata and the URL', async () => {
  const { docs, errors } = await readAll([`${base}/ok`]);
  assert.deepEqual(errors, []);
  assert.equal(docs[0]?.format, 'html');
  assert.equal(docs[0]?.raw, NEWS_PAGE);
  assert.equal(docs[0]?.meta.title, 'Việt Nam & Ấn Độ tăng cường hợp tác');
  assert.equal(docs[0]?.meta.url, 'https://doingoai.example/vn-an-do.html');
});

test('plain text, a redirect followed, and a windows-1258 charset header', async () => {
  const { docs, errors } = await readAll([`${base}/text`, `${base}/redirect`, `${base}/1258`]);
  assert.deepEqual(errors, []);
  assert.deepEqual([docs[0]?.format, docs[0]?.raw, docs[0]?.meta.url], ['text', ARTICLE, `${base}/text`]);
  assert.equal(docs[1]?.source, `${base}/redirect`);
  assert.equal(docs[1]?.meta.extra?.finalUrl, `${base}/ok`);
  assert.deepEqual([docs[2]?.raw, docs[2]?.encoding], [SHORT, 'windows-1258']);
});

test('HTTP errors, redirect loops, non-text, oversized bodies and timeouts are named, and the batch goes on', async () => {
  const inputs = ['/missing', '/loop', '/image', '/big', '/big-declared', '/hang', '/stall-body', '/text'].map((x) => base + x);
  const t = performance.now();
  // Long enough for six local redirects on a busy machine, short enough to keep the test quick.
  const { docs, errors } = await readAll(inputs, { timeoutMs: 1500, maxBytes: 1024 * 1024 });
  assert.ok(performance.now() - t < 6000);
  assert.deepEqual(
    errors.map((e) => [e.source.slice(base.length), e.reason]),
    [
      ['/missing', 'HTTP 404 Not Found'],
      ['/loop', 'too many redirects (more than 5)'],
      ['/image', 'not text (content-type image/png)'],
      ['/big', 'too large: more than 1048576 bytes'],
      ['/big-declared', 'too large: 10485760 bytes (limit 1048576)'],
      ['/hang', 'timed out after 1500 ms'],
      ['/stall-body', 'timed out after 1500 ms'],
    ],
  );
  assert.deepEqual(
    docs.map((d) => d.source),
    [`${base}/text`],
  );
});

test('a refused connection is an error, not a crash', async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
  const { errors } = await readAll([`http://127.0.0.1:${port}/x`], { timeoutMs: 2000 });
  assert.equal(errors[0]?.reason, 'fetch failed: connection refused (ECONNREFUSED)');
});
