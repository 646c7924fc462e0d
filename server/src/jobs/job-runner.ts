/**
 * Runs queued jobs: claims due jobs with a lease, calls the handler for the job's kind, and marks it done, or
 * schedules a retry with exponential backoff and jitter, or gives up after `maxAttempts` and the kind's retry window
 * (`retryForMs`), or at once on a PermanentJobError. Several runners (threads, processes, hub instances) may run side by side.
 */
import type { JobsTable } from '../db/schema.ts';
import type { AppContext } from '../context.ts';
import { addMs } from '../platform/clock.ts';
import { claimDueJobs, markJobDone, markJobFailed } from './job-queue.ts';

export interface JobDefinition {
  /** Carries the job out. Must be idempotent: after a crash the same job runs again. */
  run(ctx: AppContext, payload: Record<string, unknown>, job: JobsTable): Promise<void>;
  /** Called once when the job is given up (permanent error or attempts used up), e.g. to mark an SMS failed. */
  giveUp?(ctx: AppContext, payload: Record<string, unknown>, reason: string): Promise<void>;
  /**
   * How long after the job was queued a passing failure is still retried once `maxAttempts` are used up (default
   * 0: give up after `maxAttempts`). An SMS must survive a gateway that is down for an hour (issue 17).
   */
  retryForMs?(ctx: AppContext): number;
}

/** A failure that retrying cannot fix (e.g. the gateway refuses the number): the job is failed at once. */
export class PermanentJobError extends Error {
  override name = 'PermanentJobError';
}

export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(5 * 60_000, 1000 * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.75 + random() * 0.5));
}

export class JobRunner {
  readonly #definitions = new Map<string, JobDefinition>();
  readonly #workerId: string;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #again = false;
  #stopped = true;

  constructor(
    private readonly ctx: AppContext,
    definitions: Record<string, JobDefinition>,
    workerId?: string,
  ) {
    for (const [kind, definition] of Object.entries(definitions)) this.#definitions.set(kind, definition);
    this.#workerId = workerId ?? `runner-${ctx.ids.newId()}`;
  }

  start(): void {
    this.#stopped = false;
    this.#schedule(0);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await this.#running;
  }

  /** Ask for a pass soon (after a transaction queued jobs). */
  wake(): void {
    if (this.#stopped) return;
    if (this.#running) this.#again = true;
    else this.#schedule(0);
  }

  #schedule(ms: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#running = this.runDueJobs()
        .then(() => undefined)
        .catch((error: unknown) => this.ctx.log.error({ err: error }, 'job pass failed'))
        .finally(() => {
          this.#running = undefined;
          if (!this.#stopped) this.#schedule(this.#again ? 0 : this.ctx.config.jobs.pollIntervalMs);
          this.#again = false;
        });
    }, ms);
  }

  /** One pass: claims and runs due jobs until none are left. Returns how many ran. Tests call it directly. */
  async runDueJobs(limit = 20): Promise<number> {
    let ran = 0;
    for (;;) {
      const now = this.ctx.clock.now().toISOString();
      const jobs = await claimDueJobs(this.ctx.db, {
        workerId: this.#workerId,
        now,
        leaseMs: this.ctx.config.jobs.leaseSeconds * 1000,
        limit,
      });
      if (jobs.length === 0) return ran;
      for (const job of jobs) {
        await this.#runOne(job);
        ran++;
      }
    }
  }

  async #runOne(job: JobsTable): Promise<void> {
    const definition = this.#definitions.get(job.kind);
    const payload = JSON.parse(job.payload) as Record<string, unknown>;
    const now = () => this.ctx.clock.now().toISOString();
    try {
      if (!definition) throw new PermanentJobError(`no handler for job kind ${job.kind}`);
      await definition.run(this.ctx, payload, job);
      await markJobDone(this.ctx.db, job.id, this.#workerId, now());
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const permanent = error instanceof PermanentJobError;
      const retryUntil = addMs(job.created_at, definition?.retryForMs?.(this.ctx) ?? 0);
      const exhausted = job.attempts >= job.max_attempts && now() >= retryUntil;
      const retryAt = permanent || exhausted ? null : addMs(now(), backoffMs(job.attempts));
      this.ctx.log.warn(
        { jobId: job.id, kind: job.kind, attempt: job.attempts, retryAt, err: message },
        'job failed',
      );
      await markJobFailed(this.ctx.db, job, this.#workerId, {
        now: now(),
        error: message.slice(0, 500),
        retryAt,
      });
      if (!retryAt) await definition?.giveUp?.(this.ctx, payload, message);
    }
  }
}
