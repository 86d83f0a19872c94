// Uploaded bodies → RawDocs, through the same readers the CLI uses (HTML metadata, JSONL fields, Unicode repair).
import { makeDoc, readError } from '../read/doc.ts';
import { articleFromJson } from '../read/jsonl.ts';
import type { RawDoc, RawMeta, ReadError } from '../types.ts';

export type UploadKind = 'text' | 'html' | 'jsonl';

export interface UploadMeta {
  source?: string;
  title?: string;
  url?: string;
  date?: string;
  outlet?: string;
}

function metaOf(m: UploadMeta): RawMeta {
  const meta: RawMeta = {};
  if (m.title) meta.title = m.title;
  if (m.url) meta.url = m.url;
  if (m.date) meta.date = m.date;
  if (m.outlet) meta.outlet = m.outlet;
  return meta;
}

/** One raw body (text/plain, text/html or JSONL) → inputs. `base` names the upload when the caller gave no source. */
export function parseUpload(kind: UploadKind, body: string, m: UploadMeta, base: string): Array<RawDoc | ReadError> {
  const source = m.source || m.url || base;
  if (kind !== 'jsonl') {
    if (!/\S/.test(body)) return [readError(source, 'tài liệu trống / empty document')];
    return [makeDoc(source, body.normalize('NFC'), 'utf-8', kind, metaOf(m))];
  }
  const out: Array<RawDoc | ReadError> = [];
  const lines = body.split(/\r?\n/);
  lines.forEach((line, i) => {
    const text = i === 0 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
    if (!/\S/.test(text)) return;
    const src = `${source}#${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      out.push(readError(src, `JSON không hợp lệ / invalid JSON: ${(e as Error).message}`));
      return;
    }
    out.push(articleFromJson(src, value));
  });
  if (!out.length) out.push(readError(source, 'tài liệu trống / empty upload'));
  return out;
}

/** The JSON form: {documents: [{text|html, ...meta}]}. */
export function parseDocuments(docs: Array<Record<string, unknown>>, base: string): Array<RawDoc | ReadError> {
  return docs.map((d, i) => {
    const name = typeof d.source === 'string' && d.source ? d.source : typeof d.url === 'string' && d.url ? d.url : `${base}#${i + 1}`;
    const { source: _s, ...rest } = d;
    return articleFromJson(name, rest);
  });
}

export async function* iterate<T>(items: T[]): AsyncGenerator<T> {
  for (const x of items) yield x;
}
