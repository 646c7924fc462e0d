/**
 * Evidence images on the hub: an unlock for a document whose policy takes an image asks the box for one, the image
 * the box sends is stored sealed (the stored bytes are not the JPEG), once, audited; only auditors list and view it
 * (every view audited, never cached); the retention pass deletes it after the configured days.
 */
import { SimulatedCamera } from '@buergerpunkt/agent';
import type { EvidenceImageMessage, HubToAgentMessage } from '@buergerpunkt/contracts';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { demoBox, seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { createTestHub } from '../../testing/test-context.ts';
import type { ManualClock } from '../../platform/clock.ts';
import { BoxLinkHub } from '../boxes/box-link-hub.ts';
import { placeNotifiedDocument, startKioskPickup } from '../kiosk/kiosk-test-support.ts';
import { purgeEvidenceImages } from './purge-evidence-images.ts';

const dayMs = 24 * 60 * 60 * 1000;
const hubs: SeededHub[] = [];
afterEach(async () => {
  for (const hub of hubs.splice(0)) await hub.close();
});

async function evidenceHub(config: Record<string, unknown> = {}): Promise<SeededHub> {
  const hub = await seedTestHub(await createTestHub({ config }));
  hubs.push(hub);
  return hub;
}

async function setEvidencePolicy(hub: SeededHub, typeId: string, evidenceImage: boolean): Promise<void> {
  const response = await hub.app.inject({
    method: 'PATCH',
    url: `/api/v1/document-types/${typeId}`,
    headers: hub.staffHeaders.admin,
    payload: { pickupPolicy: { check: 'none', windowOpeningDays: null, evidenceImage } },
  });
  expect(response.statusCode, response.body).toBe(200);
  expect(response.json().pickupPolicy.evidenceImage).toBe(evidenceImage);
}

/** Phone + code at the kiosk, then the open step: returns the unlock command the hub queued. */
async function pickUpAtKiosk(hub: SeededHub, typeId: string) {
  const placed = await placeNotifiedDocument(hub, { typeId });
  const started = await startKioskPickup(hub, placed.phone, placed.code);
  expect(started.statusCode, started.body).toBe(201);
  const pickupId = started.json().pickupId as string;
  const opened = await hub.app.inject({
    method: 'POST',
    url: `/api/v1/kiosk/pickups/${pickupId}/open`,
    headers: hub.terminalHeaders,
  });
  expect(opened.statusCode, opened.body).toBe(200);
  const unlock = await hub.ctx.db
    .selectFrom('box_commands')
    .selectAll()
    .where('document_id', '=', placed.documentId)
    .where('type', '=', 'unlock')
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  return { ...placed, pickupId, started: started.json(), unlock };
}

/** The box's side of the link, in-process: a connection whose messages the test reads. */
function fakeBox(hub: SeededHub) {
  const link = new BoxLinkHub(hub.ctx);
  const received: HubToAgentMessage[] = [];
  const attachment = link.attach(demoBox.id, { send: (m) => received.push(m), close: () => undefined });
  return {
    received,
    async send(message: unknown) {
      attachment.receive(JSON.stringify(message));
      await link.whenIdle();
    },
    stop: () => link.stop(),
  };
}

async function imageMessage(
  commandId: string,
  compartment: number,
  eventId = 'evidence-event-0001',
): Promise<{ message: EvidenceImageMessage; bytes: Buffer }> {
  const at = new Date('2026-11-24T08:59:58Z'); // just before the test clock's now
  const image = await new SimulatedCamera().capture({ boxId: demoBox.id, compartment, at });
  const bytes = Buffer.from(image.bytes);
  return {
    bytes,
    message: {
      kind: 'evidence_image',
      eventId,
      commandId,
      compartment,
      at: at.toISOString(),
      contentType: 'image/jpeg',
      data: bytes.toString('base64'),
    },
  };
}

async function storedImages(hub: SeededHub) {
  return hub.ctx.db.selectFrom('evidence_images').selectAll().orderBy('taken_at').execute();
}

async function audit(hub: SeededHub, action: string) {
  const rows = await hub.ctx.db
    .selectFrom('audit_log')
    .select(['actor_type', 'actor_id', 'entity_id', 'data'])
    .where('action', '=', action)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({ ...r, data: JSON.parse(r.data) as Record<string, unknown> }));
}

describe('evidence images', () => {
  it('asks the box for an image only where the policy says so, and tells the kiosk before the door opens', async () => {
    const hub = await evidenceHub();
    await setEvidencePolicy(hub, 'driving_licence', true);
    await setEvidencePolicy(hub, 'passport', false);
    const withImage = await pickUpAtKiosk(hub, 'driving_licence');
    expect(withImage.started.evidenceImageRetentionDays).toBe(90);
    expect(JSON.parse(withImage.unlock.payload)).toEqual({
      compartment: withImage.compartmentNumber,
      captureEvidence: true,
      requireOccupied: true,
    });
    const status = await hub.app.inject({
      url: `/api/v1/kiosk/pickups/${withImage.pickupId}`,
      headers: hub.terminalHeaders,
    });
    expect(status.json().evidenceImageRetentionDays).toBe(90);

    // The command as it goes out to the agent carries the request.
    const box = fakeBox(hub);
    await box.send({ kind: 'ack', commandId: 'no-such-command-1', ok: true });
    const sentUnlock = box.received.find((m) => m.kind === 'command' && m.commandId === withImage.unlock.id);
    expect(sentUnlock).toMatchObject({ type: 'unlock', captureEvidence: true });
    await box.stop();

    // A type without the flag: no request, no notice.
    const plain = await pickUpAtKiosk(hub, 'passport');
    expect(plain.started.evidenceImageRetentionDays).toBeUndefined();
    expect(JSON.parse(plain.unlock.payload)).toEqual({
      compartment: plain.compartmentNumber,
      requireOccupied: true,
    });
  });

  it('stores the image sealed, once, audited, and refuses images nobody asked for', async () => {
    const hub = await evidenceHub();
    await setEvidencePolicy(hub, 'driving_licence', true);
    await setEvidencePolicy(hub, 'passport', false);
    const pickup = await pickUpAtKiosk(hub, 'driving_licence');
    const box = fakeBox(hub);
    const { message, bytes } = await imageMessage(pickup.unlock.id, pickup.compartmentNumber);

    await box.send(message);
    await box.send(message); // resent after a reconnect: stored once, receipted again
    expect(
      box.received.filter((m) => m.kind === 'event_receipt' && m.eventId === message.eventId),
    ).toHaveLength(2);
    const rows = await storedImages(hub);
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row).toMatchObject({
      document_id: pickup.documentId,
      box_id: demoBox.id,
      command_id: pickup.unlock.id,
      compartment_number: pickup.compartmentNumber,
      content_type: 'image/jpeg',
      size_bytes: bytes.length,
      taken_at: message.at,
    });
    // At rest the image is ciphertext: neither the JPEG nor its base64 appears in what is stored.
    const storedBody = Buffer.from(row.image_sealed.split('.')[2]!, 'base64url');
    expect(storedBody.length).toBe(bytes.length);
    expect(storedBody.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))).toBe(false);
    expect(storedBody.equals(bytes)).toBe(false);
    expect(row.image_sealed).not.toContain(message.data.slice(0, 40));
    const stored = await audit(hub, 'evidence_image.stored');
    expect(stored).toEqual([
      expect.objectContaining({
        actor_type: 'box',
        actor_id: demoBox.id,
        entity_id: pickup.documentId,
        data: expect.objectContaining({ evidenceImageId: row.id, compartment: pickup.compartmentNumber }),
      }),
    ]);
    // The box event log keeps no copy of the image.
    const events = await hub.ctx.db.selectFrom('box_events').select('payload').execute();
    expect(events.some((e) => e.payload.includes(message.data.slice(0, 40)))).toBe(false);

    // Not asked for: a passport pickup without the flag, an unknown command, another compartment, not a JPEG.
    const plain = await pickUpAtKiosk(hub, 'passport');
    const refusals: EvidenceImageMessage[] = [
      (await imageMessage(plain.unlock.id, plain.compartmentNumber, 'evidence-event-0002')).message,
      (await imageMessage('unknown-command-0001', pickup.compartmentNumber, 'evidence-event-0003')).message,
      (await imageMessage(pickup.unlock.id, pickup.compartmentNumber + 1, 'evidence-event-0004')).message,
      {
        ...message,
        eventId: 'evidence-event-0005',
        data: Buffer.from('GIF89a not a jpeg').toString('base64'),
      },
    ];
    for (const refused of refusals) await box.send(refused);
    expect(await storedImages(hub)).toHaveLength(1);
    // Refused images are receipted all the same: the box must not keep sending them.
    for (const refused of refusals) {
      expect(box.received.some((m) => m.kind === 'event_receipt' && m.eventId === refused.eventId)).toBe(
        true,
      );
    }
    await box.stop();
  });

  it('shows images to auditors only, audits every view and forbids caching', async () => {
    const hub = await evidenceHub();
    await setEvidencePolicy(hub, 'driving_licence', true);
    const pickup = await pickUpAtKiosk(hub, 'driving_licence');
    const box = fakeBox(hub);
    const { message, bytes } = await imageMessage(pickup.unlock.id, pickup.compartmentNumber);
    await box.send(message);
    await box.stop();

    const list = await hub.app.inject({ url: '/api/v1/evidence-images', headers: hub.staffHeaders.auditor });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.headers['cache-control']).toBe('no-store');
    const [item] = list.json().items;
    expect(list.json().retentionDays).toBe(90);
    expect(item).toMatchObject({
      documentId: pickup.documentId,
      documentType: 'Führerschein',
      boxId: demoBox.id,
      compartmentNumber: pickup.compartmentNumber,
      takenAt: message.at,
      sizeBytes: bytes.length,
      deleteAfter: new Date(Date.parse(message.at) + 90 * dayMs).toISOString(),
    });
    expect(item.documentReference).toEqual(expect.any(String));
    const ofDocument = await hub.app.inject({
      url: `/api/v1/evidence-images?documentId=${pickup.documentId}`,
      headers: hub.staffHeaders.auditor,
    });
    expect(ofDocument.json().items).toHaveLength(1);
    expect(
      (
        await hub.app.inject({
          url: '/api/v1/evidence-images?documentId=other-document',
          headers: hub.staffHeaders.auditor,
        })
      ).json().items,
    ).toEqual([]);

    const view = (headers: Record<string, string>, id = item.id as string) =>
      hub.app.inject({ url: `/api/v1/evidence-images/${id}/image`, headers });
    const image = await view(hub.staffHeaders.auditor);
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/jpeg');
    expect(image.headers['cache-control']).toBe('no-store');
    expect(image.rawPayload.equals(bytes)).toBe(true);
    const decoded = await sharp(image.rawPayload).metadata();
    expect([decoded.format, decoded.width, decoded.height]).toEqual(['jpeg', 320, 240]);
    await view(hub.staffHeaders.auditor);

    const auditorId = hub.staffPrincipal('auditor').actor.id;
    const views = await audit(hub, 'evidence_image.viewed');
    expect(views).toHaveLength(2);
    expect(views[0]).toMatchObject({
      actor_type: 'staff',
      actor_id: auditorId,
      entity_id: pickup.documentId,
      data: { evidenceImageId: item.id, boxId: demoBox.id, compartment: pickup.compartmentNumber },
    });

    for (const role of ['admin', 'clerk', 'loader', 'zone'] as const) {
      const listed = await hub.app.inject({
        url: '/api/v1/evidence-images',
        headers: hub.staffHeaders[role],
      });
      expect(listed.statusCode, role).toBe(403);
      const viewed = await view(hub.staffHeaders[role]);
      expect(viewed.statusCode, role).toBe(403);
      expect(viewed.json().code).toBe(role === 'admin' ? 'evidence_images_auditors_only' : 'forbidden');
    }
    // An integration's API token with the auditor role is no person: refused too.
    const token = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/api-tokens',
      headers: hub.staffHeaders.admin,
      payload: { name: 'Prüfsoftware', roles: ['auditor'] },
    });
    expect(token.statusCode, token.body).toBe(201);
    const tokenView = await view({ authorization: `Bearer ${token.json().secret}` });
    expect(tokenView.statusCode).toBe(403);
    expect(tokenView.json().code).toBe('evidence_images_auditors_only');
    expect((await view({})).statusCode).toBe(401);
    expect((await view(hub.staffHeaders.auditor, 'no-such-image')).statusCode).toBe(404);
    // Refused views leave no view entry.
    expect(await audit(hub, 'evidence_image.viewed')).toHaveLength(2);
  });

  it('deletes images after the retention, audited with the count', async () => {
    const hub = await evidenceHub({ evidenceImage: { retentionDays: 30 } });
    const clock = hub.ctx.clock as ManualClock;
    await setEvidencePolicy(hub, 'driving_licence', true);
    const first = await pickUpAtKiosk(hub, 'driving_licence');
    const box = fakeBox(hub);
    await box.send((await imageMessage(first.unlock.id, first.compartmentNumber)).message);
    clock.advance(10 * dayMs);
    const second = await pickUpAtKiosk(hub, 'driving_licence');
    const later = await imageMessage(second.unlock.id, second.compartmentNumber, 'evidence-event-0009');
    await box.send({ ...later.message, at: clock.now().toISOString() });
    await box.stop();
    expect(await storedImages(hub)).toHaveLength(2);

    clock.advance(20 * dayMs - 60_000); // the first is 30 days minus a minute old
    expect(await purgeEvidenceImages(hub.ctx)).toEqual({ deleted: 0 });
    expect(await audit(hub, 'evidence_image.purged')).toEqual([]);
    clock.advance(2 * 60_000);
    expect(await purgeEvidenceImages(hub.ctx)).toEqual({ deleted: 1 });
    expect((await storedImages(hub)).map((r) => r.document_id)).toEqual([second.documentId]);
    clock.advance(10 * dayMs);
    expect(await purgeEvidenceImages(hub.ctx)).toEqual({ deleted: 1 });
    expect(await purgeEvidenceImages(hub.ctx)).toEqual({ deleted: 0 });
    expect(await storedImages(hub)).toEqual([]);
    const purged = await audit(hub, 'evidence_image.purged');
    expect(purged.map((p) => p.data)).toEqual([
      expect.objectContaining({ deleted: 1, retentionDays: 30 }),
      expect.objectContaining({ deleted: 1, retentionDays: 30 }),
    ]);
    expect(purged[0]!.actor_type).toBe('system');
  });
});
