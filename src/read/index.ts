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

type Item = RawDoc | ReadError;
/** One document being read already, or a stream of documents (JSONL) started only when its turn comes. */
type Job = { source: string; one: Promise<Item> } | { source: string; many: () => AsyncGenerator<Item> };

const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);
/** Documents read ahead while the caller works on the current one: overlaps file and network waits with cleaning. */
const READ_AHEAD = 8;

function one(source: string, read: () => Promise<Item>): Job {
  // A reader bug must not end the batch: report it against the input and go on.
  return { source, one: read().catch((e: unknown) => readError(source, `read failed: ${(e as Error).message ?? String(e)}`)) };
}

function pathJob(path: string, opts: ReadOptions): Job {
  if (JSONL_EXTENSIONS.has(extname(path).toLowerCase())) return { source: path, many: () => readJsonl(path, opts) };
  return one(path, () => readFileDoc(path, opts));
}

async function* jobsFor(input: string, opts: ReadOptions): AsyncGenerator<Job> {
  if (input === '-') {
    yield one(input, () => readStdin(opts));
    return;
  }
  if (isUrl(input)) {
    yield one(input, () => readUrl(input, opts));
    return;
  }
  let isDir: boolean;
  try {
    isDir = (await stat(input)).isDirectory();
  } catch (e) {
    yield one(input, async () => readError(input, systemReason(e)));
    return;
  }
  if (!isDir) {
    yield pathJob(input, opts);
    return;
  }
  let files = 0;
  for await (const entry of walkDir(input, opts.extensions, opts.skipNames)) {
    if (typeof entry !== 'string') {
      yield one(entry.source, async () => entry);
      continue;
    }
    files++;
    yield pathJob(entry, opts);
  }
  if (files === 0) yield one(input, async () => readError(input, `no readable files (${opts.extensions.join(' ')}) in this directory`));
}

async function* allJobs(inputs: string[], opts: ReadOptions): AsyncGenerator<Job> {
  for (const input of inputs) {
    try {
      yield* jobsFor(input, opts);
    } catch (e) {
      yield one(input, async () => readError(input, `read failed: ${(e as Error).message ?? String(e)}`));
    }
  }
}

async function* finish(job: Job): AsyncGenerator<Item> {
  if ('one' in job) {
    yield await job.one;
    return;
  }
  try {
    yield* job.many();
  } catch (e) {
    yield readError(job.source, `read failed: ${(e as Error).message ?? String(e)}`);
  }
}

/** Every document of every input, in input order (directories sorted), reading a few ahead. */
export async function* readInputs(inputs: string[], options: Partial<ReadOptions> = {}): AsyncGenerator<Item> {
  const opts = resolveOptions(options);
  const queue: Job[] = [];
  for await (const job of allJobs(inputs, opts)) {
    queue.push(job);
    while (queue.length > READ_AHEAD || (queue.length && 'many' in (queue[0] as Job))) yield* finish(queue.shift() as Job);
  }
  while (queue.length) yield* finish(queue.shift() as Job);
}

export function isReadError(x: RawDoc | ReadError): x is ReadError {
  return 'reason' in x;
}
