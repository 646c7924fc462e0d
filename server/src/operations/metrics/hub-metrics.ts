/**
 * The hub's Prometheus metrics, one Registry per app (tests build many apps in one process). The `bp_…` values
 * that describe state are read from the database when scraped, so every hub sharing a database reports the same
 * numbers and nothing drifts; HTTP durations and failed SMS attempts are counted in the process.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { AppContext } from '../../context.ts';
import { smsSendFailures } from './sms-send-failures.ts';

/** Audit actions that end (or refuse) a pickup, by the outcome label they count under. */
export const pickupOutcomes: Record<string, string> = {
  'document.complete_pickup': 'picked_up',
  'pickup.staff_confirmed': 'staff_confirmed',
  'pickup.cancelled': 'cancelled',
  'pickup.code_wrong': 'code_wrong',
  'pickup.refused_code_locked': 'code_locked',
  'pickup.check_failed': 'check_failed',
};

const ageSeconds = (now: number, at: string | null | undefined) =>
  at ? Math.max(0, (now - Date.parse(at)) / 1000) : 0;

export interface HubMetrics {
  registry: Registry;
  observeRequest(method: string, route: string, statusCode: number, seconds: number): void;
  /** Reads the database into the gauges and renders the text format. */
  render(): Promise<string>;
}

export function createHubMetrics(ctx: AppContext): HubMetrics {
  const registry = new Registry();
  const registers = [registry];
  const httpDuration = new Histogram({
    name: 'bp_http_request_duration_seconds',
    help: 'HTTP request duration by method, route pattern and status code.',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const pickups = new Counter({
    name: 'bp_pickups_total',
    help: 'Pickups at the box by outcome (from the audit log).',
    labelNames: ['outcome'] as const,
    registers,
  });
  const documents = new Gauge({
    name: 'bp_documents',
    help: 'Documents by state.',
    labelNames: ['state'] as const,
    registers,
  });
  const smsQueueDepth = new Gauge({
    name: 'bp_sms_queue_depth',
    help: 'SMS waiting to be handed to the gateway (queued or sending).',
    registers,
  });
  const smsOldest = new Gauge({
    name: 'bp_sms_oldest_waiting_seconds',
    help: 'Age of the oldest SMS waiting to be handed to the gateway (0 when none waits).',
    registers,
  });
  const smsFailures = new Counter({
    name: 'bp_sms_send_failures_total',
    help: 'Failed SMS send attempts since the hub started, by provider and provider code.',
    labelNames: ['provider', 'code'] as const,
    registers,
  });
  const smsGivenUp = new Gauge({
    name: 'bp_sms_failed',
    help: 'SMS given up after all attempts (status failed, until purged).',
    registers,
  });
  const boxUp = new Gauge({
    name: 'bp_box_link_up',
    help: "1 when the box's agent is connected to the hub, else 0.",
    labelNames: ['box'] as const,
    registers,
  });
  const boxHeartbeat = new Gauge({
    name: 'bp_box_heartbeat_age_seconds',
    help: "Seconds since the box's agent last sent a heartbeat (absent when it never did).",
    labelNames: ['box'] as const,
    registers,
  });
  const doorFaults = new Counter({
    name: 'bp_door_faults_total',
    help: 'Door faults (a door that did not open after an unlock, or opened unasked), by box.',
    labelNames: ['box'] as const,
    registers,
  });
  const openAlerts = new Gauge({
    name: 'bp_alerts_open',
    help: 'Alerts not yet resolved, by kind.',
    labelNames: ['kind'] as const,
    registers,
  });
  const jobLag = new Gauge({
    name: 'bp_job_lag_seconds',
    help: 'How long the oldest due job has been waiting for the job runner (0 when none is due).',
    registers,
  });
  const jobs = new Gauge({
    name: 'bp_jobs',
    help: 'Background jobs by status.',
    labelNames: ['status'] as const,
    registers,
  });
  const auditHead = new Gauge({
    name: 'bp_audit_head_seq',
    help: 'Sequence number of the newest audit log entry.',
    registers,
  });

  let processMetrics = false;

  async function refresh(): Promise<void> {
    const { db } = ctx;
    const now = ctx.clock.now().getTime();
    const nowIso = new Date(now).toISOString();

    const outcomes = await db
      .selectFrom('audit_log')
      .select(['action', db.fn.countAll<number | string>().as('n')])
      .where('action', 'in', Object.keys(pickupOutcomes))
      .groupBy('action')
      .execute();
    pickups.reset();
    for (const outcome of new Set(Object.values(pickupOutcomes))) pickups.inc({ outcome }, 0);
    for (const row of outcomes) pickups.inc({ outcome: pickupOutcomes[row.action]! }, Number(row.n));

    const states = await db
      .selectFrom('documents')
      .select(['state', db.fn.countAll<number | string>().as('n')])
      .groupBy('state')
      .execute();
    documents.reset();
    for (const row of states) documents.set({ state: row.state }, Number(row.n));

    const waiting = await db
      .selectFrom('sms_messages')
      .select([db.fn.countAll<number | string>().as('n'), db.fn.min('created_at').as('oldest')])
      .where('status', 'in', ['queued', 'sending'])
      .executeTakeFirst();
    smsQueueDepth.set(Number(waiting?.n ?? 0));
    smsOldest.set(ageSeconds(now, waiting?.oldest as string | null | undefined));
    const failed = await db
      .selectFrom('sms_messages')
      .select(db.fn.countAll<number | string>().as('n'))
      .where('status', '=', 'failed')
      .executeTakeFirst();
    smsGivenUp.set(Number(failed?.n ?? 0));
    smsFailures.reset();
    for (const { provider, code, count } of smsSendFailures(db)) smsFailures.inc({ provider, code }, count);

    const boxes = await db
      .selectFrom('boxes')
      .select(['id', 'link_connected', 'link_heartbeat_at'])
      .execute();
    boxUp.reset();
    boxHeartbeat.reset();
    for (const box of boxes) {
      boxUp.set({ box: box.id }, box.link_connected ? 1 : 0);
      if (box.link_heartbeat_at) boxHeartbeat.set({ box: box.id }, ageSeconds(now, box.link_heartbeat_at));
    }

    const faults = await db
      .selectFrom('alerts')
      .select(['box_id', db.fn.countAll<number | string>().as('n')])
      .where('kind', '=', 'door_fault')
      .groupBy('box_id')
      .execute();
    doorFaults.reset();
    for (const box of boxes) doorFaults.inc({ box: box.id }, 0);
    for (const row of faults) doorFaults.inc({ box: row.box_id ?? 'unknown' }, Number(row.n));
    const alerts = await db
      .selectFrom('alerts')
      .select(['kind', db.fn.countAll<number | string>().as('n')])
      .where('resolved_at', 'is', null)
      .groupBy('kind')
      .execute();
    openAlerts.reset();
    for (const row of alerts) openAlerts.set({ kind: row.kind }, Number(row.n));

    const due = await db
      .selectFrom('jobs')
      .select(db.fn.min('run_at').as('oldest'))
      .where('status', '=', 'pending')
      .where('run_at', '<=', nowIso)
      .executeTakeFirst();
    jobLag.set(ageSeconds(now, due?.oldest as string | null | undefined));
    const byStatus = await db
      .selectFrom('jobs')
      .select(['status', db.fn.countAll<number | string>().as('n')])
      .groupBy('status')
      .execute();
    jobs.reset();
    for (const row of byStatus) jobs.set({ status: row.status }, Number(row.n));

    const head = await db.selectFrom('audit_head').select('seq').executeTakeFirst();
    auditHead.set(Number(head?.seq ?? 0));
  }

  return {
    registry,
    observeRequest(method, route, statusCode, seconds) {
      httpDuration.observe({ method, route, status_code: String(statusCode) }, seconds);
    },
    async render() {
      // Process metrics start with the first scrape: a hub nobody scrapes (and every test hub) pays nothing.
      if (!processMetrics) {
        collectDefaultMetrics({ register: registry });
        processMetrics = true;
      }
      await refresh();
      return registry.metrics();
    },
  };
}
