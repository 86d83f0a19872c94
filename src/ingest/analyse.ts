// One raw input → what the store keeps: the analysis, the compressed raw, the MinHash signature. Runs in a worker.
import { signatureOf } from '../cluster/index.ts';
import { processRaw } from '../pipeline.ts';
import { gzipText } from '../store/raw.ts';
import { headLiteral, searchLexemes, words } from '../store/search-key.ts';
import type { IngestDoc } from '../store/types.ts';
import type { ExtractedDoc, RawDoc } from '../types.ts';
import {
  type Additions,
  type AnalysedText,
  envelope,
  type Failure,
  hashOf,
  type IngestResult,
  type Task,
  type TaskResult,
} from './task.ts';

/** Wraps an analysed document with its compressed raw input, MinHash signature and search vectors. */
export function wrap(raw: RawDoc, doc: ExtractedDoc): IngestDoc {
  return { doc, ...additions(raw, doc) };
}

/** What the store keeps besides the analysis, made from the raw input and the analysis's title and text. */
export function additions(raw: RawDoc, { title, text }: AnalysedText): Additions {
  // The text's folded words serve both the MinHash shingles and the search lexemes.
  const ws = words(text);
  return {
    rawGz: gzipText(raw.raw),
    rawFormat: raw.format,
    rawMeta: envelope(raw),
    rawHash: hashOf(raw),
    signature: signatureOf(ws),
    searchVector: { lexemes: searchLexemes(title ?? '', text, ws), head: headLiteral(title ?? '', text) },
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
    const docs: IngestResult[] = [];
    for (const [index, raw] of task.raws.entries()) {
      try {
        const given = task.analysed?.[index];
        if (given) docs.push({ index, ...additions(raw, given) });
        else {
          const doc = analyse(raw);
          docs.push({ index, doc, ...additions(raw, doc) });
        }
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
