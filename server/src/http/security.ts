/**
 * HTTP-level protections every response and request gets (issue 14, docs/security.md):
 * - `X-Content-Type-Options: nosniff` on every response, HSTS when the hub is reached over https;
 * - a cross-site check on every state-changing request a browser sends with the staff session cookie (and on the
 *   login itself): `Sec-Fetch-Site: cross-site`/`same-site` or an `Origin` other than the hub's own is refused with
 *   403 `cross_site_request`. Requests with a Bearer token or a terminal key carry no ambient credential and are
 *   not checked; a request with neither header is not a browser's (browsers send `Origin` on every such request).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { forbidden } from '../platform/errors.ts';
import { sessionCookieName } from './auth.ts';

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const hstsSeconds = 365 * 24 * 3600;

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** The origins a browser page of this hub has: the configured public URL's, and in demo mode the one it was asked on. */
function allowedOrigins(ctx: AppContext, request: FastifyRequest): string[] {
  const origins = [originOf(ctx.config.publicUrl)];
  if (ctx.config.mode === 'demo' && request.host)
    origins.push(originOf(`${request.protocol}://${request.host}`));
  return origins.filter((o): o is string => o !== null);
}

function carriesAmbientSession(ctx: AppContext, request: FastifyRequest): boolean {
  if (request.headers.authorization?.startsWith('Bearer ')) return false;
  if (request.headers['x-terminal-key'] !== undefined) return false;
  if (request.cookies?.[sessionCookieName(ctx.config)] !== undefined) return true;
  // Logging in sets the cookie: a foreign page must not log a browser into an account of its choosing.
  return request.url.split('?')[0] === '/api/v1/auth/login';
}

export function assertSameOrigin(ctx: AppContext, request: FastifyRequest): void {
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') throw forbidden('cross_site_request');
  const origin = request.headers.origin;
  if (origin !== undefined && !allowedOrigins(ctx, request).includes(origin))
    throw forbidden('cross_site_request');
}

export function installSecurityHooks(app: FastifyInstance, ctx: AppContext): void {
  const https = ctx.config.publicUrl.startsWith('https://');
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    if (https) reply.header('strict-transport-security', `max-age=${hstsSeconds}; includeSubDomains`);
    return payload;
  });
  app.addHook('onRequest', async (request) => {
    if (stateChanging.has(request.method) && carriesAmbientSession(ctx, request))
      assertSameOrigin(ctx, request);
  });
}
