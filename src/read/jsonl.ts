// JSONL/NDJSON: one article per line, streamed; a broken line is reported as "path#LINE" and the rest go on.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { RawDoc, RawMeta, ReadError } from '../types.ts';
import { makeDoc, readError } from './doc.ts';
import { repairUnicode } from './encodings/detect.ts';
import type { ReadOptions } from './options.ts';
import { systemReason } from './stream.ts';

const META_FIELDS = ['title', 'url', 'date', 'outlet', 'author'] as const;
const BODY_FIELDS = new Set(['text', 'html']);

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** One parsed line → RawDoc, or the reason it is not an article. */
export function articleFromJson(source: string, value: unknown): RawDoc | ReadError {
  if (!isRecord(value)) return readError(source, `expected a JSON object, got ${Array.isArray(value) ? 'an array' : typeof value}`);
  const meta: RawMeta = {};
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (BODY_FIELDS.has(k)) continue;
    const isMeta = (META_FIELDS as readonly string[]).includes(k);
    if (isMeta && (typeof v === 'string' || typeof v === 'number')) {
      if (String(v).trim()) meta[k as (typeof META_FIELDS)[number]] = String(v).trim();
    } else if (!(isMeta && (v === null || v === undefined))) extra[k] = v;
  }
  if (Object.keys(extra).length) meta.extra = extra;
  const { text, html } = value;
  if (typeof text === 'string' && /\S/.test(text)) {
    const repaired = repairUnicode(text);
    return makeDoc(source, repaired?.text ?? text, repaired?.encoding ?? 'utf-8', 'text', meta);
  }
  if (typeof html === 'string' && /\S/.test(html)) return makeDoc(source, html, 'utf-8', 'html', meta);
  if (text !== undefined || html !== undefined) return readError(source, 'empty (text/html field is blank or not a string)');
  return readError(source, 'no "text" or "html" field');
}

export async function* readJsonl(path: string, opts: ReadOptions): AsyncGenerator<RawDoc | ReadError> {
  let lineNo = 0;
  let nonBlank = 0;
  try {
    const input = createReadStream(path, { encoding: 'utf8' });
    const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
    for await (let line of lines) {
      lineNo++;
      if (lineNo === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
      if (!/\S/.test(line)) continue;
      nonBlank++;
      const source = `${path}#${lineNo}`;
      if (line.length > opts.maxBytes / 4 && Buffer.byteLength(line) > opts.maxBytes) {
        yield readError(source, `line too large: more than ${opts.maxBytes} bytes`);
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (e) {
        yield readError(source, `invalid JSON: ${(e as Error).message}`);
        continue;
      }
      yield articleFromJson(source, value);
    }
  } catch (e) {
    yield readError(lineNo ? `${path}#${lineNo}` : path, systemReason(e));
    return;
  }
  if (lineNo === 0) yield readError(path, 'empty file');
  else if (nonBlank === 0) yield readError(path, 'empty (whitespace only)');
}
