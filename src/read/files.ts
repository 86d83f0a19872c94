// One file → RawDoc: size checked with stat before reading, then decoded.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
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

export async function readFileDoc(path: string, opts: ReadOptions): Promise<RawDoc | ReadError> {
  let bytes: Buffer;
  try {
    const st = await stat(path);
    if (st.isFile()) {
      if (st.size > opts.maxBytes) return readError(path, `too large: ${st.size} bytes (limit ${opts.maxBytes})`);
      bytes = await readFile(path);
    } else if (st.isFIFO() || st.isCharacterDevice()) {
      bytes = await readCapped(createReadStream(path), opts.maxBytes);
    } else {
      return readError(path, 'not a regular file');
    }
  } catch (e) {
    return readError(path, e instanceof TooLarge ? e.message : systemReason(e));
  }
  const format = formatOf(path);
  return docFromBytes(path, bytes, { format, charset: format === 'html' || bytes[0] === 0x3c ? declaredCharset(bytes) : undefined });
}
