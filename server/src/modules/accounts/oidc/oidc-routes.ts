/**
 * Single sign-on routes: `start` sends the browser to the identity provider, `callback` takes it back, opens the
 * staff session (same cookie as a local login) and returns to the office page the person started from. A failed
 * callback is a 4xx: a short German page for a browser, problem+json for programs.
 */
import { Type } from 'typebox';
import type { AppContext } from '../../../context.ts';
import { setSessionCookie } from '../../../http/auth.ts';
import type { App } from '../../../http/app-types.ts';
import { AppError } from '../../../platform/errors.ts';
import { t } from '../../../platform/i18n.ts';
import { finishOidcLogin, oidcCookie, startOidcLogin } from './oidc-login.ts';

const cookiePath = '/api/v1/auth/oidc';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function errorPage(message: string): string {
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t('oidcPage.title'))}</title></head>
<body style="font-family: sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.5; font-size: 1.1rem">
<main><h1>${escapeHtml(t('oidcPage.title'))}</h1><p role="alert">${escapeHtml(message)}</p>
<p><a href="/office/">${escapeHtml(t('oidcPage.back'))}</a></p></main></body></html>`;
}

export function oidcRoutes(app: App, ctx: AppContext): void {
  const secure = ctx.config.publicUrl.startsWith('https://');

  app.get(
    '/api/v1/auth/oidc/start',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Start signing in through the identity provider (redirect)',
        querystring: Type.Object(
          { returnTo: Type.Optional(Type.String({ maxLength: 500 })) },
          { additionalProperties: false },
        ),
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const login = await startOidcLogin(ctx, request.query.returnTo);
      // Lax, not Strict: the browser must send it on the provider's redirect back to us (a top-level GET).
      reply.setCookie(oidcCookie, login.cookie, {
        path: cookiePath,
        httpOnly: true,
        sameSite: 'lax',
        secure,
        maxAge: login.maxAgeSeconds,
      });
      reply.header('cache-control', 'no-store');
      return reply.redirect(login.url, 303);
    },
  );

  app.get(
    '/api/v1/auth/oidc/callback',
    {
      schema: { tags: ['accounts'], summary: 'The identity provider returns here with a code (or an error)' },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const query = request.raw.url?.split('?')[1] ?? '';
      reply.clearCookie(oidcCookie, { path: cookiePath });
      reply.header('cache-control', 'no-store');
      try {
        const result = await finishOidcLogin(ctx, query, request.cookies?.[oidcCookie]);
        setSessionCookie(reply, ctx, result.token, result.expiresAt);
        return reply.redirect(result.returnTo, 303);
      } catch (error) {
        if (!(error instanceof AppError) || !(request.headers.accept ?? '').includes('text/html'))
          throw error;
        return reply
          .code(error.status)
          .type('text/html; charset=utf-8')
          .header(
            'content-security-policy',
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'",
          )
          .send(errorPage(t(`errors.${error.code}`, error.params)));
      }
    },
  );
}
