// `doingoai show ID` — one document (id, id prefix, source or URL) with its versions, duplicates, claims, entities and
// events; or, given a claim id, the claim's history: machine output and every review.
import { formatValue } from '../../reconcile/format.ts';
import { DB_FLAG, DB_USAGE, storeFromArgs } from '../../store/cli.ts';
import type { ClaimHistory, DocumentDetail } from '../../store/types.ts';
import { parseArgs, str, UsageError } from '../args.ts';
import type { Command } from '../command.ts';

export const showCommand: Command = {
  name: 'show',
  summary: 'Xem một bài hoặc lịch sử một số liệu / show a document or a claim’s history',
  usage: `doingoai show ${DB_USAGE} [--format text|json] [--text] DOC_ID|SOURCE|CLAIM_ID`,
  async run(argv) {
    const args = parseArgs(argv, { values: [DB_FLAG, 'format'], booleans: ['text'] });
    const format = str(args, 'format') ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError('--format must be text or json');
    if (args.positionals.length !== 1) throw new UsageError('give exactly one DOC_ID, SOURCE or CLAIM_ID');
    const key = args.positionals[0] as string;
    const store = await storeFromArgs(args);
    try {
      const found = await store.findDocuments(key, 10);
      const exact = found.find((d) => d.id === key || d.source === key || d.url === key);
      if (found.length > 1 && !exact) {
        process.stderr.write(
          `doingoai show: "${key}" khớp nhiều bài / matches several documents:\n${found.map((d) => `  ${d.id}  ${d.source}`).join('\n')}\n`,
        );
        return 2;
      }
      const docId = exact?.id ?? found[0]?.id;
      if (docId) {
        const doc = await store.getDocument(docId);
        if (doc) {
          process.stdout.write(format === 'json' ? `${JSON.stringify(doc, null, 2)}\n` : renderDoc(doc, !!args.flags.text));
          return 0;
        }
      }
      const history = await store.claimHistory(key);
      if (history) {
        process.stdout.write(format === 'json' ? `${JSON.stringify(history, null, 2)}\n` : renderHistory(key, history));
        return 0;
      }
      process.stderr.write(`doingoai show: không tìm thấy / not found: ${key}\n`);
      return 1;
    } finally {
      await store.close();
    }
  },
};

function renderDoc(d: DocumentDetail, fullText: boolean): string {
  const L: string[] = [];
  L.push(`# ${d.title ?? '(không tiêu đề / no title)'}`);
  L.push(`id: ${d.id} · nguồn/source: ${d.source}${d.url ? ` · ${d.url}` : ''}${d.outlet ? ` · ${d.outlet}` : ''}`);
  L.push(
    `ngày/date: ${d.published.date ?? '?'} (${d.published.basis}) · nhập/ingested: ${d.ingestedAt} · extractor ${d.extractor} · raw ${d.rawBytes} B gz`,
  );
  if (d.versions.length > 1) L.push(`phiên bản/versions: ${d.versions.map((v) => (v.id === d.id ? `[${v.id}]` : v.id)).join(' → ')}`);
  if (d.supersededBy) L.push(`đã có bản mới hơn / superseded by ${d.supersededBy}`);
  if (d.duplicates.length)
    L.push(`bản gần trùng/near-duplicates (${d.clusterId}): ${d.duplicates.map((x) => `${x.id} ${x.source}`).join('; ')}`);
  L.push('', fullText ? d.text : `${d.text.slice(0, 600)}${d.text.length > 600 ? '… (--text: toàn văn / full text)' : ''}`, '');
  L.push(`## Số liệu / claims (${d.claims.length})`);
  for (const c of d.claims) {
    const rev = c.review ? ` · ${c.review.action} by ${c.review.reviewer}${c.review.value != null ? ` → ${c.review.value}` : ''}` : '';
    L.push(
      `- ${c.id} ${formatValue(c, 'vi')} ${c.indicator ?? ''} ${c.subject ?? ''} ${c.asOf ?? c.period?.end ?? ''} [${c.modality}, ${c.rule}, v${c.extractor}]${rev}`,
    );
    L.push(`    «${c.text}»`);
  }
  L.push(`## Thực thể / entities (${d.entities.length})`);
  for (const e of d.entities) L.push(`- ${e.type} ${e.id}: ${e.name}${e.title ? ` (${e.title})` : ''} ×${e.mentions.length}`);
  L.push(`## Sự kiện / events (${d.events.length})`);
  for (const e of d.events)
    L.push(`- ${e.id} ${e.type} [${e.actors.join(', ')}] ${e.date?.start ?? ''}${e.review ? ` · ${e.review.action}` : ''} «${e.text}»`);
  L.push(`## Đã loại bỏ / removed (${d.removed.length})`);
  for (const r of d.removed.slice(0, 30)) L.push(`- (${r.reason}) ${r.text.replace(/\s+/g, ' ').slice(0, 120)}`);
  return `${L.join('\n')}\n`;
}

function renderHistory(id: string, h: ClaimHistory): string {
  const L: string[] = [`# Số liệu / claim ${id}`];
  if (h.claim) {
    const c = h.claim;
    L.push(
      `máy/machine: ${formatValue(c, 'vi')} · ${c.indicator ?? '—'} · ${c.subject ?? '—'} · ${c.asOf ?? c.period?.end ?? ''} · doc ${c.docId} · v${c.extractor} · ${c.rule}`,
    );
    L.push(`«${c.sentenceText ?? c.text}»`);
  } else {
    L.push('(không còn trong kết quả phân tích hiện tại / no longer produced by the current analysis)');
  }
  L.push('', `## Lịch sử duyệt / review history (${h.reviews.length})`);
  for (const r of h.reviews) {
    const v = r.value != null ? ` → ${r.value}${r.valueMax != null ? `–${r.valueMax}` : ''}` : '';
    L.push(`- ${r.at} ${r.action}${v} · ${r.reviewer}: ${r.reason}`);
  }
  if (h.effective)
    L.push(
      '',
      `hiệu lực/effective: ${h.effective.rejected ? 'bị loại / rejected' : `${h.effective.value}${h.effective.valueMax != null ? `–${h.effective.valueMax}` : ''}`}`,
    );
  return `${L.join('\n')}\n`;
}
