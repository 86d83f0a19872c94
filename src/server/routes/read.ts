// Read routes: search, documents, claims, facts, conflicts, indicators, entities, events, clusters, stats.
import type { FastifyInstance } from 'fastify';
import taxonomy from '../../../data/indicators/taxonomy.json' with { type: 'json' };
import type { FactStatus, Store } from '../../store/types.ts';
import type { EntityType, EventType, Modality } from '../../types.ts';
import { notFound } from '../errors.ts';
import {
  claimsQuery,
  documentsQuery,
  entitiesQuery,
  errorResponses,
  eventsQuery,
  factsQuery,
  hexParams,
  idParams,
  page,
  searchQuery,
} from '../schemas.ts';

interface Paged {
  cursor?: string;
  limit?: number;
}
type Range = { from?: string; to?: string };
type SearchQs = Paged &
  Range & {
    q?: string;
    outlet?: string;
    entity?: string;
    indicator?: string;
    eventType?: EventType;
    cluster?: string;
    latestOnly?: boolean;
  };
type DocumentsQs = Paged & Range & { outlet?: string; latestOnly?: boolean };
type ClaimsQs = Paged &
  Range & { docId?: string; indicator?: string; subject?: string; factId?: string; modality?: Modality; includeRejected?: boolean };
type FactsQs = Paged & Range & { indicator?: string; subject?: string; status?: FactStatus[] };
type EntitiesQs = Paged & { type?: EntityType; q?: string };
type EventsQs = Paged & Range & { type?: EventType[]; actor?: string; docId?: string; cluster?: string; includeRejected?: boolean };
type IdParams = { id: string };

export function readRoutes(app: FastifyInstance, store: Store): void {
  app.get<{ Querystring: SearchQs }>(
    '/api/search',
    {
      schema: {
        tags: ['search'],
        summary: 'Tìm bài / search documents',
        description:
          'Full text, accent- and tone-style-insensitive ("viet nam" finds "Việt Nam", "hoa binh" finds "hoà bình" and "hòa bình"); ' +
          '"phrases", -excluded words, OR. Filters, facet counts, highlighted snippets, cursor pagination without a cap. ' +
          'Ranked by relevance (title and lead) among the 1,000 newest matches, which facets count (facetsSample); later pages ' +
          'follow publication date, newest first. total is exact up to about 20,000 matches, estimated beyond (totalExact: false).',
        querystring: searchQuery,
        response: {
          200: {
            type: 'object',
            properties: {
              hits: { type: 'array' },
              total: { type: 'integer' },
              totalExact: { type: 'boolean' },
              facetsSample: { type: 'integer' },
              facets: { type: 'object' },
              nextCursor: { type: ['string', 'null'] },
            },
          },
          ...errorResponses,
        },
      },
    },
    (req) => store.searchDocuments({ ...req.query, cursor: req.query.cursor ?? null }),
  );

  app.get<{ Querystring: DocumentsQs }>(
    '/api/documents',
    {
      schema: {
        tags: ['documents'],
        summary: 'Danh sách bài / list documents, newest first',
        querystring: documentsQuery,
        response: { 200: page('DocumentSummary'), ...errorResponses },
      },
    },
    (req) => store.listDocuments({ ...req.query, cursor: req.query.cursor ?? null }),
  );

  app.get<{ Params: IdParams }>(
    '/api/documents/:id',
    {
      schema: {
        tags: ['documents'],
        summary: 'Một bài / a document',
        description:
          'Cleaned text, removed parts with their reasons, claims, entities and events with spans [start, end) into the text, versions and near-duplicates.',
        params: hexParams,
        response: errorResponses,
      },
    },
    async (req) => {
      const doc = await store.getDocument(req.params.id);
      if (doc) return doc;
      // A short id (as `show` prints) resolves when it is unambiguous.
      if (req.params.id.length >= 6 && req.params.id.length < 16) {
        const found = await store.findDocuments(req.params.id, 2);
        if (found.length === 1 && found[0]) {
          const full = await store.getDocument(found[0].id);
          if (full) return full;
        }
      }
      throw notFound(`bài ${req.params.id}`, `document ${req.params.id}`);
    },
  );

  app.get<{ Params: IdParams }>(
    '/api/clusters/:id',
    {
      schema: {
        tags: ['documents'],
        summary: 'Nhóm bài gần trùng / a near-duplicate cluster',
        params: hexParams,
        response: errorResponses,
      },
    },
    async (req) => (await store.getCluster(req.params.id)) ?? Promise.reject(notFound(`nhóm ${req.params.id}`, `cluster ${req.params.id}`)),
  );

  app.get<{ Querystring: ClaimsQs }>(
    '/api/claims',
    {
      schema: {
        tags: ['claims'],
        summary: 'Số liệu / claims',
        querystring: claimsQuery,
        response: { 200: page('Claim'), ...errorResponses },
      },
    },
    (req) => store.claimsFor({ ...req.query, cursor: req.query.cursor ?? null }),
  );

  app.get<{ Params: IdParams }>(
    '/api/claims/:id',
    {
      schema: {
        tags: ['claims'],
        summary: 'Một số liệu và lịch sử duyệt / a claim with its review history',
        params: hexParams,
        response: errorResponses,
      },
    },
    async (req) =>
      (await store.claimHistory(req.params.id)) ?? Promise.reject(notFound(`số liệu ${req.params.id}`, `claim ${req.params.id}`)),
  );

  app.get<{ Querystring: FactsQs }>(
    '/api/facts',
    {
      schema: {
        tags: ['facts'],
        summary: 'Dữ kiện theo chỉ số và chủ thể / facts per indicator and subject over time',
        querystring: factsQuery,
        response: { 200: page('Fact'), ...errorResponses },
      },
    },
    (req) => store.listFacts({ ...req.query, cursor: req.query.cursor ?? null }),
  );

  app.get<{ Params: IdParams }>(
    '/api/facts/:id',
    {
      schema: {
        tags: ['facts'],
        summary: 'Một dữ kiện / a fact with all its claims and the explanation',
        params: hexParams,
        response: { 200: { $ref: 'Fact#' }, ...errorResponses },
      },
    },
    async (req) => (await store.getFact(req.params.id)) ?? Promise.reject(notFound(`dữ kiện ${req.params.id}`, `fact ${req.params.id}`)),
  );

  app.get<{ Querystring: FactsQs }>(
    '/api/conflicts',
    {
      schema: {
        tags: ['facts'],
        summary: 'Số liệu khác nhau / facts whose claims differ, conflicting first',
        querystring: factsQuery,
        response: { 200: page('Fact'), ...errorResponses },
      },
    },
    (req) => store.listConflicts({ ...req.query, cursor: req.query.cursor ?? null }),
  );

  app.get('/api/indicators', { schema: { tags: ['facts'], summary: 'Các chỉ số / indicators with claim and fact counts' } }, () =>
    store.indicators(),
  );

  app.get<{ Querystring: EntitiesQs }>(
    '/api/entities',
    {
      schema: { tags: ['entities'], summary: 'Quốc gia, tổ chức, người / entities', querystring: entitiesQuery, response: errorResponses },
    },
    (req) => store.listEntities({ ...req.query, cursor: req.query.cursor ?? null }),
  );

  app.get<{ Params: IdParams }>(
    '/api/entities/:id',
    {
      schema: {
        tags: ['entities'],
        summary: 'Trang một quốc gia hoặc tổ chức / an entity page',
        description: 'Mentions over time, documents, events it takes part in, claims about it, related entities.',
        params: idParams,
        response: errorResponses,
      },
    },
    async (req) =>
      (await store.getEntity(req.params.id)) ?? Promise.reject(notFound(`thực thể ${req.params.id}`, `entity ${req.params.id}`)),
  );

  app.get<{ Querystring: EventsQs }>(
    '/api/events',
    {
      schema: {
        tags: ['events'],
        summary: 'Sự kiện / events by type, actor and date range',
        querystring: eventsQuery,
        response: { 200: page('Event'), ...errorResponses },
      },
    },
    (req) => {
      const { cluster, ...q } = req.query;
      return store.events({ ...q, ...(cluster ? { clusterId: cluster } : {}), cursor: q.cursor ?? null });
    },
  );

  // Labels for indicator keys and their pillars, in both languages (the web app's legend).
  const labels = {
    pillars: taxonomy.pillars as Record<string, { vi: string; en: string }>,
    indicators: (taxonomy.indicators as Array<{ key: string; pillar: string; label: { vi: string; en: string } }>).map((i) => ({
      key: i.key,
      pillar: i.pillar,
      label: i.label,
    })),
  };
  app.get('/api/taxonomy', { schema: { tags: ['facts'], summary: 'Nhãn chỉ số / indicator labels (vi, en) and pillars' } }, () => labels);

  app.get('/api/stats', { schema: { tags: ['meta'], summary: 'Thống kê kho / store statistics' } }, () => store.stats());
}
