// `npm test`: type-check (server and web app), then every *.test.ts under src/ and test/ with node's test runner (through tsx).
// Usage: npm test [-- PATH_FILTER...] — filters keep only test files whose path contains one of them.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const filters = process.argv.slice(2);

function find(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...find(p));
    else if (e.name.endsWith('.test.ts')) out.push(relative(root, p));
  }
  return out;
}

const files = ['src', 'test']
  .flatMap((d) => find(join(root, d)))
  .filter((f) => !filters.length || filters.some((x) => f.includes(x)))
  .sort();
if (!files.length) {
  console.error('no test files found');
  process.exit(1);
}
if (!filters.length) {
  for (const project of ['.', 'web']) {
    const tc = spawnSync('npx', ['--no-install', 'tsc', '--noEmit', '-p', project], { cwd: root, stdio: 'inherit' });
    if (tc.status !== 0) process.exit(tc.status ?? 1);
  }
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
