import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, parseAgentConfig, silentAgentLogger, SimulatedDriver } from '@buergerpunkt/agent';
import { afterEach, describe, expect, it } from 'vitest';
import { TcpProxy } from '../../../../agent/src/testing/tcp-proxy.ts';
import { waitFor } from '../../../../agent/src/testing/wait-for.ts';
import { demoBox, seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { createTestHub } from '../../testing/test-context.ts';
import { BoxLinkHub } from './box-link-hub.ts';
import { auditActions, command, documentState, requestLoading } from './box-test-support.ts';
import { registerTestDocument } from '../../testing/fixtures.ts';

interface LinkedHub {
  hub: SeededHub;
  link: BoxLinkHub;
  port: number;
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A seeded hub listening on a real port with its box link running (the hub pings agents every second). */
async function linkedHub(): Promise<LinkedHub> {
  const hub = await seedTestHub(await createTestHub({ config: { box: { linkHeartbeatSeconds: 1 } } }));
  const link = new BoxLinkHub(hub.ctx);
  hub.ctx.onBoxCommandsQueued = (boxId) => link.wake(boxId);
  await hub.app.listen({ host: '127.0.0.1', port: 0 });
  const port = (hub.app.server.address() as { port: number }).port;
  cleanups.push(async () => {
    await link.stop();
    await hub.close();
  });
  return { hub, link, port };
}

async function issueSecret(hub: SeededHub): Promise<string> {
  const response = await hub.app.inject({
    method: 'POST',
    url: `/api/v1/boxes/${demoBox.id}/agent-secret`,
    headers: hub.staffHeaders.admin,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().secret as string;
}

async function startAgent(
  port: number,
  secret: string,
  options: { dataDir?: string; driver?: SimulatedDriver } = {},
) {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'bp-agent-link-'));
  const driver = options.driver ?? SimulatedDriver.withCompartments(24);
  const config = parseAgentConfig({
    mode: 'demo',
    boxId: demoBox.id,
    hubUrl: `http://127.0.0.1:${port}`,
    secret,
    dataDir,
    logLevel: 'silent',
    driver: { kind: 'simulated' },
    door: { pollIntervalMs: 50 },
    // A dead link is noticed within about 2.5 s; a busy 2-core CI machine that stalls this process for a few hundred
    // ms must not look like one (a 300 ms timeout did, and the agent reconnected in the middle of a test).
    link: { heartbeatIntervalMs: 500, heartbeatTimeoutMs: 2_000, reconnectMinMs: 50, reconnectMaxMs: 200 },
  });
  const agent = await Agent.start(config, { driver, log: silentAgentLogger });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await agent.stop();
  };
  cleanups.push(async () => {
    await stop();
    if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  return { agent, driver, dataDir, stop };
}

async function connected(hub: SeededHub): Promise<boolean> {
  const box = await hub.ctx.db
    .selectFrom('boxes')
    .selectAll()
    .where('id', '=', demoBox.id)
    .executeTakeFirstOrThrow();
  return box.link_connected === 1;
}

describe('box agent link', () => {
  it('refuses a missing, wrong or rotated secret and accepts the issued one', async () => {
    const { hub, link, port } = await linkedHub();
    const stranger = await startAgent(port, 'not-the-secret-of-this-box');
    await waitFor('the secretless box refused', () => stranger.agent.link.lastRefusal === 401);
    await stranger.stop();

    const forbidden = await hub.app.inject({
      method: 'POST',
      url: `/api/v1/boxes/${demoBox.id}/agent-secret`,
      headers: hub.staffHeaders.loader,
    });
    expect(forbidden.statusCode).toBe(403);
    const secret = await issueSecret(hub);
    const wrong = await startAgent(port, `${secret.slice(0, -2)}xx`);
    await waitFor('the wrong secret refused', () => wrong.agent.link.lastRefusal === 401);
    await wrong.stop();
    expect(link.isConnected(demoBox.id)).toBe(false);

    const first = await startAgent(port, secret);
    await waitFor(
      'the agent connected',
      async () => first.agent.link.state === 'connected' && (await connected(hub)),
    );

    const rotated = await issueSecret(hub);
    expect(rotated).not.toBe(secret);
    await waitFor('the old secret refused after the rotation', () => first.agent.link.lastRefusal === 401);
    await waitFor('the box recorded offline', async () => !(await connected(hub)));
    await first.stop();

    const second = await startAgent(port, rotated);
    await waitFor(
      'the agent with the new secret connected',
      async () => second.agent.link.state === 'connected' && (await connected(hub)),
    );
    const actions = await auditActions(hub, demoBox.id);
    expect(actions.filter((a) => a.startsWith('box.agent_secret'))).toEqual([
      'box.agent_secret_issued',
      'box.agent_secret_rotated',
    ]);
    const heartbeat = await hub.ctx.db
      .selectFrom('boxes')
      .select('link_heartbeat_at')
      .executeTakeFirstOrThrow();
    expect(heartbeat.link_heartbeat_at).not.toBeNull();
  }, 120_000);

  it('notices a dead link on both sides, reconnects, and never carries out a resent unlock twice', async () => {
    const { hub, port } = await linkedHub();
    const secret = await issueSecret(hub);
    const proxy = await TcpProxy.start({ host: '127.0.0.1', port });
    cleanups.push(() => proxy.close());
    const dataDir = mkdtempSync(join(tmpdir(), 'bp-agent-link-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const driver = SimulatedDriver.withCompartments(24);
    const first = await startAgent(proxy.port, secret, { dataDir, driver });
    await waitFor('connected', () => connected(hub));

    // The agent's answers vanish: the unlock is carried out, its ack never arrives.
    proxy.blackhole('up');
    const document = await registerTestDocument(hub);
    const loading = await requestLoading(hub, { documentId: document.id });
    expect(loading.statusCode, loading.body).toBe(200);
    const number = loading.json().compartment.number as number;
    await waitFor('the unlock reached the lock', () => driver.unlockPulses(number) === 1);
    await waitFor('the agent noticed the dead link', () => first.agent.link.state !== 'connected');
    await waitFor('the hub noticed the dead link', async () => !(await connected(hub)));

    // Back online: the hub resends the unacknowledged unlock; the agent answers from its journal.
    proxy.restore();
    await waitFor('reconnected', () => connected(hub));
    const unlock = await waitFor('the unlock acknowledged', async () => {
      const row = await hub.ctx.db
        .selectFrom('box_commands')
        .selectAll()
        .where('document_id', '=', document.id)
        .executeTakeFirst();
      return row?.status === 'done' ? row : undefined;
    });
    expect(driver.unlockPulses(number)).toBe(1);

    // The loader places the document while the link is dead again, and the agent restarts before it is back.
    proxy.blackhole('both');
    driver.act(number, 'place');
    driver.act(number, 'close');
    await waitFor('the close journaled', () => first.agent.controller.journalSize() > 0);
    await first.stop();
    proxy.restore();
    await startAgent(proxy.port, secret, { dataDir, driver });
    await waitFor('the document loaded from the journal', async () =>
      (await documentState(hub, document.id)) === 'notified' ? true : undefined,
    );
    expect(driver.unlockPulses(number)).toBe(1);
    expect((await command(hub, unlock.id)).status).toBe('done');
  }, 120_000);

  it('shows the live status and lets a loader open a compartment remotely, with a reason, audited', async () => {
    const { hub, port } = await linkedHub();
    const secret = await issueSecret(hub);
    const { driver, stop } = await startAgent(port, secret);
    await waitFor('connected', () => connected(hub));
    const status = async () =>
      (
        await hub.app.inject({ url: `/api/v1/boxes/${demoBox.id}/status`, headers: hub.staffHeaders.zone })
      ).json();
    const online = await waitFor('a heartbeat recorded', async () => {
      const s = await status();
      return s.lastHeartbeatAt ? s : undefined;
    });
    expect(online).toMatchObject({ boxId: demoBox.id, online: true, alarms: [] });
    expect(online.since).not.toBeNull();
    expect(online.compartments).toHaveLength(24);
    expect(online.compartments[4]).toEqual({
      number: 5,
      status: 'free',
      door: 'closed',
      occupied: false,
      doorOpenedAt: null,
    });

    const open = (headers: Record<string, string>, payload: Record<string, unknown>) =>
      hub.app.inject({
        method: 'POST',
        url: `/api/v1/boxes/${demoBox.id}/compartments/5/open`,
        headers,
        payload,
      });
    expect((await open(hub.staffHeaders.clerk, { reason: 'Kontrolle' })).statusCode).toBe(403);
    expect((await open(hub.staffHeaders.loader, {})).statusCode).toBe(400);
    expect((await open(hub.staffHeaders.loader, { reason: 'x' })).statusCode).toBe(400);
    const opened = await open(hub.staffHeaders.loader, { reason: 'Fach nach Reinigung prüfen' });
    expect(opened.statusCode, opened.body).toBe(202);
    await waitFor('the compartment opened', () => driver.compartment(5).door === 'open');
    await waitFor('the hub heard it', async () => (await status()).compartments[4].door === 'open');
    const compartmentId = (
      await hub.ctx.db
        .selectFrom('compartments')
        .select('id')
        .where('box_id', '=', demoBox.id)
        .where('number', '=', 5)
        .executeTakeFirstOrThrow()
    ).id;
    const audit = await hub.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'data'])
      .where('entity_id', '=', compartmentId)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['compartment.remote_open', 'compartment.door_opened']);
    expect(JSON.parse(audit[0]!.data)).toMatchObject({ reason: 'Fach nach Reinigung prüfen', number: 5 });
    // A staff open is not tampering; a door opened without any command is.
    driver.act(6, 'open_by_force');
    const alarms = await waitFor('the tamper alarm', async () => {
      const s = await status();
      return s.alarms.length > 0 ? s.alarms : undefined;
    });
    expect(alarms).toEqual([
      expect.objectContaining({
        kind: 'compartment_tamper',
        title: 'Unerwartete Fachöffnung oder Belegungsänderung',
        number: 6,
      }),
    ]);

    await stop();
    await waitFor('offline', async () => !(await status()).online);
    const refused = await open(hub.staffHeaders.admin, { reason: 'Kontrolle' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('box_offline');
  }, 120_000);
});
