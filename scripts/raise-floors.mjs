// `npm run floors` raises quality/floors.json to today's scores; `-- --allow-lower` is the explicit way down.
import { spawnSync } from 'node:child_process';
const r = spawnSync(
  process.execPath,
  ['--import', 'tsx', new URL('./raise-floors.ts', import.meta.url).pathname, ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
process.exit(r.status ?? 1);
