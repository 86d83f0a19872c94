// Exports: documents, claims, facts, events and entities, filtered like the API, paged out of the store with its
// cursors and written as they come (CSV, JSONL, XLSX).
import type { Writable } from 'node:stream';
import { pages } from '../report/model.ts';
import type { ClaimFilter, EntityFilter, EventFilter, FactFilter, Store } from '../store/types.ts';
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
      return pages((cursor) => store.claimsFor({ ...(filter as ExportFilter['claims']), limit, cursor }));
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
