/**
 * `GET /api/v1/live`: server-sent events for the office's live screens. Staff only; the session is checked again
 * with every heartbeat, so a stream ends soon after a logout or an expired session. Comments (`: ping`) keep
 * proxies from closing an idle stream; the browser's EventSource reconnects by itself.
 */
import { staffRoles } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import { bearerOrCookie, requireRoles } from '../../http/auth.ts';
import type { App } from '../../http/app-types.ts';
import { principalForToken } from '../accounts/accounts-service.ts';
import { liveBus, type LiveEvent } from './live-bus.ts';

export const liveHeartbeatMs = 15_000;

export function liveRoutes(app: App, ctx: AppContext): void {
  // Open streams would keep the server from closing; end them when the app closes.
  const open = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const end of open) end();
  });

  app.get(
    '/api/v1/live',
    {
      schema: {
        tags: ['live'],
        summary: 'Server-sent events for the office: alerts, box links, document states (no personal data)',
        description:
          'Events `alert`, `box`, `document` with JSON data; a `ready` event first; `: ping` comments as heartbeat.',
      },
      preHandler: requireRoles(ctx, staffRoles),
    },
    async (request, reply) => {
      const token = bearerOrCookie(request, ctx)!;
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
        'x-content-type-options': 'nosniff',
      });
      const send = (event: string, data: unknown) =>
        raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      // Ask the browser to wait a little before reconnecting after a drop, not to hammer a restarting hub.
      raw.write('retry: 3000\n\n');
      send('ready', { at: ctx.clock.now().toISOString() });

      const unsubscribe = liveBus(ctx.db).subscribe((event: LiveEvent) => send(event.type, event));
      const heartbeat = setInterval(() => {
        void principalForToken(ctx, token)
          .then((principal) => {
            if (!principal) raw.end();
            else raw.write(': ping\n\n');
          })
          .catch(() => raw.end());
      }, liveHeartbeatMs);
      heartbeat.unref();
      const end = () => raw.end();
      open.add(end);
      const stop = () => {
        clearInterval(heartbeat);
        unsubscribe();
        open.delete(end);
      };
      raw.on('close', stop);
      raw.on('error', stop);
    },
  );
}
