// Versioned SQL migrations (src/store/migrations/NNN_name.sql), applied in order and recorded in schema_migrations.
// One transaction under an advisory lock, so several processes opening one server at once apply each exactly once.
import { readdirSync, readFileSync } from 'node:fs';
import type { Db } from './db.ts';

const DIR = new URL('./migrations/', import.meta.url);
const LOCK_KEY = 7_219_001;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function migrations(): Migration[] {
  return readdirSync(DIR)
    .filter((f) => /^\d+_.*\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number.parseInt(f, 10), name: f.replace(/^\d+_|\.sql$/g, ''), sql: readFileSync(new URL(f, DIR), 'utf8') }));
}

/** Applies pending migrations; returns the schema version. */
export async function migrate(db: Db): Promise<number> {
  const all = migrations();
  const latest = all.at(-1)?.version ?? 0;
  // Fast path for an up-to-date store: no lock needed.
  try {
    const rows = await db.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
    if ((rows[0]?.v ?? 0) >= latest) return Number(rows[0]?.v ?? 0);
  } catch {
    // no table yet
  }
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Set((await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => Number(r.version)));
    for (const m of all) {
      if (done.has(m.version)) continue;
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
    }
    return latest;
  });
}
