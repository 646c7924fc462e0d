// The agent's evidence images: the simulated camera makes real, distinguishable JPEGs; the controller takes one
// image when the door of an unlock that asked for it opens, none otherwise, keeps it in the journal until the hub's
// receipt (also across a restart), and takes none when the camera fails or is missing (a box-level fault instead).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AgentToHubMessage, EvidenceImageMessage } from '@buergerpunkt/contracts';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { Controller } from '../controller.ts';
import { SimulatedDriver } from '../drivers/simulated.ts';
import { Journal } from '../journal.ts';
import { silentAgentLogger } from '../logger.ts';
import { CameraError, type Camera } from './camera.ts';
import { drawEvidencePicture, SimulatedCamera } from './simulated-camera.ts';

const door = { openTimeoutSeconds: 5, leftOpenSeconds: 60, pollIntervalMs: 60_000 };
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function rig(dir: string, camera: Camera | undefined, driver = SimulatedDriver.withCompartments(4)) {
  const journal = new Journal(dir);
  const controller = new Controller({
    driver,
    journal,
    door,
    log: silentAgentLogger,
    ...(camera ? { camera } : {}),
    boxId: 'dokbox-test',
    now: () => new Date('2026-11-24T09:00:00Z'),
  });
  const sent: AgentToHubMessage[] = [];
  await controller.start();
  controller.connected((m) => sent.push(m));
  return {
    driver,
    journal,
    controller,
    sent,
    images: () => sent.filter((m): m is EvidenceImageMessage => m.kind === 'evidence_image'),
    async unlock(commandId: string, compartment: number, captureEvidence?: boolean) {
      controller.receive({
        kind: 'command',
        commandId,
        type: 'unlock',
        compartment,
        ...(captureEvidence ? { captureEvidence } : {}),
      });
      await controller.whenIdle();
    },
    async close() {
      await controller.stop();
      journal.close();
    },
  };
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bp-evidence-'));
  dirs.push(dir);
  return dir;
}

describe('simulated camera', () => {
  it('makes a real 320×240 JPEG that shows box, compartment and time', async () => {
    const at = new Date('2026-11-24T09:15:30Z');
    const image = await new SimulatedCamera().capture({ boxId: 'dokbox-hn', compartment: 7, at });
    expect(image.contentType).toBe('image/jpeg');
    expect([...image.bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    const meta = await sharp(Buffer.from(image.bytes)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 320, 240]);
    // Another compartment or another second draws another picture.
    const base = drawEvidencePicture({ boxId: 'dokbox-hn', compartment: 7, at });
    expect(base.equals(drawEvidencePicture({ boxId: 'dokbox-hn', compartment: 8, at }))).toBe(false);
    expect(
      base.equals(
        drawEvidencePicture({ boxId: 'dokbox-hn', compartment: 7, at: new Date(at.getTime() + 1000) }),
      ),
    ).toBe(false);
    expect(base.equals(drawEvidencePicture({ boxId: 'dokbox-hn', compartment: 7, at }))).toBe(true);
  });
});

describe('evidence capture in the controller', () => {
  it('takes one image when the door of an unlock with captureEvidence opens, and none for other unlocks', async () => {
    const camera = new SimulatedCamera();
    const box = await rig(tempDir(), camera);
    await box.unlock('command-plain-1', 1);
    expect(box.driver.compartment(1).door).toBe('open');
    expect(camera.captures).toBe(0);

    await box.unlock('command-photo-1', 2, true);
    expect(camera.captures).toBe(1);
    const [image] = box.images();
    expect(image).toMatchObject({
      kind: 'evidence_image',
      commandId: 'command-photo-1',
      compartment: 2,
      at: '2026-11-24T09:00:00.000Z',
      contentType: 'image/jpeg',
    });
    expect(Buffer.from(image!.data, 'base64').subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    // Sent after the door-opened event it belongs to.
    const order = box.sent.map((m) => (m.kind === 'event' ? m.type : m.kind));
    expect(order.indexOf('evidence_image')).toBeGreaterThan(order.lastIndexOf('door_opened'));

    // Closing and a resent command take no further image.
    box.driver.act(2, 'close');
    box.controller.pollSoon();
    await box.controller.whenIdle();
    await box.unlock('command-photo-1', 2, true);
    expect(camera.captures).toBe(1);
    await box.close();
  });

  it('keeps the image in the journal until the hub receipts it, also across a restart', async () => {
    const dir = tempDir();
    const driver = SimulatedDriver.withCompartments(4);
    const first = await rig(dir, new SimulatedCamera(), driver);
    await first.unlock('command-photo-2', 3, true);
    const [image] = first.images();
    expect(image).toBeDefined();
    await first.close();

    const camera = new SimulatedCamera();
    const second = await rig(dir, camera, driver);
    expect(second.images()).toEqual([image]);
    expect(camera.captures).toBe(0);
    second.controller.receive({ kind: 'event_receipt', eventId: image!.eventId });
    expect(second.journal.pendingEvents().some((m) => m.kind === 'evidence_image')).toBe(false);
    await second.close();
  });

  it('sends nothing when the camera fails, and the door works all the same', async () => {
    const broken: Camera = {
      capture: () => Promise.reject(new CameraError('no picture')),
    };
    const box = await rig(tempDir(), broken);
    await box.unlock('command-photo-3', 4, true);
    expect(box.driver.compartment(4).door).toBe('open');
    expect(box.images()).toEqual([]);
    expect(box.sent.some((m) => m.kind === 'ack' && m.ok)).toBe(true);
    // Staff hear of it: a box-level fault (the hub raises a box fault alert).
    expect(box.sent.filter((m) => m.kind === 'event' && m.type === 'fault')).toEqual([
      expect.objectContaining({ fault: 'evidence_image_failed' }),
    ]);
    await box.close();
  });

  it('reports a box without a camera when an image is asked for, and opens the door all the same', async () => {
    const box = await rig(tempDir(), undefined);
    await box.unlock('command-photo-4', 1, true);
    expect(box.driver.compartment(1).door).toBe('open');
    expect(box.images()).toEqual([]);
    const faults = box.sent.filter((m) => m.kind === 'event' && m.type === 'fault');
    expect(faults).toEqual([expect.objectContaining({ fault: 'camera_missing' })]);
    expect(faults[0]).not.toHaveProperty('compartment');
    await box.unlock('command-plain-4', 2);
    expect(box.sent.filter((m) => m.kind === 'event' && m.type === 'fault')).toHaveLength(1);
    await box.close();
  });
});
