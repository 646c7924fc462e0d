/**
 * Maps every error to an RFC 9457 problem+json response. Bad input of any kind (schema, JSON syntax, size, media
 * type) is a 4xx with a stable code and a German message; only genuine faults become a 500, and those never leak
 * internals.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Problem } from '@buergerpunkt/contracts';
import { AppError } from '../platform/errors.ts';
import { hasTranslation, t } from '../platform/i18n.ts';

function problem(status: number, code: string, params: Record<string, unknown> = {}): Problem {
  const key = `errors.${code}`;
  return {
    type: `https://buergerpunkt.example/problems/${code}`,
    title: hasTranslation(key) ? t(key, params) : t('errors.internal_error'),
    status,
    code,
  };
}

export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  // Also here: the router's own errors (a bad URL) are answered before any hook (see http/security.ts).
  reply.header('x-content-type-options', 'nosniff');
  if (body.retryAfterSeconds !== undefined) reply.header('retry-after', String(body.retryAfterSeconds));
  return reply.code(body.status).type('application/problem+json; charset=utf-8').send(body);
}

const fastifyCodes: Record<string, { status: number; code: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'malformed_request' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'malformed_request' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload_too_large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'malformed_request' },
  FST_ERR_CTP_INVALID_TYPE: { status: 415, code: 'unsupported_media_type' },
  FST_ERR_BAD_URL: { status: 400, code: 'malformed_request' },
  FST_ERR_MAX_PARAM_LENGTH: { status: 414, code: 'malformed_request' },
  FST_ERR_ASYNC_CONSTRAINT: { status: 400, code: 'malformed_request' },
};

/** For Fastify's `frameworkErrors` option: errors the router raises before any route (bad URL, too long a param). */
export function frameworkErrorToProblem(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  const mapped = (error.code && fastifyCodes[error.code]) || { status: 400, code: 'malformed_request' };
  void sendProblem(reply, problem(mapped.status, mapped.code));
}

export function installProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof AppError) {
      const body = problem(error.status, error.code, error.params);
      if (error.retryAfterSeconds !== undefined) body.retryAfterSeconds = error.retryAfterSeconds;
      if (error.fieldErrors?.length) {
        body.errors = error.fieldErrors.slice(0, 50).map(({ path, message }) => ({ path, message }));
        body.detail = body.errors.map((e) => e.message).join('; ');
      }
      return sendProblem(reply, body);
    }
    const fastifyError = error as FastifyError;
    if (fastifyError.validation) {
      const body = problem(400, 'validation_failed');
      body.errors = fastifyError.validation.slice(0, 50).map((v) => ({
        path:
          `${fastifyError.validationContext ?? ''}${v.instancePath}` ||
          (fastifyError.validationContext ?? ''),
        message: v.message ?? 'invalid',
      }));
      body.detail = body.errors.map((e) => `${e.path}: ${e.message}`).join('; ');
      return sendProblem(reply, body);
    }
    const mapped = fastifyError.code ? fastifyCodes[fastifyError.code] : undefined;
    if (mapped) return sendProblem(reply, problem(mapped.status, mapped.code));
    if (fastifyError.statusCode === 429) {
      const body = problem(429, 'rate_limited');
      return sendProblem(reply, body);
    }
    if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
      return sendProblem(reply, problem(fastifyError.statusCode, 'malformed_request'));
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, problem(500, 'internal_error'));
  });
}

/** An unknown API path is a problem+json 404; any other GET may be a browser app's own route (`pageFallback`). */
export function installNotFoundHandler(
  app: FastifyInstance,
  pageFallback: (request: FastifyRequest, reply: FastifyReply) => FastifyReply | null,
): void {
  app.setNotFoundHandler((request, reply) => {
    const page = request.url.startsWith('/api/') ? null : pageFallback(request, reply);
    return page ?? sendProblem(reply, problem(404, 'route_not_found'));
  });
}
