// One raw input → what the store keeps: the analysis, the compressed raw, the MinHash signature. Runs in a worker.
import { signatureOf } from '../cluster/index.ts';
import { processRaw } from '../pipeline.ts';
import { gzipText } from '../store/raw.ts';
import { headLiteral, searchLexemes, words } from '../store/search-key.ts';
import type { IngestDoc } from '../store/types.ts';
import type { ExtractedDoc, RawDoc } from '../types.ts';
import { envelope, type Failure, hashOf, type Task, type TaskResult } from './task.ts';

/** Wraps an analysed document with its compressed raw input and MinHash signature. */
export function wrap(raw: RawDoc, doc: ExtractedDoc): IngestDoc {
  // The text's folded words serve both the MinHash shingles and the search lexemes.
  const ws = words(doc.text);
  return {
    doc,
    rawGz: gzipText(raw.raw),
    rawFormat: raw.format,
    rawMeta: envelope(raw),
    rawHash: hashOf(raw),
    signature: signatureOf(ws),
    searchVector: { lexemes: searchLexemes(doc.title ?? '', doc.text, ws), head: headLiteral(doc.title ?? '', doc.text) },
  };
}

export function prepare(raw: RawDoc): IngestDoc {
  return wrap(raw, processRaw(raw));
}

export function runTask(task: Task, analyse: (raw: RawDoc) => ExtractedDoc = processRaw): TaskResult {
  const failures: Failure[] = [];
  const failed = (source: string, e: unknown) =>
    failures.push({ source, reason: `phân tích thất bại / analysis failed: ${(e as Error).message}` });
  if (task.kind === 'ingest') {
    const docs: IngestDoc[] = [];
    for (const [i, raw] of task.raws.entries()) {
      try {
        docs.push(wrap(raw, task.analysed?.[i] ?? analyse(raw)));
      } catch (e) {
        failed(raw.source, e);
      }
    }
    return { kind: 'ingest', docs, failures };
  }
  const docs: Array<{ id: string; doc: ExtractedDoc }> = [];
  for (const { id, raw } of task.items) {
    try {
      docs.push({ id, doc: analyse(raw) });
    } catch (e) {
      failed(raw.source, e);
    }
  }
  return { kind: 'reanalyse', docs, failures };
}
