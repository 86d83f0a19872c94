// HTTP routes for reports and exports, as a fastify plugin: `app.register(reportRoutes, { store })`.
//   GET /api/report?year=2021 | years=2016-2021 | from=…&to=…  [&pillar=…]… [&lang=vi|en] &format=json|md|html|docx|xlsx|pdf
//   GET /api/export/:kind?format=csv|jsonl|xlsx [&filters as in /api/claims, /api/facts, …]
import { PassThrough } from 'node:stream';
import type { FastifyPluginAsync } from 'fastify';
import {
  EXPORT_FORMATS,
  EXPORT_KINDS,
  EXPORT_MIME,
  type ExportFilter,
  type ExportFormat,
  type ExportKind,
  exportToStream,
} from '../export/index.ts';
import { badRequest } from '../server/errors.ts';
import type { Store } from '../store/types.ts';
import { buildReportModel, REPORT_FORMATS, REPORT_MIME, type ReportFormat, renderReport, reportPeriod } from './index.ts';
import { taxonomy } from './labels.ts';

export interface ReportRoutesOptions {
  store: Store;
}

const dateOrYear = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' } as const;
const hexId = { type: 'string', pattern: '^[0-9a-f]{4,64}$' } as const;
const strings = (max: number, enumValues?: readonly string[]) =>
  ({
    type: 'array',
    items: enumValues ? { type: 'string', enum: enumValues } : { type: 'string', maxLength: 200 },
    maxItems: max,
  }) as const;

const reportQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    year: { type: 'string', pattern: '^\\d{4}$' },
    years: { type: 'string', pattern: '^\\d{4}-\\d{4}$' },
    from: { type: 'string', pattern: '^\\d{4}(-\\d{2}-\\d{2})?$' },
    to: { type: 'string', pattern: '^\\d{4}(-\\d{2}-\\d{2})?$' },
    pillar: strings(20),
    lang: { type: 'string', enum: ['vi', 'en'] },
    format: { type: 'string', enum: ['json', ...REPORT_FORMATS] },
  },
} as const;

const exportQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    format: { type: 'string', enum: [...EXPORT_FORMATS] },
    from: dateOrYear,
    to: dateOrYear,
    outlet: { type: 'string', maxLength: 200 },
    latestOnly: { type: 'boolean' },
    docId: hexId,
    indicator: { type: 'string', maxLength: 200 },
    subject: { type: 'string', maxLength: 64 },
    factId: hexId,
    modality: { type: 'string', enum: ['actual', 'forecast', 'target'] },
    includeRejected: { type: 'boolean' },
    status: strings(5, ['consistent', 'differs_in_time', 'differs_in_scope', 'forecast_vs_actual', 'conflicting']),
    type: strings(7),
    actor: { type: 'string', maxLength: 200 },
    cluster: { type: 'string', maxLength: 64 },
    q: { type: 'string', maxLength: 200 },
  },
} as const;

type ReportQs = {
  year?: string;
  years?: string;
  from?: string;
  to?: string;
  pillar?: string[];
  lang?: 'vi' | 'en';
  format?: ReportFormat | 'json';
};
type ExportQs = Record<string, string | boolean | string[] | undefined> & { format?: ExportFormat };

/** Which query fields each kind takes, and the store filter field they set. */
const FIELDS: Record<ExportKind, Record<string, string>> = {
  documents: { from: 'from', to: 'to', outlet: 'outlet', latestOnly: 'latestOnly' },
  claims: {
    docId: 'docId',
    indicator: 'indicator',
    subject: 'subject',
    from: 'from',
    to: 'to',
    factId: 'factId',
    modality: 'modality',
    includeRejected: 'includeRejected',
  },
  facts: { indicator: 'indicator', subject: 'subject', from: 'from', to: 'to', status: 'status' },
  events: {
    type: 'type',
    actor: 'actor',
    from: 'from',
    to: 'to',
    docId: 'docId',
    cluster: 'clusterId',
    includeRejected: 'includeRejected',
  },
  entities: { type: 'type', q: 'q' },
};

export function exportFilterFromQuery<K extends ExportKind>(kind: K, q: ExportQs): ExportFilter[K] {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(q)) {
    if (k === 'format' || v === undefined) continue;
    const field = FIELDS[kind][k];
    if (!field)
      throw badRequest(
        `"${k}" không dùng được cho ${kind} / "${k}" does not apply to ${kind} (use: ${Object.keys(FIELDS[kind]).join(', ')})`,
      );
    // Entities take one type; events a list.
    out[field] = kind === 'entities' && k === 'type' && Array.isArray(v) ? v[0] : v;
  }
  return out as ExportFilter[K];
}

/** Chromium renders (pdf, docx charts) one at a time: each launches a browser. */
let browserQueue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(fn: () => Promise<T>): Promise<T> {
  const run = browserQueue.then(fn, fn);
  browserQueue = run.catch(() => {});
  return run;
}

const stamp = (s: string) => s.replace(/[^0-9A-Za-z_-]+/g, '-');

export const reportRoutes: FastifyPluginAsync<ReportRoutesOptions> = async (app, { store }) => {
  app.get<{ Querystring: ReportQs }>(
    '/api/report',
    {
      schema: {
        tags: ['reports'],
        summary: 'Báo cáo tổng quan theo kỳ / period review (json model, md, html, docx, xlsx, pdf)',
        querystring: reportQuery,
      },
    },
    async (req, reply) => {
      const q = req.query;
      let period: { from: string; to: string } | null;
      try {
        period = reportPeriod({ year: q.year, years: q.years, from: q.from, to: q.to });
      } catch (e) {
        throw badRequest((e as Error).message);
      }
      if (!period) throw badRequest('cần year, years hoặc from/to / a period is needed: year, years or from and to');
      const known = Object.keys(taxonomy().pillars);
      for (const p of q.pillar ?? [])
        if (!known.includes(p)) throw badRequest(`trụ cột không rõ / unknown pillar "${p}" (one of ${known.join(', ')})`);
      const model = await buildReportModel(store, {
        ...period,
        pillars: q.pillar,
        lang: q.lang ?? 'vi',
        generatedAt: new Date().toISOString().slice(0, 16).replace('T', ' '),
      });
      const format = q.format ?? 'json';
      if (format === 'json') return model;
      const body =
        format === 'pdf' || format === 'docx' ? await oneAtATime(() => renderReport(model, format)) : await renderReport(model, format);
      const name = `doingoai-report-${stamp(q.year ?? q.years ?? `${period.from}_${period.to}`)}.${format}`;
      reply.type(REPORT_MIME[format]);
      if (format !== 'html' && format !== 'md') reply.header('content-disposition', `attachment; filename="${name}"`);
      return reply.send(body);
    },
  );

  app.get<{ Params: { kind: ExportKind }; Querystring: ExportQs }>(
    '/api/export/:kind',
    {
      schema: {
        tags: ['reports'],
        summary: 'Xuất dữ liệu, truyền dần / streamed export (csv, jsonl, xlsx)',
        params: { type: 'object', properties: { kind: { type: 'string', enum: [...EXPORT_KINDS] } }, required: ['kind'] },
        querystring: exportQuery,
      },
    },
    async (req, reply) => {
      const { kind } = req.params;
      const format = req.query.format ?? 'csv';
      const filter = exportFilterFromQuery(kind, req.query);
      const body = new PassThrough();
      reply.type(EXPORT_MIME[format]).header('content-disposition', `attachment; filename="doingoai-${kind}.${format}"`);
      // Headers are sent with the first bytes; a failure after that can only cut the stream short.
      exportToStream(store, kind, format, filter, body).then(
        () => {
          if (!body.writableEnded) body.end();
        },
        (e: unknown) => {
          req.log.error(e);
          body.destroy(e as Error);
        },
      );
      return reply.send(body);
    },
  );
};
