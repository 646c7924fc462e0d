/**
 * `GET /api/health`: the hub process is alive and answers (for a service manager's watchdog; it touches nothing).
 * `GET /api/ready`: the hub can serve — the database answers, its schema is this version's (no migration pending
 * or unknown), and every box in service is linked — else 503 with the reasons (for a load balancer or monitoring).
 * Both carry the running build's version and commit. While the demo's boxes are still connecting at start, both
 * answer 503 `starting` (see hub.ts). docs/operations.md.
 */
import { HealthSchema, ReadinessSchema, type Health, type Readiness } from '@buergerpunkt/contracts';
import { sql } from 'kysely';
import type { AppContext } from '../context.ts';
import { migrationState } from '../db/migrate.ts';
import { buildInfo } from '../platform/build-info.ts';
import type { App } from './app-types.ts';

type Reason = Readiness['reasons'][number];

/** How long a readiness check waits for the database before it calls it unreachable. */
const databaseTimeoutMs = 3000;

export const startingHealth = (): Health => ({ status: 'starting', ...buildInfo });
export const startingReadiness = (): Readiness => ({
  status: 'not_ready',
  ...buildInfo,
  reasons: [{ check: 'starting', detail: 'the hub is starting; its boxes are connecting' }],
});

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export async function readinessReasons(ctx: AppContext): Promise<Reason[]> {
  try {
    await withTimeout(sql`select 1`.execute(ctx.db), databaseTimeoutMs);
  } catch (error) {
    ctx.log.warn({ err: error }, 'readiness: the database does not answer');
    return [{ check: 'database', detail: `the database does not answer (${(error as Error).message})` }];
  }
  const reasons: Reason[] = [];
  const state = await migrationState(ctx.db);
  if (state.pending.length > 0)
    reasons.push({ check: 'migrations', detail: `migrations pending: ${state.pending.join(', ')}` });
  if (state.unknown.length > 0)
    reasons.push({
      check: 'migrations',
      detail: `the database has migrations this version does not know: ${state.unknown.join(', ')}`,
    });
  const unlinked = await ctx.db
    .selectFrom('boxes')
    .select('id')
    .where('in_service', '=', 1)
    .where('link_connected', '!=', 1)
    .orderBy('id')
    .execute();
  if (unlinked.length > 0)
    reasons.push({
      check: 'boxes',
      detail: `boxes in service without a link to the hub: ${unlinked.map((box) => box.id).join(', ')}`,
    });
  return reasons;
}

export function registerHealthRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['health'],
        summary: 'The hub is alive (version and commit of the running build)',
        response: { 200: HealthSchema, 503: HealthSchema },
      },
    },
    async (): Promise<Health> => ({ status: 'ok', ...buildInfo }),
  );
  app.get(
    '/api/ready',
    {
      schema: {
        tags: ['health'],
        summary: 'The hub can serve: database answers, schema current, boxes linked (else 503 with reasons)',
        response: { 200: ReadinessSchema, 503: ReadinessSchema },
      },
    },
    async (_request, reply) => {
      const reasons = await readinessReasons(ctx);
      const body: Readiness = { status: reasons.length === 0 ? 'ready' : 'not_ready', ...buildInfo, reasons };
      return reply.code(reasons.length === 0 ? 200 : 503).send(body);
    },
  );
}
