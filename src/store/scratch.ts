// A throwaway database on a PostgreSQL server, for the store tests and the benchmarks: created empty, dropped after.
export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

let count = 0;

export async function scratchDatabase(serverUrl: string, prefix: string): Promise<ScratchDatabase> {
  const pg = (await import('pg')).default;
  const name = `${prefix}_${process.pid}_${++count}`;
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return { url: u.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
