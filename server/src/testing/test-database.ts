/**
 * Real databases for medium tests. `BP_TEST_DB` chooses the dialect (set per vitest project): `sqlite` gives each
 * test a fresh file; `postgres` gives each test a fresh database cloned from a migrated template (fast, isolated).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DatabaseHandle, type DialectName } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';

/** Each test run gets its own template, so runs that overlap (several developers, watch mode) never collide. */
function pgTemplateName(): string {
  const name = process.env.BP_TEST_PG_TEMPLATE;
  if (!name)
    throw new Error('BP_TEST_PG_TEMPLATE is not set: run the postgres tests through vitest (globalSetup)');
  return name;
}

export function testDialect(): DialectName {
  const value = process.env.BP_TEST_DB ?? 'sqlite';
  if (value !== 'sqlite' && value !== 'postgres')
    throw new Error(`BP_TEST_DB must be sqlite or postgres, not ${value}`);
  return value;
}

export function pgAdminUrl(): string {
  return process.env.BP_TEST_PG_URL ?? 'postgres://bp:bp@127.0.0.1:5432/postgres';
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export async function withPgAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: pgAdminUrl() });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${pgAdminUrl().replace(/:[^:@/]*@/, ':***@')} (${(error as Error).message}). ` +
        'The medium tests run on PostgreSQL too: run `sudo scripts/setup-system.sh` once (see README), or set BP_TEST_PG_URL.',
    );
  }
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Called once per test run (vitest globalSetup of the postgres project): builds the migrated template database. */
export async function preparePgTemplate(name: string): Promise<void> {
  await withPgAdmin(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  });
  const handle = openDatabase(withDatabase(pgAdminUrl(), name), { poolSize: 1 });
  try {
    await migrateToLatest(handle.db);
  } finally {
    await handle.close();
  }
}

/** Drops the run's template and any test database a crashed worker left behind. */
export async function dropPgTemplate(name: string): Promise<void> {
  await withPgAdmin(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
}

export interface TestDatabase extends DatabaseHandle {
  /** Drops the database (postgres) or deletes the file (sqlite). */
  destroy(): Promise<void>;
}

export async function createTestDatabase(dialect: DialectName = testDialect()): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'bp-test-'));
    const handle = openDatabase(`sqlite:${join(dir, 'test.sqlite')}`);
    await migrateToLatest(handle.db);
    return {
      ...handle,
      destroy: async () => {
        await handle.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `bp_test_${randomBytes(6).toString('hex')}`;
  await withPgAdmin((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${pgTemplateName()}`));
  const handle = openDatabase(withDatabase(pgAdminUrl(), name), { poolSize: 20 });
  return {
    ...handle,
    destroy: async () => {
      await handle.close();
      await withPgAdmin(async (client) => {
        // Wait until the pool's connections are really gone: forcing them closed would make PostgreSQL send a
        // FATAL to a client that is still shutting down, which surfaces as an unhandled error in the test run.
        for (let i = 0; i < 100; i++) {
          const { rows } = await client.query(
            'select count(*)::int as n from pg_stat_activity where datname = $1',
            [name],
          );
          if (rows[0].n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      });
    },
  };
}
