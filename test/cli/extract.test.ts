import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

const bin = new URL('../../bin/doingoai.mjs', import.meta.url).pathname;
const seeds = new URL('../../examples/seeds/', import.meta.url).pathname;

function run(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
}

test('extract prints one JSON object per input in the contract shape', () => {
  const r = run(['extract', '--format', 'jsonl', `${seeds}001_78c5588e09a78608.txt`]);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 1);
  const d = JSON.parse(lines[0] as string);
  for (const k of ['source', 'id', 'title', 'published', 'text', 'removed', 'quality', 'claims', 'entities', 'events'])
    assert.ok(k in d, k);
});

test('extract exits 1 naming a missing input and still prints the others', () => {
  const r = run(['extract', '/nonexistent/file.txt', `${seeds}000_03145aab5ee5c330.txt`]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /\/nonexistent\/file\.txt/);
  assert.equal(r.stdout.trim().split('\n').length, 1);
});

test('extract exits 2 on a usage error', () => {
  assert.equal(run(['extract']).status, 2);
  assert.equal(run(['extract', '--format', 'xml', 'x']).status, 2);
  assert.equal(run(['nosuchcommand']).status, 2);
});
