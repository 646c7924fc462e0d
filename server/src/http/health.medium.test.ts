/**
 * `/api/health` (alive) and `/api/ready` (database answers, schema current, boxes in service linked), both with
 * the version from package.json and the commit. docs/operations.md.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database.ts';
import { seedTestHub } from '../testing/fixtures.ts';
import { createTestHub, type TestHub } from '../testing/test-context.ts';

const version = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

function checkoutCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

let hub: TestHub | undefined;
afterEach(async () => {
  await hub?.close();
  hub = undefined;
});

async function ready(h: TestHub) {
  const response = await h.app.inject({ url: '/api/ready' });
  return { status: response.statusCode, body: response.json() };
}

describe('health and readiness', () => {
  it('health says alive with a semantic version and the commit', async () => {
    hub = await createTestHub();
    const response = await hub.app.inject({ url: '/api/health' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.status).toBe('ok');
    expect(body.version).toBe(version);
    expect(body.version).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?$/);
    // From source: BP_COMMIT, else `git rev-parse HEAD` of the checkout, else "unknown".
    expect(body.commit).toBe(process.env.BP_COMMIT?.trim() || checkoutCommit());
  });

  it('ready only with every box in service linked and the schema current; else 503 with the reasons', async () => {
    hub = await seedTestHub(await createTestHub());
    const { db } = hub.ctx;
    await db.updateTable('boxes').set({ link_connected: 0 }).execute();

    const offline = await ready(hub);
    expect(offline.status).toBe(503);
    expect(offline.body).toMatchObject({ status: 'not_ready', version });
    expect(offline.body.reasons).toEqual([
      { check: 'boxes', detail: 'boxes in service without a link to the hub: dokbox-hn' },
    ]);

    await db.updateTable('boxes').set({ link_connected: 1 }).execute();
    const linked = await ready(hub);
    expect(linked).toEqual({
      status: 200,
      body: { status: 'ready', version, commit: linked.body.commit, reasons: [] },
    });
    // A box out of service need not be linked.
    await db.updateTable('boxes').set({ link_connected: 0, in_service: 0 }).execute();
    expect((await ready(hub)).status).toBe(200);

    // A migration not yet run, and one run by a newer version.
    await sql`delete from kysely_migration where name = '0012_box_layouts'`.execute(db);
    await sql`insert into kysely_migration (name, timestamp) values ('9999_from_a_newer_version', '2030-01-01T00:00:00.000Z')`.execute(
      db,
    );
    const stale = await ready(hub);
    expect(stale.status).toBe(503);
    expect(stale.body.reasons).toEqual([
      { check: 'migrations', detail: 'migrations pending: 0012_box_layouts' },
      {
        check: 'migrations',
        detail: 'the database has migrations this version does not know: 9999_from_a_newer_version',
      },
    ]);
    // Health stays 200: the process is alive.
    expect((await hub.app.inject({ url: '/api/health' })).statusCode).toBe(200);
  });

  it('not ready when the database does not answer', async () => {
    hub = await createTestHub();
    const own = hub.ctx.db;
    const unreachable = openDatabase('postgres://bp:bp@127.0.0.1:1/nowhere', { poolSize: 1 });
    hub.ctx.db = unreachable.db;
    try {
      const down = await ready(hub);
      expect(down.status).toBe(503);
      expect(down.body.reasons).toHaveLength(1);
      expect(down.body.reasons[0].check).toBe('database');
      expect((await hub.app.inject({ url: '/api/health' })).statusCode).toBe(200);
    } finally {
      hub.ctx.db = own;
      await unreachable.close();
    }
  });
});
