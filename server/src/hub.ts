/**
 * Wires a running hub from a config: database, migrations, demo data, job runner, box link and HTTP server.
 * main.ts uses it; so can a test or benchmark that needs the whole hub in one process.
 */
import pino from 'pino';
import type { buildApp as BuildApp } from './app.ts';
import type { Config } from './config.ts';
import type { AppContext } from './context.ts';
import { openAuditedDatabase } from './modules/audit/open-audited-database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { JobRunner } from './jobs/job-runner.ts';
import { jobDefinitions } from './jobs/job-definitions.ts';
import { MaintenanceScheduler } from './jobs/scheduler.ts';
import { startingAt, systemClock, type Clock } from './platform/clock.ts';
import { describeDemo, prepareDemo } from './demo/prepare-demo.ts';
import { randomIds } from './platform/ids.ts';
import { BoxLinkHub } from './modules/boxes/box-link-hub.ts';
import { startingHealth, startingReadiness } from './http/health.ts';
import { startEmbeddedAgents } from './sim/embedded-agents.ts';
import { openClusterSignals } from './cluster/open-cluster-signals.ts';
import { wireCluster } from './cluster/wire-cluster.ts';
import { passwordHashCostOf, usePasswordHashCost } from './modules/accounts/passwords.ts';

export interface RunningHub {
  ctx: AppContext;
  url: string;
  log: pino.Logger;
  stop(): Promise<void>;
}

export interface StartHubOptions {
  /** Benchmarks run the hub on a shifted clock so the box is open whatever the hour. */
  clock?: Clock;
  quiet?: boolean;
  /** How often the leader runs the maintenance passes (default every minute); the reliability harness steps time. */
  maintenanceIntervalMs?: number;
}

export async function startHub(
  config: Config,
  buildApp: typeof BuildApp,
  options: StartHubOptions = {},
): Promise<RunningHub> {
  const log = pino({ level: config.logLevel });
  const database = openAuditedDatabase(config, {
    onIdleConnectionError: (error) =>
      log.warn({ err: error }, 'database connection lost; the pool opens a new one'),
  });
  await migrateToLatest(database.db);

  const ctx: AppContext = {
    db: database.db,
    dialect: database.dialect,
    config,
    clock:
      options.clock ??
      (config.mode === 'demo' && config.demo.fixedStart ? startingAt(config.demo.fixedStart) : systemClock),
    ids: randomIds,
    log,
    onBoxCommandsQueued: () => {},
    onJobsQueued: () => {},
  };
  usePasswordHashCost(passwordHashCostOf(config));
  const demoCredentials = config.mode === 'demo' && config.demo.seed ? await prepareDemo(ctx) : null;
  const runner = new JobRunner(ctx, jobDefinitions);
  const boxLink = new BoxLinkHub(ctx);
  // Several hubs on one PostgreSQL: wake-ups, live events and one maintenance leader (docs/operations.md).
  const signals = await openClusterSignals(ctx);
  wireCluster({ ctx, signals, boxLink, runner });

  const app = await buildApp(ctx, {
    logger: { level: config.logLevel === 'info' ? 'warn' : config.logLevel },
  });
  // The demo's boxes connect over the hub's own port, so they start after it listens; until they are connected the
  // hub does not call itself healthy (a kiosk started at once would find its box offline).
  let boxesReady = !config.box.simulated;
  app.addHook('onRequest', async (request, reply) => {
    if (boxesReady) return;
    if (request.url === '/api/health') await reply.code(503).send(startingHealth());
    else if (request.url === '/api/ready') await reply.code(503).send(startingReadiness());
  });
  const url = await app.listen({ host: config.host, port: config.port });
  runner.start();
  boxLink.start();
  // The demo's boxes: real box agents around a simulated board, in this process, connected over the hub's own
  // WebSocket like any box. In production each box's agent runs beside its hardware and connects from there.
  const embeddedAgents = config.box.simulated
    ? await startEmbeddedAgents(ctx, boxLink, localHubUrl(url))
    : null;
  boxesReady = true;
  // Expiry, reminders and purge, every minute.
  const maintenance = new MaintenanceScheduler(ctx, undefined, options.maintenanceIntervalMs, () =>
    signals.isLeader(),
  );
  maintenance.start();
  log.info({ url, database: database.dialect }, 'Bürgerpunkt hub ready');
  if (config.mode === 'demo' && !options.quiet)
    console.log(describeDemo(url.replace('127.0.0.1', 'localhost'), demoCredentials));

  return {
    ctx,
    url,
    log,
    stop: async () => {
      await embeddedAgents?.stop();
      await app.close();
      await maintenance.stop();
      await boxLink.stop();
      await runner.stop();
      await signals.close();
      await database.close();
    },
  };
}

/** Where an agent in this process reaches the hub: the listening address, loopback for a wildcard host. */
function localHubUrl(listening: string): string {
  const url = new URL(listening);
  if (['0.0.0.0', '[::]', '::'].includes(url.hostname)) url.hostname = '127.0.0.1';
  return url.origin;
}
