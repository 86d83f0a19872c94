// Kept raw input: gzip on the way in, gunzip for `reanalyse`; the raw hash that lets a rerun skip known inputs.
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';

export function gzipText(s: string): Uint8Array {
  // A copy with its own ArrayBuffer: small Buffers share a pool, and workers transfer this buffer to the main thread.
  return new Uint8Array(gzipSync(Buffer.from(s, 'utf8'), { level: 6 }));
}

export function gunzipText(b: Uint8Array): string {
  return gunzipSync(b).toString('utf8');
}

/** 16 hex chars of sha256 over the NFC raw input, its format and the metadata that shapes the document. */
export function rawHash(raw: string, format: string, meta: { url?: string; title?: string; date?: string; outlet?: string } = {}): string {
  const m = [meta.url, meta.title, meta.date, meta.outlet].map((x) => x ?? '').join('\u0001');
  return createHash('sha256').update(format).update('\0').update(m).update('\0').update(raw.normalize('NFC')).digest('hex').slice(0, 16);
}

export function shortHash(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 16);
}
