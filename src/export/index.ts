// Exports: documents, claims, facts, events and entities, filtered like the API, paged out of the store with its
// cursors and written as they come (CSV, JSONL, XLSX).
import type { Writable } from 'node:stream';
import { pages } from '../report/model.ts';
import type { ClaimFilter, EntityFilter, EventFilter, FactFilter, Store, StoredClaim } from '../store/types.ts';
import { COLUMNS, EXPORT_KINDS, type ExportKind } from './columns.ts';
import { EXPORT_FORMATS, EXPORT_MIME, type ExportFormat, rowWriter, writeAll } from './writers.ts';

export { COLUMNS, EXPORT_FORMATS, EXPORT_KINDS, EXPORT_MIME, type ExportFormat, type ExportKind };

export interface DocumentExportFilter {
  from?: string;
  to?: string;
  outlet?: string;
  latestOnly?: boolean;
}

export type ExportFilter = {
  documents: DocumentExportFilter;
  claims: Omit<ClaimFilter, 'limit' | 'cursor'>;
  facts: Omit<FactFilter, 'limit' | 'cursor'>;
  events: Omit<EventFilter, 'limit' | 'cursor'>;
  entities: Omit<EntityFilter, 'limit' | 'cursor'>;
};

/** Page size asked of the store: the largest each query allows. */
const PAGE: Record<ExportKind, number> = { documents: 1000, claims: 5000, facts: 5000, events: 1000, entities: 1000 };

/** Every matching item, one store page at a time. */
export function exportPages<K extends ExportKind>(store: Store, kind: K, filter: ExportFilter[K]): AsyncGenerator<unknown[]> {
  const limit = PAGE[kind];
  switch (kind) {
    case 'documents':
      return pages((cursor) => store.listDocuments({ ...(filter as DocumentExportFilter), limit, cursor }));
    case 'claims':
      return claimPages(store, filter as ExportFilter['claims'], limit);
    case 'facts':
      return pages((cursor) => store.listFacts({ ...(filter as ExportFilter['facts']), limit, cursor }));
    case 'events':
      return pages((cursor) => store.events({ ...(filter as ExportFilter['events']), limit, cursor }));
    default:
      return pages((cursor) => store.listEntities({ ...(filter as ExportFilter['entities']), limit, cursor }));
  }
}

/** Streams rows to `out` in the format; resolves with the row count once written (`out` is not ended). */
export function writeRows(kind: ExportKind, format: ExportFormat, rows: AsyncIterable<unknown[]>, out: Writable): Promise<number> {
  return writeAll(rows as AsyncIterable<never[]>, rowWriter(format, out, COLUMNS[kind], kind));
}

export function exportToStream<K extends ExportKind>(
  store: Store,
  kind: K,
  format: ExportFormat,
  filter: ExportFilter[K],
  out: Writable,
): Promise<number> {
  return writeRows(kind, format, exportPages(store, kind, filter), out);
}

/**
 * Claims page by page. The store's cursors are offsets, so each page of a large result costs more than the last;
 * a result larger than one page is walked document by document instead (each document's claims come by the doc_id
 * index), which keeps every query small. Rows then come in document order (newest first), not in claim-id order.
 */
export async function* claimPages(store: Store, filter: ExportFilter['claims'], limit = PAGE.claims): AsyncGenerator<StoredClaim[]> {
  const first = await store.claimsFor({ ...filter, limit, cursor: null });
  if (!first.nextCursor || filter.docId || filter.factId) {
    if (first.items.length) yield first.items;
    if (first.nextCursor) yield* pages((cursor) => store.claimsFor({ ...filter, limit, cursor }), first.nextCursor);
    return;
  }
  let batch: StoredClaim[] = [];
  for await (const docs of pages((cursor) => store.listDocuments({ latestOnly: false, limit: 1000, cursor }))) {
    for (const d of docs) {
      for await (const items of pages((cursor) => store.claimsFor({ ...filter, docId: d.id, limit, cursor }))) {
        batch.push(...items);
        if (batch.length >= limit) {
          yield batch;
          batch = [];
        }
      }
    }
  }
  if (batch.length) yield batch;
}
