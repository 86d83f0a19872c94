// The store suite on embedded PGlite (a temp folder per test).
import { pgliteFactory } from './factories.ts';
import { storeSuite } from './suite.ts';

storeSuite('PGlite', pgliteFactory);
