// http(s) URLs: fetched with a deadline, a size cap enforced while streaming, and a bounded number of redirects.
import type { RawDoc, RawMeta, ReadError } from '../types.ts';
import { docFromBytes, type Format, readError } from './doc.ts';
import { declaredCharset } from './html/sniff.ts';
import type { ReadOptions } from './options.ts';
import { readCapped, TooLarge } from './stream.ts';

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

const HEADERS = {
  'user-agent': 'doingoai/0.1 (+news reader)',
  accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5',
};

// Content types that are text we can read; everything else is refused before the body is downloaded.
function formatFor(contentType: string): Format | 'sniff' | null {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === '' || type === 'application/octet-stream') return 'sniff';
  if (type.startsWith('text/')) return 'sniff';
  return null;
}

const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host lookup failed',
  EHOSTUNREACH: 'host unreachable',
  CERT_HAS_EXPIRED: 'certificate expired',
};

function networkReason(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code;
  if (code) return NETWORK_CODES[code] ? `${NETWORK_CODES[code]} (${code})` : code;
  return cause?.message ?? (e as Error).message ?? String(e);
}

export async function readUrl(url: string, opts: ReadOptions): Promise<RawDoc | ReadError> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  try {
    let current = url;
    for (let hops = 0; ; hops++) {
      const res = await fetch(current, { redirect: 'manual', signal: controller.signal, headers: HEADERS });
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        await res.body?.cancel();
        if (hops >= opts.maxRedirects) return readError(url, `too many redirects (more than ${opts.maxRedirects})`);
        current = new URL(location, current).href;
        if (!isUrl(current)) return readError(url, `redirected to a non-HTTP URL: ${current}`);
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        return readError(url, `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
      }
      const contentType = res.headers.get('content-type') ?? '';
      const format = formatFor(contentType);
      if (!format) {
        await res.body?.cancel();
        return readError(url, `not text (content-type ${contentType})`);
      }
      const length = Number(res.headers.get('content-length') ?? Number.NaN);
      if (length > opts.maxBytes) {
        await res.body?.cancel();
        return readError(url, `too large: ${length} bytes (limit ${opts.maxBytes})`);
      }
      const bytes = res.body ? await readCapped(res.body as unknown as AsyncIterable<Uint8Array>, opts.maxBytes) : Buffer.alloc(0);
      const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1] ?? declaredCharset(bytes);
      const meta: RawMeta = { extra: { contentType, ...(current !== url ? { finalUrl: current } : {}) } };
      const doc = docFromBytes(url, bytes, { charset, format: format === 'sniff' ? undefined : format, meta });
      if (!('reason' in doc)) doc.meta.url ??= current;
      return doc;
    }
  } catch (e) {
    if (controller.signal.aborted) return readError(url, `timed out after ${opts.timeoutMs} ms`);
    if (e instanceof TooLarge) return readError(url, e.message);
    return readError(url, `fetch failed: ${networkReason(e)}`);
  } finally {
    clearTimeout(timer);
  }
}
