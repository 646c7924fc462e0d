/**
 * The jobs table is the outbox: a state change writes its jobs (send this SMS, …) in its own transaction, and
 * the runner carries them out afterwards. Claims are leases: a runner that dies leaves its jobs to be claimed
 * again when the lease runs out, so nothing is lost; handlers are idempotent, so nothing happens twice.
 */
import { sql } from 'kysely';
import { dialectOf, type DbOrTrx, type Trx } from '../db/database.ts';
import type { JobsTable } from '../db/schema.ts';
import { addMs } from '../platform/clock.ts';

export interface NewJob {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  /** Unique per intended effect: enqueuing the same key twice keeps one job. */
  idempotencyKey: string;
  runAt: string;
  maxAttempts: number;
}

export async function enqueueJob(trx: Trx, job: NewJob): Promise<void> {
  await trx
    .insertInto('jobs')
    .values({
      id: job.id,
      kind: job.kind,
      payload: JSON.stringify(job.payload),
      idempotency_key: job.idempotencyKey,
      status: 'pending',
      attempts: 0,
      max_attempts: job.maxAttempts,
      run_at: job.runAt,
      locked_until: null,
      locked_by: null,
      last_error: null,
      created_at: job.runAt,
      finished_at: null,
    })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .execute();
}

/** Takes up to `limit` due jobs (or jobs whose runner's lease ran out) for `workerId`. */
export async function claimDueJobs(
  db: DbOrTrx,
  options: { workerId: string; now: string; leaseMs: number; limit: number },
): Promise<JobsTable[]> {
  let due = db
    .selectFrom('jobs')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'pending'), eb('run_at', '<=', options.now)]),
        eb.and([eb('status', '=', 'running'), eb('locked_until', '<', options.now)]),
      ]),
    )
    .orderBy('run_at')
    .limit(options.limit);
  // PostgreSQL: concurrent runners skip each other's rows instead of waiting. SQLite has a single writer.
  if (dialectOf(db) === 'postgres') due = due.forUpdate().skipLocked();
  return db
    .updateTable('jobs')
    .set({
      status: 'running',
      attempts: sql<number>`attempts + 1`,
      locked_by: options.workerId,
      locked_until: addMs(options.now, options.leaseMs),
    })
    .where('id', 'in', due)
    .returningAll()
    .execute();
}

export async function markJobDone(db: DbOrTrx, id: string, workerId: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({ status: 'done', finished_at: now, locked_until: null, last_error: null })
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function markJobFailed(
  db: DbOrTrx,
  job: JobsTable,
  workerId: string,
  options: { now: string; error: string; retryAt: string | null },
): Promise<void> {
  await db
    .updateTable('jobs')
    .set(
      options.retryAt
        ? { status: 'pending', run_at: options.retryAt, locked_until: null, last_error: options.error }
        : { status: 'failed', finished_at: options.now, locked_until: null, last_error: options.error },
    )
    .where('id', '=', job.id)
    .where('locked_by', '=', workerId)
    .where('status', '=', 'running')
    .execute();
}

export async function countJobs(db: DbOrTrx, status: string): Promise<number> {
  const row = await db
    .selectFrom('jobs')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', status)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
