// Builds the web app (web/ → web/dist) with Vite. Run by `npm install` (prepare) so `npm start` finds it on a fresh clone.
// Skips with a message when Vite is not installed (e.g. `npm install --omit=dev` of a package without it).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../web/', import.meta.url));
let vite;
try {
  vite = await import('vite');
} catch {
  console.warn('build-web: vite không có, bỏ qua / vite is not installed, skipping the web build');
  process.exit(0);
}
const started = Date.now();
await vite.build({
  root,
  base: '/',
  logLevel: 'warn',
  configFile: false,
  oxc: { jsx: { runtime: 'automatic' } },
  build: { outDir: `${root}dist`, emptyOutDir: true, chunkSizeWarningLimit: 1500, sourcemap: false, reportCompressedSize: false },
});
if (!existsSync(`${root}dist/index.html`)) {
  console.error('build-web: web/dist/index.html is missing after the build');
  process.exit(1);
}
console.log(`build-web: web/dist (${((Date.now() - started) / 1000).toFixed(1)} s)`);
