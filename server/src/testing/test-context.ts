/**
 * A complete hub for a medium test: a fresh real database, the real app (HTTP via inject or a real port), a
 * manual clock and test-friendly config. Call `close()` in afterEach.
 */
import { loadConfig, type Config } from '../config.ts';
import type { AppContext } from '../context.ts';
import { silentLogger } from '../context.ts';
import { buildApp, type BuiltApp } from '../app.ts';
import { ManualClock } from '../platform/clock.ts';
import { randomIds } from '../platform/ids.ts';
import { openDatabase } from '../db/database.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export const testSecrets = {
  codeKey: 'test-code-key-0123456789abcdef0123456789',
  smsSealKey: 'test-seal-key-0123456789abcdef0123456789',
  smsWebhookSecret: 'test-webhook-secret-0123456789abcdef0123',
  evidenceKey: 'test-evidence-key-0123456789abcdef012345',
  auditKey: 'test-audit-key-0123456789abcdef0123456789',
};

export interface TestHub {
  ctx: AppContext;
  app: BuiltApp;
  clock: ManualClock;
  database: TestDatabase;
  config: Config;
  close(): Promise<void>;
}

export interface TestHubOptions {
  /** Start of the manual clock; default: a Tuesday morning in Brandenburg, store open. */
  now?: string;
  config?: Record<string, unknown>;
  /** Environment variables read as the hub reads them (`BP_…`), under `config`. */
  env?: NodeJS.ProcessEnv;
  /** A second hub instance on the first one's database (several hubs on one PostgreSQL); the first one drops it. */
  sameDatabaseAs?: TestHub;
}

export async function createTestHub(options: TestHubOptions = {}): Promise<TestHub> {
  const shared = options.sameDatabaseAs?.database;
  const database = shared ? secondHandle(shared.url) : await createTestDatabase();
  const config = loadConfig(options.env ?? {}, {
    mode: 'demo',
    logLevel: 'silent',
    secrets: testSecrets,
    box: { simulated: false },
    demo: { seed: false },
    jobs: { pollIntervalMs: 20 },
    // Cheap password hashes: seeding the demo's seven staff and their logins cost seconds per test at the default
    // (production refuses them, so a production test hub keeps the defaults).
    ...(options.config?.mode === 'production' || options.env?.BP_MODE === 'production'
      ? {}
      : { accounts: { passwordHashMemoryKib: 1024, passwordHashPasses: 1 } }),
    ...options.config,
  });
  const clock = new ManualClock(options.now ?? '2026-11-24T09:00:00.000Z');
  const ctx: AppContext = {
    db: database.db,
    dialect: database.dialect,
    config: { ...config, databaseUrl: database.url },
    clock,
    ids: randomIds,
    log: silentLogger,
    onBoxCommandsQueued: () => {},
    onJobsQueued: () => {},
  };
  const app = await buildApp(ctx);
  await app.ready();
  return {
    ctx,
    app,
    clock,
    database,
    config: ctx.config,
    close: async () => {
      await app.close();
      await database.destroy();
    },
  };
}

/** Another connection pool to an existing test database; closing it leaves the database to its owner. */
function secondHandle(url: string): TestDatabase {
  const handle = openDatabase(url);
  return { ...handle, destroy: () => handle.close() };
}
