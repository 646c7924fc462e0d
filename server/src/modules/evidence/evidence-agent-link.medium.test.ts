/**
 * The evidence image over the real box link: a kiosk pickup of a document whose policy takes an image makes the
 * agent's camera take one as the door opens; cut off from the hub and restarted before it could send it, the agent
 * sends it from its journal once back, and the hub stores exactly that one image (the camera is not asked again).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  Agent,
  parseAgentConfig,
  silentAgentLogger,
  SimulatedCamera,
  SimulatedDriver,
} from '@buergerpunkt/agent';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { TcpProxy } from '../../../../agent/src/testing/tcp-proxy.ts';
import { waitFor } from '../../../../agent/src/testing/wait-for.ts';
import { demoBox, registerTestDocument, seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { createTestHub } from '../../testing/test-context.ts';
import { BoxLinkHub } from '../boxes/box-link-hub.ts';
import { documentState, requestLoading } from '../boxes/box-test-support.ts';
import { latestCode, startKioskPickup } from '../kiosk/kiosk-test-support.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function linkedHub(): Promise<{ hub: SeededHub; port: number }> {
  const hub = await seedTestHub(await createTestHub({ config: { box: { linkHeartbeatSeconds: 1 } } }));
  const link = new BoxLinkHub(hub.ctx);
  hub.ctx.onBoxCommandsQueued = (boxId) => link.wake(boxId);
  await hub.app.listen({ host: '127.0.0.1', port: 0 });
  const port = (hub.app.server.address() as { port: number }).port;
  cleanups.push(async () => {
    await link.stop();
    await hub.close();
  });
  return { hub, port };
}

async function startAgent(
  port: number,
  secret: string,
  dataDir: string,
  driver: SimulatedDriver,
  camera: SimulatedCamera,
) {
  const config = parseAgentConfig({
    mode: 'demo',
    boxId: demoBox.id,
    hubUrl: `http://127.0.0.1:${port}`,
    secret,
    dataDir,
    logLevel: 'silent',
    driver: { kind: 'simulated' },
    camera: { kind: 'simulated' },
    door: { pollIntervalMs: 50 },
    // A dead link is noticed within about 2.5 s; a busy 2-core CI machine that stalls this process for a few hundred
    // ms must not look like one (a 300 ms timeout did, and the agent reconnected in the middle of a test).
    link: { heartbeatIntervalMs: 500, heartbeatTimeoutMs: 2_000, reconnectMinMs: 50, reconnectMaxMs: 200 },
  });
  const agent = await Agent.start(config, { driver, camera, log: silentAgentLogger });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await agent.stop();
  };
  cleanups.push(stop);
  return { agent, stop };
}

describe('evidence image over the box link', () => {
  it('is taken as the door opens, kept through a network cut and a restart, and stored once', async () => {
    const { hub, port } = await linkedHub();
    const secretResponse = await hub.app.inject({
      method: 'POST',
      url: `/api/v1/boxes/${demoBox.id}/agent-secret`,
      headers: hub.staffHeaders.admin,
    });
    const secret = secretResponse.json().secret as string;
    const policy = await hub.app.inject({
      method: 'PATCH',
      url: '/api/v1/document-types/driving_licence',
      headers: hub.staffHeaders.admin,
      payload: { pickupPolicy: { check: 'none', windowOpeningDays: null, evidenceImage: true } },
    });
    expect(policy.statusCode, policy.body).toBe(200);

    const proxy = await TcpProxy.start({ host: '127.0.0.1', port });
    cleanups.push(() => proxy.close());
    const dataDir = mkdtempSync(join(tmpdir(), 'bp-evidence-agent-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const driver = SimulatedDriver.withCompartments(24);
    const firstCamera = new SimulatedCamera();
    const first = await startAgent(proxy.port, secret, dataDir, driver, firstCamera);
    const connected = async () =>
      (await hub.ctx.db.selectFrom('boxes').select('link_connected').executeTakeFirstOrThrow())
        .link_connected === 1;
    await waitFor('connected', connected);

    // Loading: the loader's unlock asks for no image.
    const document = await registerTestDocument(hub, { typeId: 'driving_licence' });
    const loading = await requestLoading(hub, { documentId: document.id });
    expect(loading.statusCode, loading.body).toBe(200);
    const number = loading.json().compartment.number as number;
    await waitFor('the door opened for loading', () => driver.compartment(number).door === 'open');
    driver.act(number, 'place');
    driver.act(number, 'close');
    await waitFor('notified', async () => (await documentState(hub, document.id)) === 'notified');
    expect(firstCamera.captures).toBe(0);

    // The pickup; the agent's messages to the hub vanish from the moment the citizen presses "open".
    const started = await startKioskPickup(hub, '0151 23456789', await latestCode(hub, document.id));
    expect(started.statusCode, started.body).toBe(201);
    expect(started.json().evidenceImageRetentionDays).toBe(90);
    proxy.blackhole('up');
    const opened = await hub.app.inject({
      method: 'POST',
      url: `/api/v1/kiosk/pickups/${started.json().pickupId}/open`,
      headers: hub.terminalHeaders,
    });
    expect(opened.statusCode, opened.body).toBe(200);
    await waitFor('the door opened for the pickup', () => driver.compartment(number).door === 'open');
    await waitFor('the image taken', () => firstCamera.captures === 1);
    await waitFor('the image journaled', () => first.agent.controller.journalSize() >= 2);
    await first.stop();
    expect(await hub.ctx.db.selectFrom('evidence_images').select('id').execute()).toEqual([]);

    // Restarted and back online: the journal goes out, the camera is not asked again.
    proxy.restore();
    const secondCamera = new SimulatedCamera();
    const second = await startAgent(proxy.port, secret, dataDir, driver, secondCamera);
    const stored = await waitFor('the image stored', async () => {
      const rows = await hub.ctx.db.selectFrom('evidence_images').selectAll().execute();
      return rows.length > 0 ? rows : undefined;
    });
    await waitFor('the journal emptied', () => second.agent.controller.journalSize() === 0);
    expect(secondCamera.captures).toBe(0);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ document_id: document.id, compartment_number: number });
    expect(await hub.ctx.db.selectFrom('evidence_images').select('id').execute()).toHaveLength(1);

    const image = await hub.app.inject({
      url: `/api/v1/evidence-images/${stored[0]!.id}/image`,
      headers: hub.staffHeaders.auditor,
    });
    expect(image.statusCode).toBe(200);
    const meta = await sharp(image.rawPayload).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 320, 240]);
    driver.act(number, 'take');
    driver.act(number, 'close');
    await waitFor('picked up', async () => (await documentState(hub, document.id)) === 'picked_up');
  }, 120_000);
});
