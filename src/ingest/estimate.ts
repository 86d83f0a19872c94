// A rough count of the documents behind the inputs, for the progress bar's ETA. Never blocks or fails the ingest.
import { createReadStream } from 'node:fs';
import { opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const JSONL = /\.(jsonl|ndjson)$/i;
const MAX_LINE_COUNT_BYTES = 256 * 1024 * 1024;

export async function estimateInputs(inputs: string[]): Promise<number | null> {
  let n = 0;
  for (const input of inputs) {
    if (input === '-' || /^https?:\/\//i.test(input)) {
      n++;
      continue;
    }
    const c = await countPath(input).catch(() => 1);
    if (c === null) return null;
    n += c;
  }
  return n;
}

async function countPath(p: string): Promise<number | null> {
  const st = await stat(p);
  if (st.isFile()) return JSONL.test(p) ? (st.size > MAX_LINE_COUNT_BYTES ? null : countLines(p)) : 1;
  if (!st.isDirectory()) return 0;
  let n = 0;
  const dir = await opendir(p);
  for await (const e of dir) {
    if (e.name.startsWith('.')) continue;
    const full = join(p, e.name);
    if (e.isDirectory()) {
      const c = await countPath(full);
      if (c === null) return null;
      n += c;
    } else if (e.isFile()) {
      n += JSONL.test(e.name) ? ((await countPath(full)) ?? 0) : 1;
    }
  }
  return n;
}

function countLines(p: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let n = 0;
    let last = 10;
    createReadStream(p)
      .on('data', (b: Buffer | string) => {
        const buf = typeof b === 'string' ? Buffer.from(b) : b;
        for (let i = buf.indexOf(10); i >= 0; i = buf.indexOf(10, i + 1)) n++;
        if (buf.length) last = buf[buf.length - 1] as number;
      })
      .on('end', () => resolve(last === 10 ? n : n + 1))
      .on('error', reject);
  });
}
