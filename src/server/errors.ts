// Every error leaves the server as JSON {error, message}: a stable code and a Vietnamese / English message, never a stack.
import type { FastifyError, FastifyInstance } from 'fastify';

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function notFound(vi: string, en: string): HttpError {
  return new HttpError(404, 'not_found', `không tìm thấy ${vi} / ${en} not found`);
}

export function badRequest(message: string): HttpError {
  return new HttpError(400, 'invalid_request', message);
}

const CODES: Record<number, [string, string]> = {
  400: ['invalid_request', 'yêu cầu không hợp lệ / invalid request'],
  401: ['unauthorized', 'cần token / a bearer token is required'],
  403: ['forbidden', 'không có quyền / forbidden'],
  404: ['not_found', 'không tìm thấy / not found'],
  405: ['method_not_allowed', 'phương thức không được hỗ trợ / method not allowed'],
  406: ['not_acceptable', 'không chấp nhận được / not acceptable'],
  413: ['payload_too_large', 'dữ liệu gửi lên quá lớn / request body too large'],
  415: ['unsupported_media_type', 'kiểu nội dung không được hỗ trợ / unsupported content type'],
  429: ['rate_limited', 'quá nhiều yêu cầu, hãy thử lại sau / too many requests, try again later'],
};

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof HttpError) return reply.code(err.statusCode).send({ error: err.code, message: err.message });
    if (err.validation) {
      const where = err.validationContext ? `${err.validationContext}: ` : '';
      return reply.code(400).send({
        error: 'invalid_request',
        message: `dữ liệu không hợp lệ / invalid input: ${where}${err.message.replace(/^(querystring|body|params|headers)\/?/, '')}`,
      });
    }
    const status = typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
    if (status >= 500) {
      req.log.error({ err }, 'request failed');
      return reply.code(500).send({ error: 'internal', message: 'lỗi máy chủ / internal server error' });
    }
    const [code, fallback] = CODES[status] ?? ['error', 'lỗi / error'];
    // The rate limiter's message is already bilingual; Fastify's own client-error messages are short and safe
    // ("Body cannot be empty when content-type is set to 'application/json'").
    const message = status === 429 ? err.message || fallback : err.message ? `${fallback}: ${err.message}` : fallback;
    return reply.code(status).send({ error: code, message });
  });
  app.setNotFoundHandler((req, reply) => {
    reply.code(404).send({ error: 'not_found', message: `không có đường dẫn này / no such route: ${req.method} ${req.url.split('?')[0]}` });
  });
}
