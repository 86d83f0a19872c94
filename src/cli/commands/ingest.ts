// `doingoai ingest INPUT...` — analyse inputs in worker threads and store them; a rerun adds only what is new.
import { ingestInputs } from '../../ingest/index.ts';
import { Progress } from '../../ingest/progress.ts';
import { DB_FLAG, DB_USAGE, storeFromArgs } from '../../store/cli.ts';
import { int, parseArgs, UsageError } from '../args.ts';
import type { Command } from '../command.ts';

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'Nhập bài vào kho dữ liệu / analyse and store articles',
  usage: `doingoai ingest ${DB_USAGE} [--workers N] [--batch N] [--max-bytes N] [--timeout MS] [--quiet] INPUT...`,
  async run(argv) {
    const args = parseArgs(argv, { values: [DB_FLAG, 'workers', 'batch', 'max-bytes', 'timeout'], booleans: ['quiet'] });
    if (!args.positionals.length) throw new UsageError('no INPUT given');
    const workers = args.flags.workers === undefined ? undefined : int(args, 'workers', 0);
    const batchSize = int(args, 'batch', 100);
    if (batchSize < 1) throw new UsageError('--batch must be at least 1');
    const readOpts = { maxBytes: int(args, 'max-bytes', 50 * 1024 * 1024), timeoutMs: int(args, 'timeout', 15000) };
    const store = await storeFromArgs(args);
    // Ctrl-C once: stop reading, finish writing what is in hand, release the store. Twice: leave at once (still safe).
    const stop = new AbortController();
    const onInt = () => {
      if (stop.signal.aborted) process.exit(130);
      stop.abort();
      process.stderr.write(
        '\ndoingoai: dừng sau khi ghi xong phần đang xử lý / stopping after the documents in hand (Ctrl-C again to quit now)\n',
      );
    };
    process.on('SIGINT', onInt);
    try {
      const progress = args.flags.quiet ? null : new Progress();
      const failures: string[] = [];
      const s = await ingestInputs(
        store,
        args.positionals,
        {
          workers,
          batchSize,
          progress,
          signal: stop.signal,
          // Without a progress display failures still go to stderr.
          onFailure: (src, reason) => {
            if (!progress) process.stderr.write(`doingoai: ${src}: ${reason}\n`);
            failures.push(src);
          },
        },
        readOpts,
      );
      const rate = (s.added + s.versions + s.existing + s.skipped) / Math.max(0.001, s.seconds);
      process.stdout.write(
        `đã nhập / ingested: ${s.added} mới/new, ${s.versions} phiên bản mới/new versions, ${s.existing + s.skipped} đã có/already stored, ` +
          `${s.failed} lỗi/failed · ${s.facts} dữ kiện/facts · ${s.seconds.toFixed(1)} s (${rate.toFixed(0)}/s) · ${store.info.location}\n`,
      );
      return stop.signal.aborted ? 130 : s.failed ? 1 : 0;
    } finally {
      process.off('SIGINT', onInt);
      await store.close();
    }
  },
};
