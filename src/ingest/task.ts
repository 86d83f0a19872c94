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

export type Task =
  /** analysed: the raws' analyses made by the caller (same order); the worker only adds what the store keeps. */
  { kind: 'ingest'; raws: RawDoc[]; analysed?: ExtractedDoc[] } | { kind: 'reanalyse'; items: Array<{ id: string; raw: RawDoc }> };

export type Failure = { source: string; reason: string };

export type TaskResult =
  | { kind: 'ingest'; docs: IngestDoc[]; failures: Failure[] }
  | { kind: 'reanalyse'; docs: Array<{ id: string; doc: ExtractedDoc }>; failures: Failure[] };
