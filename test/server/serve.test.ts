// `serve` over a fresh store: the examples go in when it is empty, the address is printed, the API answers on it.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { seedIfEmpty, serve } from '../../src/server/serve.ts';
import { openStore } from '../../src/store/index.ts';

test('serve seeds an empty store, listens and prints its address; a second seed is a no-op', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'doingoai-serve-'));
  let printed = '';
  const out = new Writable({
    write(chunk, _enc, cb) {
      printed += String(chunk);
      cb();
    },
  });
  const store = await openStore({ dir: join(dir, 'db') });
  const s = await serve({ store, tokensFile: join(dir, 'tokens.json'), host: '127.0.0.1', port: 0, seed: true, out });
  try {
    assert.match(printed, /http:\/\/127\.0\.0\.1:\d+/);
    assert.match(s.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const stats = (await (await fetch(`${s.url}/api/stats`)).json()) as { documents: number };
    assert.equal(stats.documents, 5);
    assert.equal(await seedIfEmpty(store, out), 0);
    const res = await fetch(`${s.url}/api/search?q=vaccine`);
    assert.equal(res.status, 200);
  } finally {
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
