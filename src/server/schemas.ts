// JSON schemas: inputs are validated by them, and they describe the API in OpenAPI (/api/docs). Responses are
// documented here but serialised with JSON.stringify, so a field the schema does not list is never silently dropped.
import type { FastifyInstance } from 'fastify';

const EVENT_TYPES = ['visit', 'phone_call', 'talks', 'agreement_signed', 'relation_upgrade', 'conference', 'elected'] as const;
const FACT_STATUSES = ['consistent', 'differs_in_time', 'differs_in_scope', 'forecast_vs_actual', 'conflicting'] as const;

const id = { type: 'string', minLength: 1, maxLength: 200 } as const;
const hexId = { type: 'string', pattern: '^[0-9a-f]{4,64}$' } as const;
const dateOrYear = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$', description: 'YYYY, YYYY-MM or YYYY-MM-DD' } as const;
const cursor = { type: 'string', maxLength: 200, description: 'nextCursor of the previous page' } as const;
const bool = { type: 'boolean' } as const;

export const searchQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    q: { type: 'string', maxLength: 1000, description: 'words, "phrases", -excluded, OR; accent- and tone-insensitive' },
    from: dateOrYear,
    to: dateOrYear,
    outlet: { type: 'string', maxLength: 200 },
    entity: { type: 'string', maxLength: 200 },
    indicator: { type: 'string', maxLength: 200 },
    eventType: { type: 'string', enum: EVENT_TYPES },
    cluster: { type: 'string', maxLength: 64 },
    latestOnly: bool,
    cursor,
    limit: { type: 'integer', minimum: 1, maximum: 200, default: 20 },
  },
} as const;

export const documentsQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    from: dateOrYear,
    to: dateOrYear,
    outlet: { type: 'string', maxLength: 200 },
    latestOnly: bool,
    cursor,
    limit: { type: 'integer', minimum: 1, maximum: 1000 },
  },
} as const;

export const claimsQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    docId: hexId,
    indicator: { type: 'string', maxLength: 200 },
    subject: { type: 'string', maxLength: 64 },
    from: dateOrYear,
    to: dateOrYear,
    factId: hexId,
    modality: { type: 'string', enum: ['actual', 'forecast', 'target'] },
    includeRejected: bool,
    cursor,
    limit: { type: 'integer', minimum: 1, maximum: 5000 },
  },
} as const;

export const factsQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    indicator: { type: 'string', maxLength: 200, description: "a key, or a prefix ending in '.' or '*'" },
    subject: { type: 'string', maxLength: 64 },
    from: dateOrYear,
    to: dateOrYear,
    status: { type: 'array', items: { type: 'string', enum: FACT_STATUSES }, maxItems: 5 },
    cursor,
    limit: { type: 'integer', minimum: 1, maximum: 5000 },
  },
} as const;

export const entitiesQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    type: { type: 'string', enum: ['country', 'org', 'person'] },
    q: { type: 'string', maxLength: 200 },
    cursor,
    limit: { type: 'integer', minimum: 1, maximum: 1000 },
  },
} as const;

export const eventsQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    type: { type: 'array', items: { type: 'string', enum: EVENT_TYPES }, maxItems: 7 },
    actor: { type: 'string', maxLength: 200 },
    from: dateOrYear,
    to: dateOrYear,
    docId: hexId,
    cluster: { type: 'string', maxLength: 64 },
    includeRejected: bool,
    cursor,
    limit: { type: 'integer', minimum: 1, maximum: 1000 },
  },
} as const;

export const idParams = { type: 'object', required: ['id'], additionalProperties: false, properties: { id } } as const;
export const hexParams = { type: 'object', required: ['id'], additionalProperties: false, properties: { id: hexId } } as const;

export const reviewBody = {
  type: 'object',
  required: ['target', 'action', 'reason'],
  additionalProperties: false,
  properties: {
    target: {
      type: 'object',
      required: ['kind', 'id'],
      additionalProperties: false,
      properties: { kind: { type: 'string', enum: ['claim', 'event'] }, id: hexId },
    },
    action: { type: 'string', enum: ['accept', 'reject', 'correct'] },
    reason: { type: 'string', minLength: 1, maxLength: 2000 },
    value: { type: ['number', 'null'] },
    valueMax: { type: ['number', 'null'] },
    fields: { type: 'object', maxProperties: 20 },
  },
} as const;

export const reviewsQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { kind: { type: 'string', enum: ['claim', 'event'] }, id: hexId, limit: { type: 'integer', minimum: 1, maximum: 1000 } },
} as const;

const article = {
  type: 'object',
  additionalProperties: true,
  properties: {
    text: { type: 'string' },
    html: { type: 'string' },
    title: { type: 'string', maxLength: 2000 },
    url: { type: 'string', maxLength: 4000 },
    date: { type: 'string', maxLength: 100 },
    outlet: { type: 'string', maxLength: 500 },
    author: { type: 'string', maxLength: 500 },
    source: { type: 'string', maxLength: 1000 },
  },
  anyOf: [{ required: ['text'] }, { required: ['html'] }],
} as const;

export const ingestBody = {
  type: 'object',
  required: ['documents'],
  additionalProperties: false,
  properties: { documents: { type: 'array', minItems: 1, maxItems: 10000, items: article } },
  description:
    'JSON: {documents:[{text|html, title?, url?, date?, outlet?, author?, source?}]}. Also accepted as a raw body: text/plain, text/html, application/x-ndjson (JSONL).',
} as const;

export const ingestQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    source: { type: 'string', maxLength: 1000, description: 'name the upload is stored under' },
    title: { type: 'string', maxLength: 2000 },
    url: { type: 'string', maxLength: 4000 },
    date: { type: 'string', maxLength: 100 },
    outlet: { type: 'string', maxLength: 500 },
  },
} as const;

export const ingestUrlBody = {
  type: 'object',
  required: ['urls'],
  additionalProperties: false,
  properties: { urls: { type: 'array', minItems: 1, maxItems: 1000, items: { type: 'string', pattern: '^https?://', maxLength: 4000 } } },
} as const;

export const jobParams = {
  type: 'object',
  required: ['id'],
  additionalProperties: false,
  properties: { id: { type: 'string', pattern: '^[0-9a-f]{16}$' } },
} as const;

// ───────────── responses (documentation) ─────────────

const nullableString = { type: ['string', 'null'] } as const;
const published = {
  type: 'object',
  properties: { date: nullableString, basis: { type: 'string' }, notBefore: nullableString, time: nullableString },
} as const;

export function addSharedSchemas(app: FastifyInstance): void {
  app.addSchema({
    $id: 'Error',
    type: 'object',
    properties: { error: { type: 'string', description: 'stable code' }, message: { type: 'string', description: 'Vietnamese / English' } },
  });
  app.addSchema({
    $id: 'DocumentSummary',
    type: 'object',
    properties: {
      id: { type: 'string' },
      source: { type: 'string' },
      title: nullableString,
      outlet: nullableString,
      url: nullableString,
      published,
      ingestedAt: { type: 'string' },
      clusterId: nullableString,
      clusterSize: { type: 'integer' },
      supersededBy: nullableString,
      spun: { type: 'number' },
    },
  });
  app.addSchema({
    $id: 'Claim',
    type: 'object',
    description: 'A quantitative statement with its span [start, end) in the document text and the rule that found it.',
    properties: {
      id: { type: 'string' },
      docId: { type: 'string' },
      text: { type: 'string' },
      start: { type: 'integer' },
      end: { type: 'integer' },
      value: { type: 'number' },
      valueMax: { type: ['number', 'null'] },
      unit: { type: 'string' },
      qualifier: { type: 'string' },
      modality: { type: 'string' },
      indicator: nullableString,
      subject: nullableString,
      asOf: nullableString,
      rule: { type: 'string' },
      review: { type: ['object', 'null'] },
    },
  });
  app.addSchema({
    $id: 'Event',
    type: 'object',
    properties: {
      id: { type: 'string' },
      docId: { type: 'string' },
      type: { type: 'string', enum: [...EVENT_TYPES] },
      actors: { type: 'array', items: { type: 'string' } },
      date: { type: ['object', 'null'] },
      place: nullableString,
      text: { type: 'string' },
      start: { type: 'integer' },
      end: { type: 'integer' },
      rule: { type: 'string' },
    },
  });
  app.addSchema({
    $id: 'Fact',
    type: 'object',
    description: 'One indicator for one subject and period: all its claims, a best value, a status and an explanation.',
    properties: {
      id: { type: 'string' },
      indicator: { type: 'string' },
      subject: nullableString,
      year: { type: ['integer', 'null'] },
      unit: { type: 'string' },
      status: { type: 'string', enum: [...FACT_STATUSES] },
      reasons: { type: 'array', items: { type: 'string' } },
      best: { type: ['object', 'null'] },
      range: { type: ['object', 'null'] },
      explanation: { type: 'object', properties: { vi: { type: 'string' }, en: { type: 'string' } } },
      claims: { type: 'array', items: { type: 'object' } },
      sources: { type: 'integer' },
    },
  });
  app.addSchema({
    $id: 'Job',
    type: 'object',
    properties: {
      id: { type: 'string' },
      kind: { type: 'string', enum: ['upload', 'url'] },
      state: { type: 'string', enum: ['queued', 'running', 'done', 'failed'] },
      total: { type: ['integer', 'null'] },
      counts: { type: 'object' },
      documents: { type: 'array', items: { type: 'object' } },
      failures: { type: 'array', items: { type: 'object' } },
      facts: { type: 'integer' },
      error: nullableString,
    },
  });
}

export const page = (item: string) => ({
  type: 'object',
  properties: { items: { type: 'array', items: { $ref: `${item}#` } }, nextCursor: nullableString },
});

export const errorResponses = {
  400: { $ref: 'Error#' },
  401: { $ref: 'Error#' },
  404: { $ref: 'Error#' },
  429: { $ref: 'Error#' },
} as const;
