// Export of 1,000,000 generated claims to CSV and JSONL (goal: peak memory < 300 MB). The claims stream from a
// generator, page by page like the store's cursor pages, through the very writers `doingoai export` uses
// (src/export): loading a million claims into PGlite first would take longer than the export itself, and the
// store's offset cursors make each later page slower. `--store N` also measures the whole path through a PGlite store
// holding N generated claims. Each measurement runs in a child process so its peak RSS is its own.
// Run alone: node --import tsx bench/export.ts [--rows 1000000] [--store 100000 [--database-url postgres://…]]
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { exportToStream, writeRows } from '../src/export/index.ts';
import type { ExportFormat } from '../src/export/writers.ts';
import { openStore } from '../src/store/index.ts';
import { scratchDatabase } from '../src/store/scratch.ts';
import type { IngestDoc, StoredClaim } from '../src/store/types.ts';
import type { Claim, ExtractedDoc } from '../src/types.ts';

const SELF = fileURLToPath(import.meta.url);
const PAGE = 5000;

export interface ExportMeasure {
  source: 'generator' | 'store';
  format: ExportFormat;
  rows: number;
  seconds: number;
  rowsPerSec: number;
  megabytes: number;
  peakRssMB: number;
  /** RSS before the first row (modules loaded, store opened): what the export itself adds is peak minus this. */
  baseRssMB: number;
  /** For the store path: seconds spent writing the claims into the store first (another process). */
  loadSeconds?: number;
  backend?: 'pglite' | 'postgres';
}

export interface ExportBenchResult {
  measures: ExportMeasure[];
  goalMB: number;
  ok: boolean;
}

const INDICATORS = [
  'vaccine.doses_received',
  'trade.total',
  'fta.count',
  'partnerships.strategic_comprehensive',
  'citizen_protection.repatriated',
  'unesco.titles',
];
const TEXTS = [
  'Việt Nam đã nhận được trên {n} triệu liều vaccine',
  'kim ngạch thương mại của Việt Nam vẫn vượt mốc {n} tỷ USD',
  'ký kết và thực thi {n} Hiệp định thương mại tự do, trong đó có "CPTPP"',
  'nâng tổng số quan hệ đối tác chiến lược và toàn diện lên {n} nước',
  'đưa trên {n} công dân về nước an toàn',
  'UNESCO công nhận {n} danh hiệu/di sản',
];

/** The i-th generated claim: deterministic, shaped like a stored one (Vietnamese text, commas and quotes included). */
export function generatedClaim(i: number): StoredClaim {
  const k = i % TEXTS.length;
  const n = 10 + (i % 997);
  const text = (TEXTS[k] as string).replace('{n}', String(n));
  const year = 2010 + (i % 14);
  return {
    id: ((i * 2654435761) >>> 0).toString(16).padStart(8, '0') + i.toString(16).padStart(8, '0'),
    docId: Math.floor(i / 500)
      .toString(16)
      .padStart(16, '0'),
    text,
    start: 100 + (i % 1000),
    end: 100 + (i % 1000) + text.length,
    value: n * 1e6,
    valueMax: null,
    unit: k === 1 ? 'USD' : 'count',
    counted: k === 1 ? null : 'liều',
    qualifier: i % 3 ? 'more_than' : 'exact',
    modality: 'actual',
    change: false,
    period: { start: `${year}-01-01`, end: `${year}-12-31` },
    asOf: null,
    indicator: INDICATORS[k] as string,
    subject: 'VN',
    sentence: { start: 90, end: 220 },
    sentenceText: `Theo Bộ Ngoại giao, ${text}, góp phần quan trọng vào thành tựu chung của đất nước.`,
    rule: '<number> <scale> <counted noun>',
    extractor: 'bench-1',
    review: null,
  };
}

async function* generated(rows: number): AsyncGenerator<StoredClaim[]> {
  for (let at = 0; at < rows; at += PAGE) {
    const page: StoredClaim[] = [];
    for (let i = at; i < Math.min(rows, at + PAGE); i++) page.push(generatedClaim(i));
    yield page;
  }
}

/** Peak RSS, sampled; process.resourceUsage().maxRSS covers what the sampling misses between ticks. */
function peakMeter(): () => number {
  let peak = process.memoryUsage().rss;
  const t = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  return () => {
    clearInterval(t);
    return Math.round(Math.max(peak, process.resourceUsage().maxRSS * 1024) / 1048576);
  };
}

async function child(source: 'generator' | 'store', format: ExportFormat, rows: number, dbDir?: string): Promise<ExportMeasure> {
  const dir = mkdtempSync(join(tmpdir(), 'doingoai-bench-export-'));
  const file = join(dir, `claims.${format}`);
  try {
    // The store was filled by another process, so this one's peak is the export's own.
    const store = source === 'store' ? await openAt(dbDir as string) : null;
    const baseRssMB = Math.round(process.memoryUsage().rss / 1048576);
    const stop = peakMeter();
    const t = Date.now();
    const out = createWriteStream(file);
    const n = store ? await exportToStream(store, 'claims', format, {}, out) : await writeRows('claims', format, generated(rows), out);
    if (!out.writableEnded) out.end();
    await finished(out);
    const seconds = (Date.now() - t) / 1000;
    const peakRssMB = stop();
    await store?.close();
    return {
      source,
      format,
      rows: n,
      seconds,
      rowsPerSec: Math.round(n / seconds),
      megabytes: Math.round(statSync(file).size / 1048576),
      peakRssMB,
      baseRssMB,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** N generated claims written through the store's batch API, 500 per document (no analysis). */
async function loadClaims(store: Awaited<ReturnType<typeof openStore>>, rows: number): Promise<void> {
  const perDoc = 500;
  let batch: IngestDoc[] = [];
  for (let d = 0; d * perDoc < rows; d++) {
    const claims: Claim[] = [];
    const parts: string[] = [];
    let at = 0;
    for (let i = d * perDoc; i < Math.min(rows, (d + 1) * perDoc); i++) {
      const c = generatedClaim(i);
      parts.push(c.text);
      claims.push({
        text: c.text,
        start: at,
        end: at + c.text.length,
        value: c.value,
        unit: c.unit,
        counted: c.counted,
        qualifier: c.qualifier,
        modality: c.modality,
        period: c.period,
        indicator: c.indicator,
        subject: c.subject,
        rule: c.rule,
      });
      at += c.text.length + 2;
    }
    const text = parts.join('. ');
    const id = d.toString(16).padStart(16, '0');
    const doc: ExtractedDoc = {
      source: `bench/${id}.txt`,
      id,
      title: `Bài ${d}`,
      outlet: 'bench',
      author: null,
      url: null,
      published: { date: `${2010 + (d % 14)}-06-01`, basis: 'byline' },
      text,
      removed: [],
      quality: { spun: 0, repairs: 0 },
      claims,
      entities: [],
      events: [],
      extractor: 'bench-1',
    };
    batch.push({ doc, rawGz: new Uint8Array(), rawFormat: 'text', rawMeta: {}, rawHash: id, signature: [] });
    if (batch.length >= 20) {
      await store.putDocuments(batch);
      batch = [];
    }
  }
  if (batch.length) await store.putDocuments(batch);
}

/** A PGlite folder, or a postgres:// URL. */
function openAt(where: string) {
  return /^postgres(ql)?:\/\//.test(where) ? openStore({ url: where }) : openStore({ dir: where, noLock: true });
}

function runChild(args: string[]): string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', SELF, '--child', ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const line = r.stdout.trim().split('\n').at(-1) ?? '';
  if (r.status !== 0 || !line.startsWith('{')) throw new Error(`bench child failed (${args.join(' ')}): ${r.stderr || r.stdout}`);
  return line;
}

export async function runExportBench(opts: { rows?: number; storeRows?: number; databaseUrl?: string } = {}): Promise<ExportBenchResult> {
  const rows = opts.rows ?? 1_000_000;
  const measures: ExportMeasure[] = [];
  for (const format of ['csv', 'jsonl'] as const) measures.push(JSON.parse(runChild(['generator', format, String(rows)])));
  if (opts.storeRows) {
    const scratch = opts.databaseUrl ? await scratchDatabase(opts.databaseUrl, 'doingoai_bench_export') : null;
    const folder = scratch ? null : mkdtempSync(join(tmpdir(), 'doingoai-bench-export-db-'));
    const where = scratch?.url ?? (folder as string);
    try {
      const { loadSeconds } = JSON.parse(runChild(['load', String(opts.storeRows), where])) as { loadSeconds: number };
      for (const format of ['csv', 'jsonl'] as const) {
        measures.push({
          ...JSON.parse(runChild(['store', format, String(opts.storeRows), where])),
          loadSeconds,
          backend: scratch ? 'postgres' : 'pglite',
        });
      }
    } finally {
      if (folder) rmSync(folder, { recursive: true, force: true });
      await scratch?.drop();
    }
  }
  const goalMB = 300;
  return { measures, goalMB, ok: measures.every((m) => m.peakRssMB < goalMB) };
}

export function describeMeasure(m: ExportMeasure): string {
  const how =
    m.source === 'generator'
      ? 'generated → writer'
      : `${m.backend === 'postgres' ? 'PostgreSQL server' : 'PGlite'} store → cursor pages → writer (load ${m.loadSeconds?.toFixed(1)} s)`;
  return `export ${m.rows.toLocaleString('en-US')} claims to ${m.format.toUpperCase()} [${how}]: ${m.seconds.toFixed(1)} s, ${m.rowsPerSec.toLocaleString('en-US')} rows/s, ${m.megabytes} MB, peak RSS ${m.peakRssMB} MB (at start ${m.baseRssMB} MB; goal < 300 MB)`;
}

if (process.argv[1] === SELF) {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child' && argv[1] === 'load') {
    const store = await openAt(argv[3] as string);
    const t = Date.now();
    await loadClaims(store, Number(argv[2]));
    await store.close();
    process.stdout.write(`${JSON.stringify({ loadSeconds: (Date.now() - t) / 1000 })}\n`);
  } else if (argv[0] === '--child') {
    const m = await child(argv[1] as 'generator' | 'store', argv[2] as ExportFormat, Number(argv[3]), argv[4]);
    process.stdout.write(`${JSON.stringify(m)}\n`);
  } else {
    const flag = (name: string) => {
      const i = argv.indexOf(name);
      return i >= 0 ? Number(argv[i + 1]) : undefined;
    };
    const urlAt = argv.indexOf('--database-url');
    const r = await runExportBench({
      rows: flag('--rows') ?? Number(process.env.BENCH_EXPORT_ROWS ?? 1_000_000),
      storeRows: flag('--store') ?? (Number(process.env.BENCH_EXPORT_STORE ?? 0) || undefined),
      databaseUrl: urlAt >= 0 ? argv[urlAt + 1] : process.env.BENCH_EXPORT_DATABASE_URL,
    });
    for (const m of r.measures) console.log(describeMeasure(m));
    console.log(r.ok ? 'export memory goal met' : 'export memory goal MISSED');
  }
}
