// The store suite on a PostgreSQL server (a new database per test). Needs TEST_DATABASE_URL; see scripts/pg-test-server.sh.
import { test } from 'node:test';
import { postgresFactory } from './factories.ts';
import { storeSuite } from './suite.ts';

const url = process.env.TEST_DATABASE_URL;
if (url) storeSuite('PostgreSQL server', postgresFactory(url));
else {
  test(
    'store suite: PostgreSQL server',
    {
      skip: 'TEST_DATABASE_URL is not set — start one with: export TEST_DATABASE_URL=$(scripts/pg-test-server.sh)',
    },
    () => {},
  );
}
