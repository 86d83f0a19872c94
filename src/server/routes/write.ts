// Write routes (a bearer token each): reviews, ingest by upload or URL, and the progress of ingest jobs.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { readInputs } from '../../read/index.ts';
import type { Review, ReviewAction, ReviewTarget, Store } from '../../store/types.ts';
import type { RawDoc, ReadError } from '../../types.ts';
import { requireToken } from '../auth.ts';
import { badRequest, notFound } from '../errors.ts';
import type { JobRunner } from '../jobs.ts';
import { errorResponses, ingestBody, ingestQuery, ingestUrlBody, jobParams, reviewBody, reviewsQuery } from '../schemas.ts';
import type { TokenRecord, TokenStore } from '../tokens.ts';
import { iterate, parseDocuments, parseUpload, type UploadKind, type UploadMeta } from '../upload.ts';

interface ReviewBody {
  target: ReviewTarget;
  action: ReviewAction;
  reason: string;
  value?: number | null;
  valueMax?: number | null;
  fields?: Record<string, unknown>;
}

const security = [{ bearer: [] }];

export interface WriteOptions {
  /** Largest upload body in bytes. */
  uploadLimit: number;
  /** Time limit per URL fetch, ms. */
  urlTimeoutMs: number;
}

export function writeRoutes(app: FastifyInstance, store: Store, tokens: TokenStore, jobs: JobRunner, opts: WriteOptions): void {
  // The token is checked before the body is parsed or validated: an anonymous caller learns nothing about the input.
  const holders = new WeakMap<FastifyRequest, TokenRecord>();
  const writer = async (req: FastifyRequest) => {
    holders.set(req, requireToken(req, tokens));
  };
  const holder = (req: FastifyRequest) => holders.get(req) ?? requireToken(req, tokens);

  app.get('/api/me', { schema: { tags: ['reviews'], summary: 'Token đang dùng / who the bearer token belongs to', security } }, (req) => {
    const t = requireToken(req, tokens);
    return { id: t.id, name: t.name };
  });

  app.post<{ Body: ReviewBody }>(
    '/api/reviews',
    {
      schema: {
        tags: ['reviews'],
        summary: 'Duyệt một số liệu hoặc sự kiện / accept, reject or correct a claim or event',
        description: 'The reviewer is the token holder. A review never overwrites the machine output; facts are recomputed.',
        body: reviewBody,
        security,
        response: errorResponses,
      },
      config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
      onRequest: writer,
    },
    async (req, reply) => {
      const t = holder(req);
      const b = req.body;
      if (b.action === 'correct' && b.value == null && b.valueMax == null && !b.fields) {
        throw badRequest('sửa cần value, valueMax hoặc fields / correct needs value, valueMax or fields');
      }
      if (b.action !== 'correct' && (b.value != null || b.valueMax != null || b.fields)) {
        throw badRequest('value, valueMax và fields chỉ đi với correct / value, valueMax and fields only go with correct');
      }
      let review: Review;
      try {
        review = await store.addReview({
          target: b.target,
          action: b.action,
          reason: b.reason,
          reviewer: t.name,
          ...(b.value != null ? { value: b.value } : {}),
          ...(b.valueMax != null ? { valueMax: b.valueMax } : {}),
          ...(b.fields ? { fields: b.fields } : {}),
        });
      } catch (e) {
        // The store refuses unknown targets with a "not found" message.
        if (/not found/i.test((e as Error).message))
          throw notFound(`${b.target.kind === 'claim' ? 'số liệu' : 'sự kiện'} ${b.target.id}`, `${b.target.kind} ${b.target.id}`);
        throw e;
      }
      reply.code(201);
      return review;
    },
  );

  app.get<{ Querystring: { kind?: 'claim' | 'event'; id?: string; limit?: number } }>(
    '/api/reviews',
    {
      schema: {
        tags: ['reviews'],
        summary: 'Các lần duyệt / reviews of one target, or the most recent',
        querystring: reviewsQuery,
        response: errorResponses,
      },
    },
    (req) => {
      const { kind, id, limit } = req.query;
      if (kind && id) return store.reviewsFor({ kind, id });
      if (kind || id) throw badRequest('kind và id đi cùng nhau / kind and id go together');
      return store.recentReviews(limit ?? 50);
    },
  );

  // Raw bodies for upload: HTML and JSONL arrive as strings (text/plain is parsed as a string by fastify already).
  app.addContentTypeParser(
    ['text/html', 'application/x-ndjson', 'application/jsonl', 'application/x-jsonlines'],
    { parseAs: 'string', bodyLimit: opts.uploadLimit },
    (_req, body, done) => done(null, body),
  );

  app.post<{ Body: unknown; Querystring: UploadMeta }>(
    '/api/ingest',
    {
      bodyLimit: opts.uploadLimit,
      schema: {
        tags: ['ingest'],
        summary: 'Nhập bài bằng tải lên / ingest an upload (text, HTML, JSONL or JSON)',
        description:
          'Body: text/plain (one article), text/html (one page), application/x-ndjson (JSONL: one {text|html, title, url, date, outlet} per line), ' +
          'or application/json {documents:[...]}. Answers 202 with a job; follow it at GET /api/jobs/{id}.',
        querystring: ingestQuery,
        body: {
          content: {
            'application/json': { schema: ingestBody },
            'text/plain': { schema: { type: 'string', minLength: 1 } },
            'text/html': { schema: { type: 'string', minLength: 1 } },
            'application/x-ndjson': { schema: { type: 'string', minLength: 1 } },
            'application/jsonl': { schema: { type: 'string', minLength: 1 } },
            'application/x-jsonlines': { schema: { type: 'string', minLength: 1 } },
          },
        },
        security,
        response: { 202: { $ref: 'Job#' }, ...errorResponses },
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      onRequest: writer,
    },
    async (req, reply) => {
      const t = holder(req);
      const base = `upload/${new Date().toISOString().slice(0, 10)}/${Math.random().toString(16).slice(2, 10)}`;
      let inputs: Array<RawDoc | ReadError>;
      if (typeof req.body === 'string') {
        const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
        const kind: UploadKind = type === 'text/html' ? 'html' : type === 'text/plain' ? 'text' : 'jsonl';
        inputs = parseUpload(kind, req.body, req.query, base);
      } else {
        inputs = parseDocuments((req.body as { documents: Array<Record<string, unknown>> }).documents, req.query.source || base);
      }
      const job = jobs.start('upload', t.name, iterate(inputs), inputs.length);
      reply.code(202).header('location', `/api/jobs/${job.id}`);
      return job;
    },
  );

  app.post<{ Body: { urls: string[] } }>(
    '/api/ingest/url',
    {
      schema: {
        tags: ['ingest'],
        summary: 'Nhập bài từ URL / ingest articles by URL',
        description: 'Fetches each URL (time and size limited), analyses and stores it. Answers 202 with a job.',
        body: ingestUrlBody,
        security,
        response: { 202: { $ref: 'Job#' }, ...errorResponses },
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      onRequest: writer,
    },
    async (req, reply) => {
      const t = holder(req);
      const urls = [...new Set(req.body.urls)];
      const job = jobs.start('url', t.name, readInputs(urls, { timeoutMs: opts.urlTimeoutMs, maxBytes: opts.uploadLimit }), urls.length);
      reply.code(202).header('location', `/api/jobs/${job.id}`);
      return job;
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/jobs/:id',
    {
      schema: {
        tags: ['ingest'],
        summary: 'Tiến độ nhập / an ingest job and its progress',
        params: jobParams,
        security,
        response: { 200: { $ref: 'Job#' }, ...errorResponses },
      },
    },
    (req) => {
      requireToken(req, tokens);
      const job = jobs.get(req.params.id);
      if (!job) throw notFound(`công việc ${req.params.id}`, `job ${req.params.id}`);
      return job;
    },
  );
}
