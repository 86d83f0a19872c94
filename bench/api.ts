// API throughput: the server in-process on a free port (no rate limit), autocannon against a search and a document.
import autocannon from 'autocannon';
import { buildApp } from '../src/server/app.ts';
import { TokenStore } from '../src/server/tokens.ts';
import type { Store } from '../src/store/types.ts';

export interface ApiBenchResult {
  name: string;
  path: string;
  requestsPerSec: number;
  latencyP50: number;
  latencyP99: number;
  errors: number;
  non2xx: number;
}

export async function runApiBench(
  store: Store,
  targets: Array<{ name: string; paths: string[] }>,
  opts: { seconds?: number; connections?: number } = {},
): Promise<ApiBenchResult[]> {
  const app = await buildApp({ store, tokens: new TokenStore('/nonexistent/doingoai-bench-tokens.json'), rateLimit: false, webDir: null });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const addr = app.server.address();
  const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  const out: ApiBenchResult[] = [];
  try {
    for (const t of targets) {
      const r = await autocannon({
        url,
        connections: opts.connections ?? 10,
        duration: opts.seconds ?? 10,
        requests: t.paths.map((path) => ({ method: 'GET', path })),
      });
      out.push({
        name: t.name,
        path: t.paths[0] ?? '',
        requestsPerSec: Math.round(r.requests.average),
        latencyP50: r.latency.p50,
        latencyP99: r.latency.p99,
        errors: r.errors + r.timeouts,
        non2xx: r.non2xx,
      });
    }
  } finally {
    await app.close();
  }
  return out;
}
