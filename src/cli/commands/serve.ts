// `doingoai serve` — the API and the web app over any store (a PGlite folder, or PostgreSQL via --db URL / DATABASE_URL).
import { serve, untilSignal } from '../../server/serve.ts';
import { tokenFileFor } from '../../server/tokens.ts';
import { DB_FLAG, DB_USAGE, storeFromArgs } from '../../store/cli.ts';
import { int, type ParsedArgs, parseArgs, str, UsageError } from '../args.ts';
import type { Command } from '../command.ts';

export const SERVE_FLAGS = {
  values: [DB_FLAG, 'host', 'port', 'tokens', 'rate-limit'],
  booleans: ['guard-reads', 'log', 'seed', 'no-rate-limit', 'trust-proxy'],
};
export const SERVE_USAGE = `${DB_USAGE} [--host 127.0.0.1] [--port 8080] [--guard-reads] [--tokens FILE] [--rate-limit N|--no-rate-limit] [--trust-proxy] [--log]`;

/** Runs the server with parsed flags until SIGINT/SIGTERM. */
export async function runServer(args: ParsedArgs, seed: boolean): Promise<number> {
  const host = str(args, 'host') ?? process.env.HOST ?? '127.0.0.1';
  const portText = str(args, 'port') ?? process.env.PORT ?? '8080';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, got "${portText}"`);
  const rateLimit = args.flags['no-rate-limit'] ? false : int(args, 'rate-limit', 1200);
  const tokensFile = str(args, 'tokens') ?? tokenFileFor(str(args, DB_FLAG));
  const guardReads = !!args.flags['guard-reads'] || process.env.DOINGOAI_GUARD_READS === '1';
  const store = await storeFromArgs(args);
  let server: Awaited<ReturnType<typeof serve>>;
  try {
    server = await serve({
      store,
      tokensFile,
      host,
      port,
      guardReads,
      rateLimit,
      logger: !!args.flags.log,
      trustProxy: !!args.flags['trust-proxy'],
      seed,
    });
  } catch (e) {
    await store.close().catch(() => {});
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new Error(`cổng ${port} đang bận / port ${port} is in use (try --port)`);
    throw e;
  }
  const sig = await untilSignal();
  process.stdout.write(`doingoai: dừng / stopping (${sig})\n`);
  await server.close();
  return 0;
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Phục vụ API và ứng dụng web / serve the API and the web app',
  usage: `doingoai serve ${SERVE_USAGE} [--seed]`,
  async run(argv) {
    const args = parseArgs(argv, SERVE_FLAGS);
    if (args.positionals.length) throw new UsageError(`unexpected argument "${args.positionals[0]}"`);
    return runServer(args, !!args.flags.seed);
  },
};
