// A child ingest process for the crash and concurrency tests: ingests the files of the given folders into DB with the
// fake analysis, in small batches, printing "ready" once the store is open and a JSON summary at the end.
// usage: node --import tsx test/ingest/child.ts DB_DIR_OR_URL BATCH DIR...
import { ingestInputs } from '../../src/ingest/index.ts';
import { isPostgresUrl, openStore } from '../../src/store/index.ts';
import { fakeAnalyse } from './fake-analyse.ts';

const [db, batch, ...dirs] = process.argv.slice(2);
if (!db || !batch || !dirs.length) {
  process.stderr.write('usage: child.ts DB BATCH DIR...\n');
  process.exit(2);
}
const store = await openStore(isPostgresUrl(db) ? { url: db } : { dir: db });
process.stdout.write('ready\n');
const s = await ingestInputs(store, dirs, { analyse: fakeAnalyse, batchSize: Number(batch), taskSize: 4 });
await store.close();
process.stdout.write(`${JSON.stringify(s)}\n`);
