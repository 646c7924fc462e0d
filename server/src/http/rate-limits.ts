/**
 * Rate limits kept in the database, so several hubs on one database share them: a counter per limit, key and fixed
 * window (`rate_limit_hits`, one upsert per counted request). Keys (IP addresses, terminal keys, usernames) are
 * stored only as keyed hashes. `@fastify/rate-limit` uses it as its store; the login brake counts through it too.
 */
import { sql } from 'kysely';
import type { AppContext } from '../context.ts';
import { hmacHex } from '../platform/crypto.ts';

export interface RateLimitCount {
  hits: number;
  /** Milliseconds until the window ends. */
  ttlMs: number;
}

function windowOf(now: Date, windowMs: number) {
  const start = Math.floor(now.getTime() / windowMs) * windowMs;
  return {
    start: new Date(start).toISOString(),
    end: new Date(start + windowMs).toISOString(),
    endMs: start + windowMs,
  };
}

function storedKey(ctx: AppContext, scope: string, key: string): string {
  return `${scope.slice(0, 80)}|${hmacHex(ctx.config.secrets.codeKey, 'rate-limit', scope, key).slice(0, 40)}`;
}

/** Counts one hit of `key` under the limit `scope` in the current window; returns the window's count. */
export async function countRateLimitHit(
  ctx: AppContext,
  scope: string,
  key: string,
  windowMs: number,
): Promise<RateLimitCount> {
  const now = ctx.clock.now();
  const window = windowOf(now, windowMs);
  const row = await ctx.db
    .insertInto('rate_limit_hits')
    .values({ key: storedKey(ctx, scope, key), window_start: window.start, window_end: window.end, hits: 1 })
    .onConflict((oc) =>
      oc.columns(['key', 'window_start']).doUpdateSet({ hits: sql`rate_limit_hits.hits + 1` }),
    )
    .returning('hits')
    .executeTakeFirstOrThrow();
  return { hits: Number(row.hits), ttlMs: window.endMs - now.getTime() };
}

/** The current window's count without counting. */
export async function readRateLimit(
  ctx: AppContext,
  scope: string,
  key: string,
  windowMs: number,
): Promise<RateLimitCount> {
  const now = ctx.clock.now();
  const window = windowOf(now, windowMs);
  const row = await ctx.db
    .selectFrom('rate_limit_hits')
    .select('hits')
    .where('key', '=', storedKey(ctx, scope, key))
    .where('window_start', '=', window.start)
    .executeTakeFirst();
  return { hits: Number(row?.hits ?? 0), ttlMs: window.endMs - now.getTime() };
}

/** Maintenance pass: counters of ended windows are no longer needed. */
export async function purgeRateLimitHits(ctx: AppContext): Promise<number> {
  const result = await ctx.db
    .deleteFrom('rate_limit_hits')
    .where('window_end', '<', ctx.clock.now().toISOString())
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

type StoreCallback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/**
 * A store class for `@fastify/rate-limit` over `rate_limit_hits`. The plugin makes one child per route, so each
 * route's limit is counted apart (named by method and URL pattern).
 */
export function databaseRateLimitStore(ctx: AppContext) {
  return class DatabaseRateLimitStore {
    readonly scope: string;

    constructor(scope?: unknown) {
      this.scope = typeof scope === 'string' ? scope : 'global';
    }

    incr(key: string, callback: StoreCallback, timeWindow: number): void {
      countRateLimitHit(ctx, this.scope, key, timeWindow).then(
        (count) => callback(null, { current: count.hits, ttl: count.ttlMs }),
        (error: Error) => callback(error),
      );
    }

    read(key: string, callback: StoreCallback, timeWindow: number): void {
      readRateLimit(ctx, this.scope, key, timeWindow).then(
        (count) => callback(null, { current: count.hits, ttl: count.ttlMs }),
        (error: Error) => callback(error),
      );
    }

    child(routeOptions: object) {
      const info =
        (routeOptions as { routeInfo?: { method?: string | string[]; url?: string } }).routeInfo ?? {};
      const method = Array.isArray(info.method) ? info.method.join(',') : (info.method ?? '');
      return new DatabaseRateLimitStore(`${method} ${info.url ?? ''}`);
    }
  };
}
