/**
 * `GET /metrics` (Prometheus text format) and the HTTP duration hook. Readable from the addresses of
 * `metrics.allowFrom` (default loopback), or from anywhere with `Authorization: Bearer <metrics.token>`; everyone
 * else gets 403 `metrics_forbidden`. Not in the OpenAPI document: it is for the monitoring system, not the API.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { BlockList, isIP } from 'node:net';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.ts';
import { forbidden } from '../../platform/errors.ts';
import { createHubMetrics } from './hub-metrics.ts';

export const metricsPath = '/metrics';

function allowList(entries: string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address, prefix] = entry.split('/') as [string, string | undefined];
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (isIP(address) === 0) throw new Error(`metrics.allowFrom: ${entry} is not an address or CIDR range`);
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  return list;
}

/** `::ffff:192.0.2.1` is the IPv4 client of a dual-stack socket. */
function plainAddress(ip: string): { address: string; family: 'ipv4' | 'ipv6' } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return { address: mapped[1]!, family: 'ipv4' };
  return { address: ip, family: isIP(ip) === 6 ? 'ipv6' : 'ipv4' };
}

const digest = (value: string) => createHash('sha256').update(value).digest();

export function registerMetrics(app: FastifyInstance, ctx: AppContext): void {
  if (!ctx.config.metrics.enabled) return;
  const metrics = createHubMetrics(ctx);
  const allowed = allowList(ctx.config.metrics.allowFrom);
  const token = ctx.config.metrics.token;

  app.addHook('onResponse', async (request, reply) => {
    // The route pattern (`/api/v1/documents/:id`), never the raw URL: one series per route, not per document.
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.observeRequest(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
  });

  const mayRead = (request: FastifyRequest) => {
    const header = request.headers.authorization;
    if (token && header?.startsWith('Bearer ') && timingSafeEqual(digest(header.slice(7)), digest(token)))
      return true;
    // A reverse proxy on the same machine connects from the loopback for every client on the internet: a request
    // that was forwarded counts by address only when the hub knows its proxies (http.trustProxy), and request.ip is
    // then the client's.
    if (
      ctx.config.http.trustProxy === false &&
      (request.headers['x-forwarded-for'] || request.headers.forwarded)
    )
      return false;
    const { address, family } = plainAddress(request.ip);
    return isIP(address) !== 0 && allowed.check(address, family);
  };

  app.get(metricsPath, { schema: { hide: true } }, async (request, reply) => {
    if (!mayRead(request)) throw forbidden('metrics_forbidden');
    const body = await metrics.render();
    return reply.type(metrics.registry.contentType).send(body);
  });
}
