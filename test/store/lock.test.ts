// One process per embedded store folder: a second one is refused with a clear message; a dead owner's lock is stale.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openStore } from '../../src/store/index.ts';
import { lockFolder } from '../../src/store/lock.ts';
import { StoreLockedError } from '../../src/store/types.ts';
import { pgliteFolder } from './factories.ts';

const bin = new URL('../../bin/doingoai.mjs', import.meta.url).pathname;

test('a second process on the same folder is refused, naming the owner’s pid', { timeout: 60_000 }, async () => {
  const dir = await pgliteFolder();
  const store = await openStore({ dir });
  try {
    const r = await new Promise<{ code: number | null; err: string }>((resolve) => {
      const p = spawn(process.execPath, [bin, 'stats', '--db', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      p.stderr.on('data', (b) => {
        err += b;
      });
      p.on('close', (code) => resolve({ code, err }));
    });
    assert.equal(r.code, 1);
    assert.match(r.err, new RegExp(`cơ sở dữ liệu đang được dùng bởi tiến trình ${process.pid} / store in use by process ${process.pid}`));
    // The owner still works.
    assert.equal((await store.stats()).documents, 0);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the lock is released on close and taken over when its owner died', () => {
  const dir = mkdtempSync(join(tmpdir(), 'doingoai-lock-'));
  try {
    const a = lockFolder(dir);
    assert.throws(() => lockFolder(dir), StoreLockedError);
    a.release();
    lockFolder(dir).release();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(join(dir, 'lock'), JSON.stringify({ pid: Number(dead.stdout), host: 'x', since: '2026-01-01' }));
    const b = lockFolder(dir);
    b.release();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
