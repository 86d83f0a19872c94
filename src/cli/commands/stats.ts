// `doingoai stats` — what the store holds.
import { DB_FLAG, DB_USAGE, storeFromArgs } from '../../store/cli.ts';
import { parseArgs, str, UsageError } from '../args.ts';
import type { Command } from '../command.ts';

export const statsCommand: Command = {
  name: 'stats',
  summary: 'Thống kê kho dữ liệu / what the store holds',
  usage: `doingoai stats ${DB_USAGE} [--format text|json]`,
  async run(argv) {
    const args = parseArgs(argv, { values: [DB_FLAG, 'format'] });
    const format = str(args, 'format') ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError('--format must be text or json');
    if (args.positionals.length) throw new UsageError(`unexpected argument "${args.positionals[0]}"`);
    const store = await storeFromArgs(args);
    try {
      const s = await store.stats();
      if (format === 'json') {
        process.stdout.write(`${JSON.stringify({ ...s, location: store.info.location }, null, 2)}\n`);
        return 0;
      }
      const L = [
        `kho/store: ${s.backend} ${store.info.location} · schema v${s.schemaVersion}`,
        `bài/documents: ${s.documents} (${s.supersededDocuments} bản cũ/superseded · ${s.clusters} cụm/clusters · ${s.duplicateDocuments} gần trùng/near-duplicates)`,
        `bản gốc nén/raw kept: ${(s.rawBytes / 1024).toFixed(0)} KiB`,
        `ngày đăng/published: ${s.published.min ?? '?'} → ${s.published.max ?? '?'} (${s.published.undated} không ngày/undated)`,
        `số liệu/claims: ${s.claims} (${s.claimsWithIndicator} có chỉ số/with indicator) · thực thể/entities: ${s.entities} (${s.mentions} lần nhắc/mentions) · sự kiện/events: ${s.events}`,
        `dữ kiện/facts: ${s.facts} (${Object.entries(s.factsByStatus)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}) · duyệt/reviews: ${s.reviews}`,
        `phiên bản trích xuất/extractor versions: ${
          Object.entries(s.extractorVersions)
            .map(([k, v]) => `${k}: ${v}`)
            .join(', ') || '—'
        }`,
        `nguồn/outlets: ${s.outlets.map((o) => `${o.value} ${o.count}`).join(', ') || '—'}`,
        `chỉ số/indicators: ${s.indicators.map((o) => `${o.value} ${o.count}`).join(', ') || '—'}`,
      ];
      process.stdout.write(`${L.join('\n')}\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
