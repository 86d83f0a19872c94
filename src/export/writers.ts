// Row writers that stream: each page of rows becomes one chunk, and the writer waits for 'drain' when the sink is full,
// so memory holds one page whatever the row count.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Cell, Columns } from './columns.ts';

export const EXPORT_FORMATS = ['csv', 'jsonl', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_MIME: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface RowWriter<T> {
  /** Writes one page of items; resolves when the sink can take more. */
  write(items: T[]): Promise<void>;
  /** Finishes the file (XLSX needs its closing parts); does not end a sink it was told to keep open. */
  end(): Promise<void>;
}

async function put(out: Writable, chunk: string | Buffer): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

/** Text chunks are handed over at about this size: big enough for few syscalls, small enough to leave little garbage. */
const CHUNK = 64 * 1024;

/** RFC 4180 field; text that a spreadsheet would run as a formula gets a leading apostrophe. */
export function csvField(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'string') return String(v);
  const s = /^[=+\-@\t\r]/.test(v) && !/^[+-]?\d/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvWriter<T>(out: Writable, cols: Columns<T>, opts: { bom?: boolean } = {}): RowWriter<T> {
  let started = false;
  return {
    async write(items) {
      let chunk = '';
      if (!started) {
        started = true;
        chunk += `${opts.bom === false ? '' : '\uFEFF'}${cols.names.join(',')}\r\n`;
      }
      for (const it of items) {
        chunk += `${cols.row(it).map(csvField).join(',')}\r\n`;
        if (chunk.length >= CHUNK) {
          await put(out, chunk);
          chunk = '';
        }
      }
      if (chunk) await put(out, chunk);
    },
    async end() {
      if (!started) await this.write([]);
    },
  };
}

export function jsonlWriter<T>(out: Writable): RowWriter<T> {
  return {
    async write(items) {
      if (!items.length) return;
      let chunk = '';
      for (const it of items) {
        chunk += `${JSON.stringify(it)}\n`;
        if (chunk.length >= CHUNK) {
          await put(out, chunk);
          chunk = '';
        }
      }
      if (chunk) await put(out, chunk);
    },
    async end() {},
  };
}

/** Excel's row limit per sheet; further rows go on a continuation sheet. */
const MAX_ROWS = 1_048_575;

export function xlsxWriter<T>(out: Writable, cols: Columns<T>, sheet: string): RowWriter<T> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  let ws: ExcelJS.Worksheet | null = null;
  let rows = 0;
  let sheets = 0;
  const newSheet = () => {
    ws?.commit();
    sheets++;
    ws = wb.addWorksheet(sheets === 1 ? sheet : `${sheet} (${sheets})`);
    const header = ws.addRow(cols.names);
    header.font = { bold: true };
    header.commit();
    rows = 0;
  };
  return {
    async write(items) {
      if (!ws) newSheet();
      for (const it of items) {
        if (rows >= MAX_ROWS) newSheet();
        (ws as unknown as ExcelJS.Worksheet).addRow(cols.row(it)).commit();
        rows++;
      }
      // The zip stream writes as rows are committed; wait for the sink like the text writers do.
      if (out.writableNeedDrain) await once(out, 'drain');
    },
    async end() {
      if (!ws) newSheet();
      (ws as unknown as ExcelJS.Worksheet).commit();
      await wb.commit();
    },
  };
}

export function rowWriter<T>(format: ExportFormat, out: Writable, cols: Columns<T>, sheet: string): RowWriter<T> {
  if (format === 'csv') return csvWriter(out, cols);
  if (format === 'jsonl') return jsonlWriter(out);
  return xlsxWriter(out, cols, sheet);
}

/** Streams pages of items through a writer; returns the number of rows written. */
export async function writeAll<T>(pages: AsyncIterable<T[]>, writer: RowWriter<T>): Promise<number> {
  let n = 0;
  for await (const items of pages) {
    await writer.write(items);
    n += items.length;
  }
  await writer.end();
  return n;
}
