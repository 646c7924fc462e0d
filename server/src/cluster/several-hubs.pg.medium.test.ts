/**
 * Several hubs on one PostgreSQL (issue 17): two hub instances in one test, each with its own pool and its own
 * cluster link, wired as the hub wires them (wire-cluster.ts). Their periodic box polling is not started, so a
 * command reaches the other hub's box only through the cluster signal. PostgreSQL only (vitest.config.ts): SQLite
 * runs one hub.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { MaintenanceScheduler } from '../jobs/scheduler.ts';
import { BoxLinkHub } from '../modules/boxes/box-link-hub.ts';
import { startEmbeddedAgents, type EmbeddedAgents } from '../sim/embedded-agents.ts';
import { registerAndLoadOverHttp } from '../testing/embedded-agents-hub.ts';
import { demoBox, seedTestHub, type SeededHub } from '../testing/fixtures.ts';
import { createTestHub, type TestHub } from '../testing/test-context.ts';
import type { ClusterSignals } from './cluster-signals.ts';
import { openClusterSignals } from './open-cluster-signals.ts';
import { wireCluster } from './wire-cluster.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

interface TwoHubs {
  a: SeededHub;
  b: TestHub;
  signalsA: ClusterSignals;
  signalsB: ClusterSignals;
}

async function twoHubs(): Promise<TwoHubs> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bp-two-hubs-'));
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  const config = { box: { simulated: true }, dataDir };
  const a = await seedTestHub(await createTestHub({ config }));
  cleanups.push(() => a.close());
  const b = await createTestHub({ config, sameDatabaseAs: a });
  cleanups.push(() => b.close());
  const signalsA = await openClusterSignals(a.ctx);
  const signalsB = await openClusterSignals(b.ctx);
  cleanups.push(
    () => signalsA.close(),
    () => signalsB.close(),
  );
  return { a, b, signalsA, signalsB };
}

/** Hub B holds the demo box's link, with a real agent over B's WebSocket; hub A has no box link at all. */
async function boxLinkedToB(hubs: TwoHubs): Promise<EmbeddedAgents> {
  const link = new BoxLinkHub(hubs.b.ctx);
  wireCluster({ ctx: hubs.a.ctx, signals: hubs.signalsA });
  wireCluster({ ctx: hubs.b.ctx, signals: hubs.signalsB, boxLink: link });
  const url = await hubs.b.app.listen({ host: '127.0.0.1', port: 0 });
  const agents = await startEmbeddedAgents(hubs.b.ctx, link, url);
  cleanups.push(
    () => link.stop(),
    () => agents.stop(),
  );
  return agents;
}

describe('several hubs on one PostgreSQL', () => {
  it('a loading queued on hub A opens the door of the box linked to hub B', async () => {
    const hubs = await twoHubs();
    await boxLinkedToB(hubs);
    expect(hubs.a.ctx.dialect).toBe('postgres');

    // The loading answers once the box reported the door open: through hub B's link, woken by A's signal.
    const { number } = await registerAndLoadOverHttp(hubs.a, {
      reference: 'HN-2026-TWO-0001',
      typeId: 'id_card',
      dateOfBirth: '1964-08-12',
    });
    const board = await hubs.b.app.inject({ url: `/api/v1/dev/simulator/boxes/${demoBox.id}` });
    expect(board.json().compartments[number - 1]).toMatchObject({ door: 'open' });
  });

  it('an alert raised on hub A reaches an office page listening on hub B', async () => {
    const hubs = await twoHubs();
    wireCluster({ ctx: hubs.a.ctx, signals: hubs.signalsA });
    wireCluster({ ctx: hubs.b.ctx, signals: hubs.signalsB });
    const url = await hubs.b.app.listen({ host: '127.0.0.1', port: 0 });
    const abort = new AbortController();
    cleanups.push(async () => abort.abort());
    const stream = await fetch(`${url}/api/v1/live`, {
      headers: hubs.a.staffHeaders.zone,
      signal: abort.signal,
    });
    expect(stream.status).toBe(200);
    const reader = stream.body!.getReader();
    let received = '';
    const readUntil = async (pattern: RegExp) => {
      const decoder = new TextDecoder();
      while (!pattern.test(received)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended before ${pattern}: ${received}`);
        received += decoder.decode(value);
      }
    };
    await readUntil(/event: ready/);

    const called = await hubs.a.app.inject({
      method: 'POST',
      url: '/api/v1/kiosk/call-staff',
      headers: hubs.a.terminalHeaders,
      payload: { reason: 'door_problem' },
    });
    expect(called.statusCode, called.body).toBe(202);
    await readUntil(/event: alert\ndata: [^\n]*"change":"raised"/);
    expect(received).toContain(called.json().alertId);
  });

  it('lives through PostgreSQL ending a session that a transaction holds (a database restart)', async () => {
    // Found by `npm run reliability` (issue 17): a connection cut while checked out of the pool (inside a
    // transaction, between two statements) emitted an 'error' nobody listened to, and every hub process died.
    const hubs = await twoHubs();
    const db = hubs.a.ctx.db;
    const transaction = db.transaction().execute(async (trx) => {
      const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
      // What a restart does to every session: the server ends it (FATAL 57P01) while the transaction is open.
      await sql`select pg_terminate_backend(${rows[0]!.pid})`.execute(hubs.b.ctx.db);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await sql`select 1`.execute(trx);
    });
    await expect(transaction).rejects.toThrow();
    // The hub goes on: the pool drops the broken connection and the next query gets a fresh one.
    const { rows } = await sql<{ one: number }>`select 1 as one`.execute(db);
    expect(rows).toEqual([{ one: 1 }]);
  });

  it('runs the maintenance round on one hub only, and on another once the leader is gone', async () => {
    const hubs = await twoHubs();
    const rounds = { a: 0, b: 0 };
    const scheduler = (hub: TestHub, signals: ClusterSignals, name: 'a' | 'b') =>
      new MaintenanceScheduler(
        hub.ctx,
        [{ name: 'count', run: async () => void rounds[name]++ }],
        60_000,
        () => signals.isLeader(),
      );
    const onA = scheduler(hubs.a, hubs.signalsA, 'a');
    const onB = scheduler(hubs.b, hubs.signalsB, 'b');

    for (let i = 0; i < 3; i++) await Promise.all([onA.runIfLeader(), onB.runIfLeader()]);
    expect(rounds.a + rounds.b).toBe(3);
    const [leader, other] = rounds.a === 3 ? (['a', 'b'] as const) : (['b', 'a'] as const);
    expect(rounds[other]).toBe(0);

    // The leader's hub stops (its session ends, so does its lock): the other one takes over.
    await (leader === 'a' ? hubs.signalsA : hubs.signalsB).close();
    await (other === 'a' ? onA : onB).runIfLeader();
    expect(rounds[other]).toBe(1);
  });
});
