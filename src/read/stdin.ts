// The input "-": all of standard input, HTML or text recognised from the content.
import type { RawDoc, ReadError } from '../types.ts';
import { docFromBytes, readError } from './doc.ts';
import { declaredCharset } from './html/sniff.ts';
import type { ReadOptions } from './options.ts';
import { readCapped } from './stream.ts';

export async function readStdin(opts: ReadOptions): Promise<RawDoc | ReadError> {
  let bytes: Buffer;
  try {
    bytes = await readCapped(opts.stdin ?? process.stdin, opts.maxBytes);
  } catch (e) {
    return readError('-', (e as Error).message);
  }
  return docFromBytes('-', bytes, { charset: declaredCharset(bytes) });
}
