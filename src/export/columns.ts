// Flat columns per exported kind, for CSV and XLSX (JSONL writes the whole object). One row per item.
import type { DocumentSummary, EntitySummary, Fact, StoredClaim, StoredEvent } from '../store/types.ts';

export const EXPORT_KINDS = ['documents', 'claims', 'facts', 'events', 'entities'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export type Cell = string | number | boolean | null;

export interface Columns<T> {
  names: string[];
  row(item: T): Cell[];
}

const list = (xs: readonly string[] | null | undefined) => (xs ?? []).join(';');

export const documentColumns: Columns<DocumentSummary> = {
  names: [
    'id',
    'source',
    'title',
    'outlet',
    'url',
    'published',
    'publishedBasis',
    'ingestedAt',
    'clusterId',
    'clusterSize',
    'supersededBy',
    'spun',
  ],
  row: (d) => [
    d.id,
    d.source,
    d.title,
    d.outlet,
    d.url,
    d.published.date,
    d.published.basis,
    d.ingestedAt,
    d.clusterId,
    d.clusterSize,
    d.supersededBy,
    d.spun,
  ],
};

export const claimColumns: Columns<StoredClaim> = {
  names: [
    'id',
    'docId',
    'indicator',
    'subject',
    'value',
    'valueMax',
    'unit',
    'counted',
    'qualifier',
    'modality',
    'change',
    'periodStart',
    'periodEnd',
    'asOf',
    'text',
    'start',
    'end',
    'sentence',
    'rule',
    'extractor',
    'reviewAction',
    'reviewer',
    'reviewedValue',
  ],
  row: (c) => [
    c.id,
    c.docId,
    c.indicator ?? null,
    c.subject ?? null,
    c.value,
    c.valueMax ?? null,
    c.unit,
    c.counted ?? null,
    c.qualifier,
    c.modality,
    c.change ?? false,
    c.period?.start ?? null,
    c.period?.end ?? null,
    c.asOf ?? null,
    c.text,
    c.start,
    c.end,
    c.sentenceText ?? null,
    c.rule,
    c.extractor,
    c.review?.action ?? null,
    c.review?.reviewer ?? null,
    c.review?.value ?? null,
  ],
};

export const factColumns: Columns<Fact> = {
  names: [
    'id',
    'indicator',
    'subject',
    'year',
    'periodStart',
    'periodEnd',
    'unit',
    'status',
    'reasons',
    'bestValue',
    'bestValueMax',
    'bestQualifier',
    'bestBasis',
    'rangeMin',
    'rangeMax',
    'sources',
    'claimCount',
    'claimIds',
    'explanationVi',
    'explanationEn',
  ],
  row: (f) => [
    f.id,
    f.indicator,
    f.subject,
    f.year,
    f.period?.start ?? null,
    f.period?.end ?? null,
    f.unit,
    f.status,
    list(f.reasons),
    f.best?.value ?? null,
    f.best?.valueMax ?? null,
    f.best?.qualifier ?? null,
    f.best?.basis ?? null,
    f.range?.min ?? null,
    f.range?.max ?? null,
    f.sources,
    f.claims.length,
    list(f.claims.map((c) => c.claimId)),
    f.explanation.vi,
    f.explanation.en,
  ],
};

export const eventColumns: Columns<StoredEvent> = {
  names: [
    'id',
    'docId',
    'type',
    'actors',
    'dateStart',
    'dateEnd',
    'place',
    'text',
    'start',
    'end',
    'rule',
    'extractor',
    'reviewAction',
    'reviewer',
  ],
  row: (e) => [
    e.id,
    e.docId,
    e.type,
    list(e.actors),
    e.date?.start ?? null,
    e.date?.end ?? null,
    e.place ?? null,
    e.text,
    e.start,
    e.end,
    e.rule,
    e.extractor,
    e.review?.action ?? null,
    e.review?.reviewer ?? null,
  ],
};

export const entityColumns: Columns<EntitySummary> = {
  names: ['id', 'type', 'name', 'title', 'aliases', 'documentCount', 'mentionCount'],
  row: (e) => [e.id, e.type, e.name, e.title, list(e.aliases), e.documentCount, e.mentionCount],
};

export const COLUMNS: Record<ExportKind, Columns<never>> = {
  documents: documentColumns as Columns<never>,
  claims: claimColumns as Columns<never>,
  facts: factColumns as Columns<never>,
  events: eventColumns as Columns<never>,
  entities: entityColumns as Columns<never>,
};
