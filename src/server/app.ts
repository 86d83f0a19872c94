// The HTTP server: the JSON API under /api (OpenAPI at /api/docs) and the built web app at /. Built in-process so tests
// call it through app.inject() without a port.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { reportRoutes } from '../report/http.ts';
import type { Store } from '../store/types.ts';
import { installReadGuard } from './auth.ts';
import { installErrorHandling } from './errors.ts';
import { JobRunner } from './jobs.ts';
import { readRoutes } from './routes/read.ts';
import { writeRoutes } from './routes/write.ts';
import { addSharedSchemas } from './schemas.ts';
import { TokenStore } from './tokens.ts';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));
const VERSION = '0.1.0';

export interface ServerOptions {
  store: Store;
  /** Token file (see tokens.ts); a TokenStore may be passed directly. */
  tokens: TokenStore | string;
  /** Reads need a token too. */
  guardReads?: boolean;
  /** Requests per minute per client (false: no limit, for benchmarks). */
  rateLimit?: number | false;
  /** Largest JSON request body, bytes. */
  bodyLimit?: number;
  /** Largest upload body, bytes. */
  uploadLimit?: number;
  /** Folder of the built web app; null serves the API only. */
  webDir?: string | null;
  /** Fastify logger: true logs requests as JSON lines. */
  logger?: boolean;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (rate limits per real client). */
  trustProxy?: boolean;
  /** Analysis workers for an ingest job of n inputs. */
  workersFor?: (n: number | null) => number;
}

// Article text is untrusted: the web app renders it as text, and this policy stops any script that slipped through.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

export async function buildApp(opts: ServerOptions): Promise<FastifyInstance & { jobs: JobRunner; tokens: TokenStore }> {
  const tokens = typeof opts.tokens === 'string' ? new TokenStore(opts.tokens) : opts.tokens;
  const app = Fastify({
    logger: opts.logger ? { level: 'info' } : false,
    bodyLimit: opts.bodyLimit ?? 1024 * 1024,
    // Keep ids and user agents out of errors; validation errors list every failing field.
    ajv: { customOptions: { allErrors: false, removeAdditional: false, coerceTypes: 'array', useDefaults: true } },
    trustProxy: !!opts.trustProxy,
  });
  // Responses go out as plain JSON: the response schemas document, they do not filter.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  installErrorHandling(app);
  addSharedSchemas(app);

  await app.register(swagger, {
    // Shared schemas keep their own names in components.schemas.
    refResolver: { buildLocalReference: (json, _base, _frag, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'doingoai API',
        version: VERSION,
        description:
          'Tin đối ngoại Việt Nam thành dữ liệu có nguồn / Vietnamese foreign-affairs news as sourced data: search, documents, ' +
          'claims, facts, entities, events, reviews, ingest. Errors are JSON {error, message}. Writes need a bearer token (`doingoai token create`).',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      tags: [
        { name: 'search' },
        { name: 'documents' },
        { name: 'claims' },
        { name: 'facts' },
        { name: 'entities' },
        { name: 'events' },
        { name: 'reviews' },
        { name: 'ingest' },
        { name: 'meta' },
      ],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  if (opts.rateLimit !== false) {
    await app.register(rateLimit, {
      global: true,
      max: opts.rateLimit ?? 1200,
      timeWindow: '1 minute',
      errorResponseBuilder: (_req, ctx) => ({
        statusCode: ctx.statusCode,
        error: 'rate_limited',
        message: `quá nhiều yêu cầu, thử lại sau ${Math.ceil(ctx.ttl / 1000)} giây / too many requests, retry in ${Math.ceil(ctx.ttl / 1000)} s`,
      }),
    });
  }

  app.addHook('onSend', async (req, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    if (!req.url.startsWith('/api/docs')) {
      reply.header('content-security-policy', CSP);
      reply.header('x-frame-options', 'DENY');
    }
    return payload;
  });

  installReadGuard(app, tokens, !!opts.guardReads);
  const jobs = new JobRunner(opts.store, opts.workersFor);
  app.addHook('onClose', async () => {
    await jobs.idle();
  });

  app.get('/api/health', { schema: { tags: ['meta'], summary: 'Máy chủ sống / liveness' } }, () => ({
    ok: true,
    version: VERSION,
    store: opts.store.info,
  }));
  app.get('/api/config', { schema: { tags: ['meta'], summary: 'Cấu hình cho ứng dụng web / what the web app needs to know' } }, () => ({
    version: VERSION,
    guardReads: !!opts.guardReads,
    backend: opts.store.info.backend,
  }));
  readRoutes(app, opts.store);
  writeRoutes(app, opts.store, tokens, jobs, { uploadLimit: opts.uploadLimit ?? 20 * 1024 * 1024, urlTimeoutMs: 15000 });
  await app.register(reportRoutes, { store: opts.store });

  const webDir = opts.webDir === undefined ? WEB_DIST : opts.webDir;
  if (webDir && existsSync(`${webDir}/index.html`)) {
    await app.register(fastifyStatic, {
      root: webDir,
      prefix: '/',
      index: ['index.html'],
      wildcard: true,
      setHeaders: (res, path) => {
        // Built assets carry a content hash in their name; index.html must be revalidated.
        res.header('cache-control', /\/assets\//.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  } else if (webDir !== null) {
    app.get('/', { schema: { hide: true } }, (_req, reply) => {
      reply
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><meta charset="utf-8"><title>doingoai</title><p>Chưa dựng ứng dụng web: chạy <code>node scripts/build-web.mjs</code>. ' +
            'API: <a href="/api/docs">/api/docs</a></p><p>The web app is not built: run <code>node scripts/build-web.mjs</code>.</p>',
        );
    });
  }
  return Object.assign(app, { jobs, tokens }) as unknown as FastifyInstance & { jobs: JobRunner; tokens: TokenStore };
}
