// npm does not link a package's own bin into its node_modules/.bin; do it so `npx doingoai` works in a checkout.
import { chmodSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const binDir = join(root, 'node_modules', '.bin');
const link = join(binDir, 'doingoai');
mkdirSync(binDir, { recursive: true });
if (existsSync(link)) rmSync(link);
symlinkSync('../../bin/doingoai.mjs', link);
chmodSync(join(root, 'bin', 'doingoai.mjs'), 0o755);
