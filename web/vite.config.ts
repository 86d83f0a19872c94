// Development server: `npx vite web` serves the app with hot reload and forwards /api to a running `doingoai serve`.
// The production build is scripts/build-web.mjs (same settings, no proxy).
import { defineConfig } from 'vite';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
  server: { port: 5173, proxy: { '/api': process.env.DOINGOAI_API ?? 'http://127.0.0.1:8080' } },
});
