// Who is calling: a bearer token from the token file. Writes always need one; reads only when the server guards them.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from './errors.ts';
import type { TokenRecord, TokenStore } from './tokens.ts';

export function bearerOf(req: FastifyRequest): string | null {
  const h = req.headers.authorization;
  if (!h) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(h);
  return m ? (m[1] as string) : null;
}

export function requireToken(req: FastifyRequest, tokens: TokenStore): TokenRecord {
  const secret = bearerOf(req);
  if (!secret)
    throw new HttpError(
      401,
      'unauthorized',
      'cần token: gửi "Authorization: Bearer TOKEN" (tạo bằng `doingoai token create`) / a bearer token is required (make one with `doingoai token create`)',
    );
  const rec = tokens.verify(secret);
  if (!rec) throw new HttpError(401, 'unauthorized', 'token không hợp lệ hoặc đã bị thu hồi / invalid or revoked token');
  return rec;
}

/** Reads open to everyone, or (guardReads) only with a token; these paths stay open so the web app can ask. */
const OPEN = new Set(['/api/health', '/api/config']);

export function installReadGuard(app: FastifyInstance, tokens: TokenStore, guardReads: boolean): void {
  if (!guardReads) return;
  app.addHook('onRequest', async (req) => {
    const path = req.url.split('?')[0] as string;
    if (!path.startsWith('/api/') || OPEN.has(path) || path.startsWith('/api/docs')) return;
    requireToken(req, tokens);
  });
}
