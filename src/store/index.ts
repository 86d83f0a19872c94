// Opening the store: a PostgreSQL server when a URL is given (or DATABASE_URL is set), else PGlite in a locked folder.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Db, maskUrl, openPglite, openPostgres } from './db.ts';
import { type FolderLock, lockFolder } from './lock.ts';
import { migrate } from './migrate.ts';
import { SqlStore } from './sql-store.ts';
import type { Store, StoreOptions } from './types.ts';

export * from './types.ts';

export const DEFAULT_DB_DIR = '.doingoai/db';

/** Where a store would be opened given options and the environment (for messages and `stats`). */
export function resolveLocation(
  opts: StoreOptions = {},
  env: NodeJS.ProcessEnv = process.env,
): { backend: 'pglite' | 'postgres'; location: string } {
  const url = opts.url ?? (opts.dir ? undefined : env.DATABASE_URL);
  if (url) return { backend: 'postgres', location: url };
  return { backend: 'pglite', location: resolve(opts.dir ?? env.DOINGOAI_DB ?? DEFAULT_DB_DIR) };
}

export function isPostgresUrl(s: string): boolean {
  return /^postgres(ql)?:\/\//i.test(s);
}

export async function openStore(opts: StoreOptions = {}): Promise<Store> {
  const where = resolveLocation(opts.dir && isPostgresUrl(opts.dir) ? { ...opts, url: opts.dir, dir: undefined } : opts);
  let db: Db;
  let lock: FolderLock | null = null;
  if (where.backend === 'postgres') {
    db = await openPostgres(where.location, opts.poolSize ?? 4);
  } else {
    // The folder holds the lock file and PGlite's data directory side by side.
    mkdirSync(where.location, { recursive: true });
    if (!opts.noLock) lock = lockFolder(where.location);
    try {
      db = await openPgliteFolder(where.location);
    } catch (e) {
      lock?.release();
      throw e;
    }
  }
  try {
    const schemaVersion = await migrate(db);
    const location = where.backend === 'postgres' ? maskUrl(where.location) : where.location;
    return new SqlStore(db, { backend: where.backend, location, schemaVersion }, () => lock?.release());
  } catch (e) {
    await db.close().catch(() => {});
    lock?.release();
    throw e;
  }
}

/**
 * PGlite's data directory inside the store folder. A new one is initialised and migrated under a temporary name and
 * renamed into place, so a process killed during the first open leaves no half-initialised store behind.
 */
async function openPgliteFolder(folder: string): Promise<Db> {
  const data = join(folder, 'pgdata');
  for (const name of readdirSync(folder)) if (name.startsWith('pgdata.init-')) rmSync(join(folder, name), { recursive: true, force: true });
  if (!existsSync(data)) {
    const tmp = join(folder, `pgdata.init-${process.pid}`);
    const fresh = await openPglite(tmp);
    await migrate(fresh);
    await fresh.close();
    renameSync(tmp, data);
  }
  return openPglite(data);
}
