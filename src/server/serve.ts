// Running the server: open the store, seed the bundled examples into an empty one when asked, listen, print the address,
// and close everything cleanly on SIGINT/SIGTERM.
import { fileURLToPath } from 'node:url';
import { ingestInputs } from '../ingest/index.ts';
import type { Store } from '../store/types.ts';
import { buildApp } from './app.ts';

export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/seeds/', import.meta.url));

export interface ServeOptions {
  store: Store;
  tokensFile: string;
  host: string;
  port: number;
  guardReads?: boolean;
  rateLimit?: number | false;
  logger?: boolean;
  trustProxy?: boolean;
  /** Ingest the bundled examples when the store holds no document. */
  seed?: boolean;
  out?: NodeJS.WritableStream;
}

export async function isEmpty(store: Store): Promise<boolean> {
  return (await store.listDocuments({ limit: 1, latestOnly: false })).items.length === 0;
}

/** Ingests examples/seeds into an empty store; returns the number of documents added (0 when the store had some). */
export async function seedIfEmpty(store: Store, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  if (!(await isEmpty(store))) return 0;
  out.write(`doingoai: kho trống, đang nhập bài mẫu / empty store, ingesting the bundled examples (${EXAMPLES_DIR})\n`);
  const s = await ingestInputs(store, [EXAMPLES_DIR], {
    workers: 0,
    onFailure: (src, reason) => out.write(`doingoai: ${src}: ${reason}\n`),
  });
  out.write(`doingoai: đã nhập / ingested ${s.added} bài/documents, ${s.facts} dữ kiện/facts (${s.seconds.toFixed(1)} s)\n`);
  return s.added;
}

/** Listens until SIGINT/SIGTERM; resolves with the address once listening. The store is closed on shutdown. */
export async function serve(o: ServeOptions): Promise<{ url: string; close: () => Promise<void> }> {
  const out = o.out ?? process.stdout;
  if (o.seed) await seedIfEmpty(o.store, out);
  const app = await buildApp({
    store: o.store,
    tokens: o.tokensFile,
    guardReads: o.guardReads,
    rateLimit: o.rateLimit,
    logger: o.logger,
    trustProxy: o.trustProxy,
  });
  await app.listen({ host: o.host, port: o.port });
  const host = o.host.includes(':') ? `[${o.host}]` : o.host;
  const addr = app.server.address();
  const port = addr && typeof addr === 'object' ? addr.port : o.port;
  const url = `http://${host}:${port}`;
  out.write(
    `doingoai: đang phục vụ / serving ${url}  (API: ${url}/api/docs · kho/store: ${o.store.info.location}` +
      `${o.guardReads ? ' · đọc cần token/reads need a token' : ''})\n`,
  );
  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      await app.close();
      await o.store.close();
    })();
    return closing;
  };
  return { url, close };
}

/** Resolves when the process is asked to stop. */
export function untilSignal(): Promise<string> {
  return new Promise((resolve) => {
    const on = (sig: string) => () => resolve(sig);
    process.once('SIGINT', on('SIGINT'));
    process.once('SIGTERM', on('SIGTERM'));
  });
}
