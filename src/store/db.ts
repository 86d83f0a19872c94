// The one SQL connection the store talks to: PGlite (in-process) or a PostgreSQL server through `pg`. Same SQL on both.
import type { PGlite } from '@electric-sql/pglite';
import type { Pool, PoolClient } from 'pg';
import { withFastIntArrays } from './int-array.ts';

export type Row = Record<string, unknown>;

/** The type oid of int4[] (MinHash signatures). */
const INT4_ARRAY = 1007;

export interface Queryable {
  query<T extends Row = Row>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Several statements, no parameters. */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly backend: 'pglite' | 'postgres';
  /** Runs fn in one transaction; retried on deadlock or serialization failure (server only). */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function openPglite(dataDir: string): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { types } = await import('@electric-sql/pglite');
  const int4Array = withFastIntArrays((text) => types.arrayParser(text, (x) => types.parseType(x, types.INT4), types.INT4));
  const pg: PGlite = await PGlite.create({ dataDir, extensions: { unaccent, pg_trgm }, parsers: { [INT4_ARRAY]: int4Array } });
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async query<T extends Row>(sql: string, params?: unknown[]) {
      return (await q.query<T>(sql, params)).rows;
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  });
  const base = wrap(pg);
  return {
    backend: 'pglite',
    ...base,
    // PGlite is one connection: its transaction() serialises callers.
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    close: () => pg.close(),
  };
}

const RETRY_CODES = new Set(['40P01', '40001']);

export async function openPostgres(url: string, poolSize = 4): Promise<Db> {
  const pgmod = await import('pg');
  const pg = pgmod.default;
  // int8 as JS number (counts and sums stay far below 2^53); dates as ISO text, never JS Date with a time zone.
  pg.types.setTypeParser(20, (v: string) => Number(v));
  pg.types.setTypeParser(1700, (v: string) => Number(v));
  pg.types.setTypeParser(1082, (v: string) => v);
  // pg-types' TypeId lists scalar types only; 1007 is a valid oid all the same.
  const int4Array = INT4_ARRAY as Parameters<typeof pg.types.getTypeParser>[0];
  pg.types.setTypeParser(int4Array, withFastIntArrays(pg.types.getTypeParser(int4Array)));
  const pool: Pool = new pg.Pool({ connectionString: url, max: poolSize });
  pool.on('error', () => {}); // idle-client errors surface on the next query instead of crashing the process
  const wrap = (c: Pool | PoolClient): Queryable => ({
    async query<T extends Row>(sql: string, params?: unknown[]) {
      return (await c.query(sql, params as unknown[])).rows as T[];
    },
    async exec(sql: string) {
      await c.query(sql);
    },
  });
  const db: Db = {
    backend: 'postgres',
    ...wrap(pool),
    async transaction(fn) {
      for (let attempt = 0; ; attempt++) {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const r = await fn(wrap(client));
          await client.query('COMMIT');
          return r;
        } catch (e) {
          await client.query('ROLLBACK').catch(() => {});
          const code = (e as { code?: string }).code;
          if (code && RETRY_CODES.has(code) && attempt < 8) {
            await new Promise((r) => setTimeout(r, 20 + Math.random() * 100 * (attempt + 1)));
            continue;
          }
          throw e;
        } finally {
          client.release();
        }
      }
    },
    close: () => pool.end(),
  };
  await db.query('SELECT 1');
  return db;
}

/** postgres://user:secret@host/db → postgres://user:***@host/db */
export function maskUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
