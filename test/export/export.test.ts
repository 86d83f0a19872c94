// Exports from a store holding the five samples: every kind in CSV, JSONL and XLSX, filters like the API, streaming
// with backpressure, and the HTTP routes of src/report/http.ts through fastify.inject.
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import Fastify from 'fastify';
import { claimColumns } from '../../src/export/columns.ts';
import { claimPages, EXPORT_KINDS, type ExportKind, exportToStream } from '../../src/export/index.ts';
import { csvField, csvWriter, jsonlWriter, writeAll } from '../../src/export/writers.ts';
import { reportRoutes } from '../../src/report/http.ts';
import type { Store } from '../../src/store/types.ts';
import { seededStore } from '../report/fixture.ts';

let store: Store;
let close: () => Promise<void>;
before(async () => {
  ({ store, close } = await seededStore());
});
after(async () => close?.());

/** A sink that keeps what it gets; `slow` makes it apply backpressure on every chunk. */
function sink(slow = false): Writable & { data: Buffer[]; text(): string; maxPending: number } {
  const data: Buffer[] = [];
  const w = new Writable({
    highWaterMark: 16,
    write(chunk: Buffer, _enc, cb) {
      data.push(Buffer.from(chunk));
      if (slow) setTimeout(cb, 1);
      else cb();
    },
  }) as Writable & { data: Buffer[]; text(): string; maxPending: number };
  w.data = data;
  w.text = () => Buffer.concat(data).toString('utf8');
  return w;
}

/** Minimal RFC 4180 parser for the checks. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let f = '';
  let q = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (q) {
      if (c === '"' && s[i + 1] === '"') {
        f += '"';
        i++;
      } else if (c === '"') q = false;
      else f += c;
    } else if (c === '"') q = true;
    else if (c === ',') {
      row.push(f);
      f = '';
    } else if (c === '\n') {
      row.push(f.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      f = '';
    } else f += c;
  }
  if (f || row.length) {
    row.push(f);
    rows.push(row);
  }
  return rows;
}

async function totalOf(kind: ExportKind): Promise<number> {
  const out = sink();
  return exportToStream(store, kind, 'jsonl', {}, out);
}

describe('export', () => {
  for (const kind of EXPORT_KINDS) {
    test(`${kind}: CSV, JSONL and XLSX hold the same rows`, async () => {
      const j = sink();
      const n = await exportToStream(store, kind, 'jsonl', {}, j);
      assert.ok(n > 0, `no ${kind}`);
      const lines = j.text().trimEnd().split('\n');
      assert.equal(lines.length, n);
      for (const l of lines) assert.equal(typeof JSON.parse(l).id, 'string');

      const c = sink();
      assert.equal(await exportToStream(store, kind, 'csv', {}, c), n);
      const text = c.text();
      assert.ok(text.startsWith('\uFEFFid,'), 'BOM and header');
      const rows = parseCsv(text.slice(1));
      assert.equal(rows.length, n + 1);
      const width = rows[0]?.length;
      for (const r of rows) assert.equal(r.length, width, JSON.stringify(r));
      assert.deepEqual(
        rows.slice(1).map((r) => r[0]),
        lines.map((l) => JSON.parse(l).id),
      );

      const x = sink();
      assert.equal(await exportToStream(store, kind, 'xlsx', {}, x), n);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.concat(x.data) as unknown as ArrayBuffer);
      const ws = wb.worksheets[0];
      assert.equal(ws?.name, kind);
      assert.equal(ws?.actualRowCount, n + 1);
      assert.equal(String(ws?.getRow(2).getCell(1).value), rows[1]?.[0]);
    });
  }

  test('claims keep Vietnamese text, quotes and commas through CSV', async () => {
    const c = sink();
    await exportToStream(store, 'claims', 'csv', { indicator: 'vaccine.doses_received' }, c);
    const rows = parseCsv(c.text().slice(1));
    const head = rows[0] as string[];
    const text = head.indexOf('text');
    const value = head.indexOf('value');
    assert.deepEqual(
      rows
        .slice(1)
        .map((r) => Number(r[value]))
        .sort(),
      [151e6, 156e6, 192e6],
    );
    assert.ok(rows.slice(1).some((r) => /trên 151 triệu liều/.test(r[text] ?? '')));
  });

  test('filters: like the API', async () => {
    const all = await totalOf('claims');
    const j = sink();
    const n = await exportToStream(store, 'claims', 'jsonl', { from: '2023', to: '2023' }, j);
    assert.ok(n > 0 && n < all);
    const differing = (await store.listConflicts({ limit: 1 })).items[0]?.status;
    assert.ok(differing, 'the samples have facts whose sources differ');
    const f = sink();
    const nf = await exportToStream(store, 'facts', 'jsonl', { status: [differing] }, f);
    assert.ok(nf > 0 && nf < (await totalOf('facts')));
    for (const l of f.text().trim().split('\n')) assert.equal(JSON.parse(l).status, differing);
    const e = sink();
    await exportToStream(store, 'entities', 'jsonl', { type: 'country' }, e);
    for (const l of e.text().trim().split('\n')) assert.equal(JSON.parse(l).type, 'country');
    const d = sink();
    assert.equal(await exportToStream(store, 'documents', 'jsonl', { from: '2021-12-01', to: '2021-12-31' }, d), 1);
  });

  test('claims larger than one page are walked document by document: every claim once', async () => {
    const all: string[] = [];
    for await (const items of claimPages(store, {}, 7)) all.push(...items.map((c) => c.id));
    const j = sink();
    const n = await exportToStream(store, 'claims', 'jsonl', {}, j);
    assert.equal(all.length, n);
    assert.equal(new Set(all).size, n);
    const some: string[] = [];
    for await (const items of claimPages(store, { indicator: 'vaccine.doses_received' }, 2)) some.push(...items.map((c) => c.id));
    assert.equal(new Set(some).size, 3);
  });

  test('writers wait for a slow sink (backpressure) and write every page in order', async () => {
    async function* gen() {
      for (let p = 0; p < 20; p++) yield Array.from({ length: 50 }, (_, i) => ({ id: `${p}-${i}`, n: p * 50 + i }));
    }
    const out = sink(true);
    const n = await writeAll(gen(), jsonlWriter(out));
    assert.equal(n, 1000);
    const ids = out
      .text()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).n);
    assert.deepEqual(
      ids,
      Array.from({ length: 1000 }, (_, i) => i),
    );
    assert.ok(out.writableLength <= out.writableHighWaterMark + 50 * 40);
  });

  test('CSV fields: quoting, and no formula injection', () => {
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvField('-12'), '-12');
    assert.equal(csvField(null), '');
    assert.equal(csvField(3.5), '3.5');
    const out = sink();
    const w = csvWriter(out, claimColumns, { bom: false });
    return w.end().then(() => assert.equal(out.text(), `${claimColumns.names.join(',')}\r\n`));
  });
});

describe('http routes (src/report/http.ts)', () => {
  async function app() {
    const a = Fastify();
    await a.register(reportRoutes, { store });
    return a;
  }

  test('GET /api/export/claims streams CSV with filters; unknown filters are 400', async () => {
    const a = await app();
    const res = await a.inject({ method: 'GET', url: '/api/export/claims?format=csv&indicator=vaccine.doses_received' });
    assert.equal(res.statusCode, 200);
    assert.match(res.headers['content-type'] as string, /text\/csv/);
    assert.match(res.headers['content-disposition'] as string, /doingoai-claims\.csv/);
    assert.equal(parseCsv(res.body.replace(/^\uFEFF/, '')).length, 4);
    const bad = await a.inject({ method: 'GET', url: '/api/export/entities?format=csv&indicator=x' });
    assert.equal(bad.statusCode, 400);
    const x = await a.inject({ method: 'GET', url: '/api/export/facts?format=xlsx&status=differs_in_scope' });
    assert.equal(x.statusCode, 200);
    assert.equal(x.rawPayload.subarray(0, 2).toString(), 'PK');
    await a.close();
  });

  test('GET /api/report: json model for the preview, files for download, 400 without a period', async () => {
    const a = await app();
    const j = await a.inject({ method: 'GET', url: '/api/report?year=2021&pillar=vaccine' });
    assert.equal(j.statusCode, 200);
    const model = j.json() as { pillars: Array<{ key: string; figures: unknown[] }> };
    assert.deepEqual(
      model.pillars.map((p) => p.key),
      ['vaccine'],
    );
    const md = await a.inject({ method: 'GET', url: '/api/report?from=2021-01-01&to=2021-12-31&format=md' });
    assert.match(md.body, /trên 151 triệu liều, tính đến 14\/12\/2021/);
    const x = await a.inject({ method: 'GET', url: '/api/report?years=2016-2021&format=xlsx' });
    assert.equal(x.statusCode, 200);
    assert.match(x.headers['content-disposition'] as string, /doingoai-report-2016-2021\.xlsx/);
    assert.equal((await a.inject({ method: 'GET', url: '/api/report?format=md' })).statusCode, 400);
    assert.equal((await a.inject({ method: 'GET', url: '/api/report?year=2021&pillar=nope' })).statusCode, 400);
    await a.close();
  });
});
