// A store on a temp PGlite folder with the bundled examples ingested, a token file, and the app built over them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestInputs } from '../../src/ingest/index.ts';
import { buildApp, type ServerOptions } from '../../src/server/app.ts';
import { TokenStore } from '../../src/server/tokens.ts';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/types.ts';

export const SEEDS = fileURLToPath(new URL('../../examples/seeds/', import.meta.url));

export interface Fixture {
  dir: string;
  store: Store;
  tokens: TokenStore;
  /** A valid bearer token, held by "Người Duyệt". */
  token: string;
  close(): Promise<void>;
}

export async function makeFixture(): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'doingoai-server-'));
  const store = await openStore({ dir: join(dir, 'db'), noLock: true });
  const s = await ingestInputs(store, [SEEDS], { workers: 0 });
  if (s.added < 5) throw new Error(`fixture: expected 5 seeds ingested, got ${s.added} (failed ${s.failed})`);
  const tokens = new TokenStore(join(dir, 'tokens.json'));
  const { secret } = tokens.create('Người Duyệt');
  return {
    dir,
    store,
    tokens,
    token: secret,
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function appFor(f: Fixture, opts: Partial<ServerOptions> = {}) {
  return buildApp({ store: f.store, tokens: f.tokens, webDir: null, workersFor: () => 0, ...opts });
}
