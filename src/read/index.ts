// Readers: turn inputs (files, directories, JSONL, HTML, stdin, URLs) into RawDocs. STUB — replaced by the readers work.
import { readFile } from 'node:fs/promises';
import type { RawDoc, ReadError } from '../types.ts';

export interface ReadOptions {
  /** Largest input accepted, in bytes. */
  maxBytes: number;
  /** Time limit for a URL fetch, in ms. */
  timeoutMs: number;
}

export const defaultReadOptions: ReadOptions = { maxBytes: 50 * 1024 * 1024, timeoutMs: 15000 };

export async function* readInputs(inputs: string[], _opts: Partial<ReadOptions> = {}): AsyncGenerator<RawDoc | ReadError> {
  for (const source of inputs) {
    try {
      yield { source, format: 'text', raw: await readFile(source, 'utf8'), meta: {} };
    } catch (e) {
      yield { source, reason: (e as Error).message };
    }
  }
}

export function isReadError(x: RawDoc | ReadError): x is ReadError {
  return 'reason' in x;
}
