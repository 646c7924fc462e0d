/**
 * Upgrading an installation: a database made by an earlier version (after migration 0009, by the demo of commit
 * 8b499c5; `upgrade-fixtures/0009.sqlite` and the plain-SQL `pg_dump --inserts` `0009.postgres.sql`, see
 * docs/operations.md) is brought to the current schema by `migrate --dry-run` (lists, changes nothing) and then
 * `migrate`, with nothing lost: every table keeps its rows, chosen values are unchanged, the new columns have their
 * defaults, and the audit chain made before the upgrade still verifies and goes on with keyed entries.
 */
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { runAdmin } from '../cli/admin/run-admin.ts';
import { loadConfig } from '../config.ts';
import { silentLogger } from '../context.ts';
import { recordAudit, useAuditKey, verifyAuditLog } from '../modules/audit/audit-service.ts';
import { systemClock } from '../platform/clock.ts';
import { randomIds } from '../platform/ids.ts';
import { cliPrincipal } from '../platform/principal.ts';
import { adoptDefaultTenantFromConfig } from '../modules/tenants/default-tenant.ts';
import { defaultTenantId } from '../modules/tenants/tenant-ids.ts';
import { testSecrets } from '../testing/test-context.ts';
import { pgAdminUrl, testDialect, withPgAdmin } from '../testing/test-database.ts';
import { openDatabase, type DatabaseHandle, type Db } from './database.ts';
import { migrations, migrationState } from './migrate.ts';

const fixtures = new URL('./upgrade-fixtures/', import.meta.url);
const fixtureMigrations = Object.keys(migrations).filter((name) => name < '0010');
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A copy of the fixture in a fresh SQLite file or PostgreSQL database (the checked-in files stay untouched). */
async function openFixture(): Promise<DatabaseHandle> {
  if (testDialect() === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'bp-upgrade-'));
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    copyFileSync(new URL('0009.sqlite', fixtures), join(dir, 'db.sqlite'));
    return track(openDatabase(`sqlite:${join(dir, 'db.sqlite')}`));
  }
  const name = `bp_upgrade_${randomBytes(6).toString('hex')}`;
  await withPgAdmin((client) => client.query(`CREATE DATABASE ${name}`));
  cleanups.push(async () => {
    await withPgAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  });
  const url = new URL(pgAdminUrl());
  url.pathname = `/${name}`;
  // The dump sets the connection's search_path; it is loaded on a connection of its own.
  const loader = new pg.Client({ connectionString: url.toString() });
  await loader.connect();
  try {
    await loader.query(readFileSync(new URL('0009.postgres.sql', fixtures), 'utf8'));
  } finally {
    await loader.end();
  }
  return track(openDatabase(url.toString(), { poolSize: 2 }));
}

function track(handle: DatabaseHandle): DatabaseHandle {
  cleanups.push(() => handle.close());
  return handle;
}

async function rowCounts(db: Db): Promise<Record<string, number>> {
  const tables =
    testDialect() === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master
          where type = 'table' and name not like 'sqlite_%'`.execute(db)
      : await sql<{
          name: string;
        }>`select tablename as name from pg_tables where schemaname = 'public'`.execute(db);
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(name)}`.execute(
      db,
    );
    counts[name] = Number(rows[0]!.n);
  }
  return counts;
}

/** `npm run admin -- migrate …` through the dispatcher, on the fixture's database. */
async function admin(handle: DatabaseHandle, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  let migrateOnOpen: boolean | undefined;
  const code = await runAdmin(argv, {
    io: { out: (line) => out.push(line), err: (line) => err.push(line) },
    principal: cliPrincipal('tester'),
    open: async ({ migrate }) => {
      migrateOnOpen = migrate;
      const app = {
        db: handle.db,
        dialect: handle.dialect,
        config: loadConfig({}, { logLevel: 'silent', secrets: testSecrets, box: { simulated: false } }),
        clock: systemClock,
        ids: randomIds,
        log: silentLogger,
        onBoxCommandsQueued: () => {},
        onJobsQueued: () => {},
      };
      return { app, close: async () => {} };
    },
  });
  expect(migrateOnOpen, 'migrate opens the database as it is').toBe(false);
  return { code, out, err: err.join('\n') };
}

describe('upgrading a database made after migration 0009', () => {
  it('lists the pending migrations, runs them, and loses nothing', async () => {
    const handle = await openFixture();
    const { db } = handle;
    useAuditKey(db, testSecrets.auditKey);
    const before = await rowCounts(db);
    expect(before.documents).toBe(10);
    expect(before.audit_log).toBe(95);
    expect(before.kysely_migration).toBe(fixtureMigrations.length);
    const pending = Object.keys(migrations)
      .filter((name) => name >= '0010')
      .sort();
    expect(pending.length).toBeGreaterThan(0);

    const dryRun = await admin(handle, 'migrate', '--dry-run');
    expect(dryRun.err).toBe('');
    expect(dryRun.code).toBe(0);
    expect(dryRun.out).toEqual([
      `database: ${handle.dialect}`,
      `applied: ${fixtureMigrations.length}`,
      `pending: ${pending.length}`,
      ...pending.map((name) => `  ${name}`),
    ]);
    expect(await rowCounts(db)).toEqual(before);
    expect((await migrationState(db)).pending).toEqual(pending);

    const run = await admin(handle, 'migrate');
    expect(run.code, run.err).toBe(0);
    expect(run.out.at(-1)).toBe(`migrated: ${pending.length}`);
    expect(await migrationState(db)).toEqual({
      applied: Object.keys(migrations).sort(),
      pending: [],
      unknown: [],
    });
    expect((await admin(handle, 'migrate', '--dry-run')).out).toContain('pending: 0');

    // Every table of the old schema is still there with all its rows; only the migration log grew.
    const after = await rowCounts(db);
    for (const [table, count] of Object.entries(before))
      expect(after[table], table).toBe(table === 'kysely_migration' ? Object.keys(migrations).length : count);

    const documents = await db
      .selectFrom('documents')
      .select(['reference', 'state', 'holder_name', 'compartment_id'])
      .where('reference', 'in', ['HN-DEMO-0002', 'HN-DEMO-0009'])
      .orderBy('reference')
      .execute();
    expect(documents).toEqual([
      {
        reference: 'HN-DEMO-0002',
        state: 'ready_for_transport',
        holder_name: 'Klaus Brandt',
        compartment_id: null,
      },
      {
        reference: 'HN-DEMO-0009',
        state: 'returned',
        holder_name: 'Peter Lange',
        compartment_id: 'dokbox-hn-21',
      },
    ]);
    const staff = await db
      .selectFrom('staff_users')
      .select(['username', 'must_change_password'])
      .orderBy('username')
      .execute();
    expect(staff.map((s) => s.username)).toEqual(['admin', 'auditor', 'clerk', 'loader', 'loader2', 'zone']);
    expect(staff.every((s) => Number(s.must_change_password) === 0)).toBe(true);
    // Migration 0012 placed the old compartments into a layout; 0014 keys the chain after the old head.
    const placed = await db
      .selectFrom('compartments')
      .select(['layout_column', 'layout_position'])
      .where('box_id', '=', 'dokbox-hn')
      .execute();
    expect(placed).toHaveLength(24);
    expect(placed.every((c) => c.layout_column !== null && c.layout_position !== null)).toBe(true);
    const box = await db
      .selectFrom('boxes')
      .select(['reach_min_cm', 'reach_max_cm'])
      .where('id', '=', 'dokbox-hn')
      .executeTakeFirstOrThrow();
    expect(box).toEqual({ reach_min_cm: 40, reach_max_cm: 120 });

    // Everything belongs to one default tenant (migration 0024), which takes the configured town when opened.
    for (const table of ['offices', 'boxes', 'terminals', 'staff_users'] as const) {
      const owners = await db.selectFrom(table).select('tenant_id').distinct().execute();
      expect(owners, table).toEqual([{ tenant_id: defaultTenantId }]);
    }
    await adoptDefaultTenantFromConfig(db, loadConfig({}, { secrets: testSecrets }));
    expect(
      await db.selectFrom('tenants').select(['id', 'slug', 'name', 'sms_sender', 'state_code']).execute(),
    ).toEqual([
      {
        id: defaultTenantId,
        slug: 'hohen-neuendorf',
        name: 'Hohen Neuendorf',
        sms_sender: 'Buergerpkt',
        state_code: 'BB',
      },
    ]);

    // The audit log written before the upgrade verifies, and the chain goes on keyed.
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true, entries: 95 });
    await db.transaction().execute((trx) =>
      recordAudit(trx, new Date().toISOString(), {
        actor: { type: 'cli', id: 'tester' },
        action: 'test.after_upgrade',
        entityType: 'test',
        entityId: null,
      }),
    );
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true, entries: 96 });
  });
});
