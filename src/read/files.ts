// One file → RawDoc: size checked with stat before reading, then decoded.
import { type FileHandle, open } from 'node:fs/promises';
import { extname } from 'node:path';
import type { RawDoc, ReadError } from '../types.ts';
import { docFromBytes, type Format, readError } from './doc.ts';
import { declaredCharset } from './html/sniff.ts';
import type { ReadOptions } from './options.ts';
import { readCapped, systemReason, TooLarge } from './stream.ts';

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);

export function formatOf(path: string): Format | undefined {
  return HTML_EXTENSIONS.has(extname(path).toLowerCase()) ? 'html' : undefined;
}

// Reads exactly the size stat reported (a file that grows meanwhile is cut there, never read past the limit).
async function readAllOf(fh: FileHandle, size: number): Promise<Buffer> {
  const buf = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const { bytesRead } = await fh.read(buf, filled, size - filled, filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled === size ? buf : buf.subarray(0, filled);
}

export async function readFileDoc(path: string, opts: ReadOptions): Promise<RawDoc | ReadError> {
  let bytes: Buffer;
  let fh: FileHandle | undefined;
  try {
    fh = await open(path, 'r');
    const st = await fh.stat();
    if (st.isFile()) {
      if (st.size > opts.maxBytes) return readError(path, `too large: ${st.size} bytes (limit ${opts.maxBytes})`);
      bytes = await readAllOf(fh, st.size);
    } else if (st.isFIFO() || st.isCharacterDevice()) {
      bytes = await readCapped(fh.createReadStream({ autoClose: false }), opts.maxBytes);
    } else {
      return readError(path, 'not a regular file');
    }
  } catch (e) {
    return readError(path, e instanceof TooLarge ? e.message : systemReason(e));
  } finally {
    await fh?.close().catch(() => undefined);
  }
  const format = formatOf(path);
  return docFromBytes(path, bytes, { format, charset: format === 'html' || bytes[0] === 0x3c ? declaredCharset(bytes) : undefined });
}
