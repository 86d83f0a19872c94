// Readers: turn inputs (files, directories, JSONL, HTML, stdin, URLs) into RawDocs; a bad input becomes a ReadError and the batch goes on.
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { RawDoc, ReadError } from '../types.ts';
import { walkDir } from './dir.ts';
import { readError } from './doc.ts';
import { readFileDoc } from './files.ts';
import { readJsonl } from './jsonl.ts';
import { type ReadOptions, resolveOptions } from './options.ts';
import { readStdin } from './stdin.ts';
import { systemReason } from './stream.ts';
import { isUrl, readUrl } from './url.ts';

export { defaultReadOptions, type ReadOptions } from './options.ts';

const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);

async function* readPath(path: string, opts: ReadOptions): AsyncGenerator<RawDoc | ReadError> {
  if (JSONL_EXTENSIONS.has(extname(path).toLowerCase())) yield* readJsonl(path, opts);
  else yield await readFileDoc(path, opts);
}

async function* readDirectory(dir: string, opts: ReadOptions): AsyncGenerator<RawDoc | ReadError> {
  let files = 0;
  for await (const entry of walkDir(dir, opts.extensions)) {
    if (typeof entry !== 'string') {
      yield entry;
      continue;
    }
    files++;
    yield* readPath(entry, opts);
  }
  if (files === 0) yield readError(dir, `no readable files (${opts.extensions.join(' ')}) in this directory`);
}

export async function* readInputs(inputs: string[], options: Partial<ReadOptions> = {}): AsyncGenerator<RawDoc | ReadError> {
  const opts = resolveOptions(options);
  for (const input of inputs) {
    try {
      yield* readInput(input, opts);
    } catch (e) {
      // A reader bug must not end the batch: report it against the input and go on.
      yield readError(input, `read failed: ${(e as Error).message ?? String(e)}`);
    }
  }
}

async function* readInput(input: string, opts: ReadOptions): AsyncGenerator<RawDoc | ReadError> {
  if (input === '-') {
    yield await readStdin(opts);
    return;
  }
  if (isUrl(input)) {
    yield await readUrl(input, opts);
    return;
  }
  let isDir: boolean;
  try {
    isDir = (await stat(input)).isDirectory();
  } catch (e) {
    yield readError(input, systemReason(e));
    return;
  }
  yield* isDir ? readDirectory(input, opts) : readPath(input, opts);
}

export function isReadError(x: RawDoc | ReadError): x is ReadError {
  return 'reason' in x;
}
