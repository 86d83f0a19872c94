// A child ingest process for the crash and concurrency tests: ingests the files of the given folders into DB with the
// fake analysis, in small batches; prints "ready" once the store is open, then a JSON summary, then (with --verify)
// what the store holds: every document's source and claim count, and claims whose document is missing.
// usage: node --import tsx test/ingest/child.ts [--verify] DB_DIR_OR_URL BATCH DIR...
import { ingestInputs } from '../../src/ingest/index.ts';
import { isPostgresUrl, openStore } from '../../src/store/index.ts';
import { fakeAnalyse } from './fake-analyse.ts';

const argv = process.argv.slice(2);
const verify = argv[0] === '--verify';
const [db, batch, ...dirs] = verify ? argv.slice(1) : argv;
if (!db || !batch || !dirs.length) {
  process.stderr.write('usage: child.ts [--verify] DB BATCH DIR...\n');
  process.exit(2);
}
const store = await openStore(isPostgresUrl(db) ? { url: db } : { dir: db });
process.stdout.write('ready\n');
const s = await ingestInputs(store, dirs, { analyse: fakeAnalyse, batchSize: Number(batch), taskSize: 2 });
process.stdout.write(`${JSON.stringify(s)}\n`);
if (verify) {
  const docs = (await store.listDocuments({ latestOnly: false, limit: 1000 })).items;
  const claims = (await store.claimsFor({ limit: 5000 })).items;
  const ids = new Set(docs.map((d) => d.id));
  const perDoc: Record<string, number> = {};
  for (const d of docs) perDoc[d.source] = 0;
  const byId = new Map(docs.map((d) => [d.id, d.source]));
  for (const c of claims) {
    const src = byId.get(c.docId);
    if (src !== undefined) perDoc[src] = (perDoc[src] ?? 0) + 1;
  }
  const stats = await store.stats();
  process.stdout.write(
    `${JSON.stringify({ documents: stats.documents, sources: docs.map((d) => d.source), perDoc, orphanClaims: claims.filter((c) => !ids.has(c.docId)).length, claims: stats.claims })}\n`,
  );
}
await store.close();
