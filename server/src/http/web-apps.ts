/**
 * Serves the built browser apps: the public site at `/`, the kiosk at `/kiosk/`, the back office at `/office/`.
 * Hashed assets are cached for a year; the HTML pages never, so a new build reaches every kiosk at its next reload.
 * A deep link into an app (e.g. `/office/documents/…`) gets that app's page, which routes on the client.
 * Without a build the pages say in German how to make one.
 */
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AppContext } from '../context.ts';
import { repoRoot } from '../platform/build-info.ts';
import { t } from '../platform/i18n.ts';
import type { App } from './app-types.ts';
import { installNotFoundHandler } from './problem.ts';
import { baseLayerOrigin } from '../modules/map/map-config.ts';
import { redPhoneConnectOrigin } from '../modules/services/red-phone.ts';

const defaultWebDir = join(repoRoot, 'web/dist');

/** The apps and the path prefix each owns; the site takes everything else. */
const apps = [
  { prefix: '/kiosk', page: 'kiosk/index.html' },
  { prefix: '/office', page: 'office/index.html' },
] as const;

/**
 * Allows what the apps use (own origin, inline style attributes set by Svelte, camera frames as blobs), plus the tile
 * host of an online map base layer when one is configured; the kiosk page also the PBX's SIP WebSocket when the red
 * phone is a SIP client (`redPhone.mode` `sip`).
 */
function contentSecurityPolicy(mapOrigin: string | null, connectOrigin: string | null = null): string {
  const extra = mapOrigin ? ` ${mapOrigin}` : '';
  const connect = connectOrigin ? ` ${connectOrigin}` : '';
  return [
    "default-src 'self'",
    // An online map base layer's tile host (only that one, only when configured; see modules/map/map-config.ts).
    `img-src 'self' data: blob:${extra}`,
    "media-src 'self' blob:",
    "style-src 'self' 'unsafe-inline'",
    // WebAssembly from our own files only (the office's camera barcode reader); no JavaScript eval.
    "script-src 'self' 'wasm-unsafe-eval'",
    `connect-src 'self'${extra}${connect}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

export async function registerWebApps(app: App, ctx: AppContext): Promise<void> {
  const webDir = resolve(ctx.config.webDir ?? defaultWebDir);
  const built = existsSync(join(webDir, 'index.html'));
  const csp = contentSecurityPolicy(baseLayerOrigin(ctx.config));
  const kioskCsp = contentSecurityPolicy(baseLayerOrigin(ctx.config), redPhoneConnectOrigin(ctx.config));

  if (built) {
    await app.register(fastifyStatic, {
      root: webDir,
      prefix: '/',
      index: ['index.html'],
      redirect: true,
      // @fastify/static 10 passes the Fastify reply here (its types still say ServerResponse).
      setHeaders(reply: unknown, path: string) {
        const assets = path.startsWith(join(webDir, 'assets'));
        (reply as FastifyReply).header(
          'cache-control',
          assets ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
        if (path.endsWith('.html'))
          pageHeaders(reply as FastifyReply, path.startsWith(join(webDir, 'kiosk')) ? kioskCsp : csp);
      },
    });
  }

  installNotFoundHandler(app, (request: FastifyRequest, reply: FastifyReply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return null;
    const path = request.url.split('?')[0] ?? '/';
    // A missing asset file is a real 404, not a page.
    if (/\.[a-z0-9]{1,8}$/i.test(path)) return null;
    if (!built) {
      return reply
        .code(503)
        .type('text/html; charset=utf-8')
        .send(
          `<!doctype html><html lang="de"><meta charset="utf-8"><title>${t('web.notBuiltTitle')}</title>` +
            `<p>${t('web.notBuiltText')}</p></html>`,
        );
    }
    const owner = apps.find((a) => path === a.prefix || path.startsWith(`${a.prefix}/`));
    return pageHeaders(reply, owner?.prefix === '/kiosk' ? kioskCsp : csp)
      .type('text/html; charset=utf-8')
      .sendFile(owner?.page ?? 'index.html');
  });
}

function pageHeaders(reply: FastifyReply, csp: string): FastifyReply {
  return reply
    .header('content-security-policy', csp)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'same-origin');
}
