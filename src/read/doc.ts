// Decoded text + where it came from → a RawDoc, with HTML recognised and its metadata read.
import type { RawDoc, RawMeta, ReadError } from '../types.ts';
import { type DecodeHints, decodeBytes } from './decode.ts';
import { scanHtmlMeta } from './html/meta.ts';
import { looksLikeHtml } from './html/sniff.ts';

export type Format = RawDoc['format'];

export function readError(source: string, reason: string): ReadError {
  return { source, reason };
}

function mergeMeta(page: RawMeta, container: RawMeta): RawMeta {
  const meta: RawMeta = { ...page };
  for (const [k, v] of Object.entries(container) as [keyof RawMeta, unknown][]) {
    if (v === undefined) continue;
    if (k === 'extra') meta.extra = { ...page.extra, ...(v as Record<string, unknown>) };
    else (meta as Record<string, unknown>)[k] = v;
  }
  return meta;
}

/** format: 'html' when the container says so; otherwise HTML is recognised by its first tag. Container meta wins over the page's. */
export function makeDoc(source: string, raw: string, encoding: string, format?: Format, meta: RawMeta = {}): RawDoc {
  const html = format === 'html' || (format === undefined && looksLikeHtml(raw));
  return html
    ? { source, format: 'html', raw, encoding, meta: mergeMeta(scanHtmlMeta(raw), meta) }
    : { source, format: 'text', raw, encoding, meta: { ...meta } };
}

/** Bytes of a whole input → RawDoc or the reason it cannot be read. */
export function docFromBytes(
  source: string,
  bytes: Buffer,
  hints: DecodeHints & { format?: Format; meta?: RawMeta } = {},
): RawDoc | ReadError {
  const decoded = decodeBytes(bytes, hints);
  if (!decoded.ok) return readError(source, decoded.reason);
  return makeDoc(source, decoded.text, decoded.encoding, hints.format, hints.meta);
}
