// `doingoai reanalyse` — re-run cleaning and extraction on every kept raw input after a rule change.

import { EXTRACTOR_VERSION } from '../../extract/index.ts';
import { reanalyse } from '../../ingest/index.ts';
import { Progress } from '../../ingest/progress.ts';
import { DB_FLAG, DB_USAGE, storeFromArgs } from '../../store/cli.ts';
import { int, parseArgs, UsageError } from '../args.ts';
import type { Command } from '../command.ts';

export const reanalyseCommand: Command = {
  name: 'reanalyse',
  summary: 'Phân tích lại toàn bộ bài đã lưu / re-run cleaning and extraction on stored articles',
  usage: `doingoai reanalyse ${DB_USAGE} [--workers N] [--quiet]`,
  async run(argv) {
    const args = parseArgs(argv, { values: [DB_FLAG, 'workers'], booleans: ['quiet'] });
    if (args.positionals.length) throw new UsageError(`unexpected argument "${args.positionals[0]}"`);
    const workers = args.flags.workers === undefined ? undefined : int(args, 'workers', 0);
    const store = await storeFromArgs(args);
    try {
      const progress = args.flags.quiet ? null : new Progress({ label: 'reanalyse' });
      const s = await reanalyse(store, {
        workers,
        progress,
        onFailure: (src, reason) => {
          if (!progress) process.stderr.write(`doingoai: ${src}: ${reason}\n`);
        },
      });
      process.stdout.write(
        `đã phân tích lại / reanalysed: ${s.documents} bài/documents (extractor ${EXTRACTOR_VERSION}), ${s.failed} lỗi/failed · ${s.facts} dữ kiện/facts · ${s.seconds.toFixed(1)} s\n`,
      );
      return s.failed ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
