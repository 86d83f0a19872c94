// Tokens: made once, kept hashed, verified, revoked; the file sits beside a PGlite store.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { main } from '../../src/cli/main.ts';
import { TokenStore, tokenFileFor } from '../../src/server/tokens.ts';

test('a token is stored hashed, verifies, and stops verifying once revoked', () => {
  const dir = mkdtempSync(join(tmpdir(), 'doingoai-tokens-'));
  try {
    const store = new TokenStore(join(dir, 'tokens.json'));
    assert.equal(store.verify('dgo_anything'), null);
    const { secret, record } = store.create('Trần Văn Duyệt');
    assert.match(secret, /^dgo_[A-Za-z0-9_-]{43}$/);
    const file = readFileSync(store.file, 'utf8');
    assert.ok(!file.includes(secret), 'the secret is never written');
    assert.ok(file.includes(record.hash));
    assert.equal(statSync(store.file).mode & 0o077, 0, 'owner-only file');
    assert.equal(store.verify(secret)?.name, 'Trần Văn Duyệt');
    assert.equal(store.verify(`${secret}x`), null);
    assert.equal(store.verify(''), null);
    // Another TokenStore on the same file (another process) sees the change.
    const other = new TokenStore(store.file);
    assert.equal(other.revoke(record.id), 1);
    assert.equal(store.verify(secret), null);
    assert.throws(() => store.create('  '));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the token file lives in the PGlite folder, or .doingoai/ for a server', () => {
  assert.equal(tokenFileFor('/tmp/x/db', {}), '/tmp/x/db/tokens.json');
  assert.match(tokenFileFor('postgres://u:p@h/db', {}), /\.doingoai\/tokens\.json$/);
  assert.equal(tokenFileFor(undefined, { DOINGOAI_TOKENS: '/etc/t.json' }), '/etc/t.json');
  assert.equal(tokenFileFor(undefined, { DOINGOAI_DB: '/srv/db' }), '/srv/db/tokens.json');
});

test('`doingoai token create|list|revoke`', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'doingoai-tokens-'));
  const write = process.stdout.write.bind(process.stdout);
  const ewrite = process.stderr.write.bind(process.stderr);
  let out = '';
  // The test runner's own messages are binary and may arrive during an await: pass those through.
  process.stdout.write = ((s: string | Uint8Array) => {
    if (typeof s !== 'string') return write(s);
    out += s;
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = (() => true) as typeof process.stderr.write;
  try {
    assert.equal(await main(['token', 'create', '--db', dir, '--name', 'An']), 0);
    const secret = out.trim();
    assert.match(secret, /^dgo_/);
    assert.ok(new TokenStore(join(dir, 'tokens.json')).verify(secret));
    out = '';
    assert.equal(await main(['token', 'list', '--db', dir]), 0);
    assert.match(out, /An/);
    assert.equal(await main(['token', 'revoke', 'An', '--db', dir]), 0);
    assert.equal(await main(['token', 'create', '--db', dir]), 2);
    assert.equal(await main(['token', 'frobnicate', '--db', dir]), 2);
  } finally {
    process.stdout.write = write;
    process.stderr.write = ewrite;
    rmSync(dir, { recursive: true, force: true });
  }
});
