// What the main thread and the analysis workers exchange, and the light helpers both need (no pipeline import here,
// so the main thread starts fast).
import { rawHash } from '../store/raw.ts';
import type { IngestDoc } from '../store/types.ts';
import type { ExtractedDoc, RawDoc } from '../types.ts';

/** How a RawDoc's metadata is kept beside its compressed text, so `reanalyse` can rebuild it. */
export interface RawEnvelope {
  meta: RawDoc['meta'];
  encoding?: string;
}

export function envelope(raw: RawDoc): Record<string, unknown> {
  const env: RawEnvelope = { meta: raw.meta, ...(raw.encoding ? { encoding: raw.encoding } : {}) };
  return env as unknown as Record<string, unknown>;
}

export function hashOf(raw: RawDoc): string {
  return rawHash(raw.raw, raw.format, raw.meta);
}

/** A stored raw input back into the RawDoc the readers made. */
export function unwrapRaw(source: string, format: 'text' | 'html', raw: string, meta: Record<string, unknown>): RawDoc {
  const env = meta as unknown as RawEnvelope;
  return { source, format, raw, meta: env.meta ?? {}, ...(env.encoding ? { encoding: env.encoding } : {}) };
}

/** What the store keeps besides the analysis: the compressed raw, the MinHash signature, the search vectors. */
export type Additions = Omit<IngestDoc, 'doc'>;

/** The parts of an analysis the additions are made from. */
export type AnalysedText = Pick<ExtractedDoc, 'title' | 'text'>;

export type Task =
  /** analysed: the title and text of the caller's analyses of the raws (same order): the worker only makes the
   * additions, and the analyses stay on the caller's thread instead of crossing to the worker and back. */
  { kind: 'ingest'; raws: RawDoc[]; analysed?: AnalysedText[] } | { kind: 'reanalyse'; items: Array<{ id: string; raw: RawDoc }> };

export type Failure = { source: string; reason: string };

/** A worker's answer for raws[index]: the analysis comes back only when the worker made it. */
export type IngestResult = Additions & { index: number; doc?: ExtractedDoc };

export type TaskResult =
  | { kind: 'ingest'; docs: IngestResult[]; failures: Failure[] }
  | { kind: 'reanalyse'; docs: Array<{ id: string; doc: ExtractedDoc }>; failures: Failure[] };
