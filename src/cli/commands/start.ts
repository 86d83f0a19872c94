// `doingoai start` (npm start) — on a fresh clone: ingest the bundled examples into the empty embedded store, then serve.
import { parseArgs, UsageError } from '../args.ts';
import type { Command } from '../command.ts';
import { runServer, SERVE_FLAGS, SERVE_USAGE } from './serve.ts';

export const startCommand: Command = {
  name: 'start',
  summary: 'Nhập bài mẫu nếu kho trống rồi phục vụ / seed an empty store with the examples, then serve',
  usage: `doingoai start ${SERVE_USAGE}`,
  async run(argv) {
    const args = parseArgs(argv, SERVE_FLAGS);
    if (args.positionals.length) throw new UsageError(`unexpected argument "${args.positionals[0]}"`);
    return runServer(args, true);
  },
};
