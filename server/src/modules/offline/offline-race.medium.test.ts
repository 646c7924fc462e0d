/**
 * The double-use rule of the offline-safe box (docs/offline.md) on both databases: a resend at the hub while the box's
 * link is down, then a pickup with the old code at the box, then reconnect. Exactly one takes effect: the resend is
 * refused (held), the box's pickup counts. And the facts are applied in order, audited `offline.*`, once.
 */
import type { HubToAgentMessage, OfflineVerifiersMessage } from '@buergerpunkt/contracts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoBox, seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { createTestHub } from '../../testing/test-context.ts';
import { BoxLinkHub } from '../boxes/box-link-hub.ts';
import { documentRow, placeNotifiedDocument, smsCount } from '../kiosk/kiosk-test-support.ts';
import { offlineBoxKey, offlineCodeVerifier } from './offline-keys.ts';
import { OfflineVerifierSync } from './offline-verifier-sync.ts';
import { linkOutageReason } from './record-link-outage.ts';
import { computePickupDeadline } from '../calendar/pickup-window.ts';

describe('offline-safe box: the double-use rule', () => {
  let hub: SeededHub;
  let link: BoxLinkHub;
  let received: HubToAgentMessage[];

  beforeEach(async () => {
    hub = await seedTestHub(await createTestHub());
    link = new BoxLinkHub(hub.ctx);
    received = [];
  });
  afterEach(async () => {
    await link.stop();
    await hub.close();
  });

  /** The box's agent, as the link sees it. */
  function connectAgent() {
    return link.attach(demoBox.id, { send: (message) => received.push(message), close: () => {} });
  }

  async function snapshot(): Promise<OfflineVerifiersMessage> {
    await new OfflineVerifierSync(hub.ctx).sync(demoBox.id, (message) => received.push(message));
    const last = received.filter((m) => m.kind === 'offline_verifiers').at(-1);
    return last as OfflineVerifiersMessage;
  }

  const phoneE164 = '+4915123456789';
  let eventSeq = 0;
  const eventId = () => `offline-test-${String(++eventSeq).padStart(4, '0')}`;

  it('a resend while the link is down is held; the pickup with the old code at the box takes effect; a resend while it is up replaces the code at the box', async () => {
    const placed = await placeNotifiedDocument(hub, { typeId: 'civil_certificate', compartmentNumber: 5 });
    const agent = connectAgent();
    await link.whenIdle();
    const sent = await snapshot();
    const verifier = sent.verifiers.find((v) => v.documentId === placed.documentId)!;
    expect(verifier.codeVerifier).toBe(
      offlineCodeVerifier(offlineBoxKey(hub.config.secrets.codeKey, demoBox.id), phoneE164, placed.code),
    );

    agent.detach();
    await link.whenIdle();
    const smsBefore = await smsCount(hub, placed.documentId);
    // Staff: refused with a clear German message.
    const resend = await hub.app.inject({
      method: 'POST',
      url: `/api/v1/documents/${placed.documentId}/resend-code`,
      headers: hub.staffHeaders.clerk,
      payload: {},
    });
    expect(resend.statusCode).toBe(409);
    expect(resend.json()).toMatchObject({ code: 'box_link_down_hold' });
    expect(resend.json().title).toMatch(/nicht mit dem Büro verbunden/);
    const phone = await hub.app.inject({
      method: 'PUT',
      url: `/api/v1/documents/${placed.documentId}/phone`,
      headers: hub.staffHeaders.clerk,
      payload: { phone: '0151 11112222' },
    });
    expect(phone.json().code).toBe('box_link_down_hold');
    // The citizen's "new code" answers as always and sends nothing.
    const citizen = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/kiosk/resend',
      headers: hub.terminalHeaders,
      payload: { phone: placed.phone },
    });
    expect(citizen.statusCode).toBe(202);
    expect(await smsCount(hub, placed.documentId)).toBe(smsBefore);

    // Meanwhile at the box: the old code opens compartment 5; the citizen takes the document and closes the door.
    const openedAt = new Date(hub.clock.now().getTime() - 120_000).toISOString();
    const closedAt = new Date(hub.clock.now().getTime() - 100_000).toISOString();
    const commandId = 'offline-unlock-0001';
    const back = connectAgent();
    for (const message of [
      {
        kind: 'offline_fact',
        eventId: eventId(),
        type: 'pickup_opened',
        at: openedAt,
        terminalId: 'kiosk',
        documentIds: [placed.documentId],
        compartment: 5,
        commandId,
        checksPassed: ['code'],
      },
      { kind: 'event', eventId: eventId(), type: 'door_opened', compartment: 5, at: openedAt },
      {
        kind: 'event',
        eventId: eventId(),
        type: 'door_closed',
        compartment: 5,
        occupied: false,
        at: closedAt,
      },
    ])
      back.receive(JSON.stringify(message));
    await link.whenIdle();

    const row = await documentRow(hub, placed.documentId);
    expect(row.state).toBe('picked_up');
    expect(row.issued_at).toBe(closedAt);
    expect(row.code_hash).toBeNull();
    expect(await smsCount(hub, placed.documentId)).toBe(smsBefore);
    const audit = await hub.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id'])
      .where('action', 'like', 'offline.%')
      .execute();
    expect(audit).toEqual([{ action: 'offline.pickup_opened', actor_id: demoBox.id }]);
    // Every fact and event was receipted, so the agent may drop them from its journal.
    expect(received.filter((m) => m.kind === 'event_receipt')).toHaveLength(3);

    // The same fact again (a journal sent twice) changes nothing.
    back.receive(
      JSON.stringify({
        kind: 'offline_fact',
        eventId: 'offline-test-0001',
        type: 'pickup_opened',
        at: openedAt,
        documentIds: [placed.documentId],
        compartment: 5,
        commandId,
      }),
    );
    await link.whenIdle();
    expect((await documentRow(hub, placed.documentId)).state).toBe('picked_up');
    // And now the resend is refused for what it is: the document is gone.
    const late = await hub.app.inject({
      method: 'POST',
      url: `/api/v1/documents/${placed.documentId}/resend-code`,
      headers: hub.staffHeaders.clerk,
      payload: {},
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('invalid_transition');

    // With the link up, a resend reaches the box at once: the old code no longer opens offline.
    const other = await placeNotifiedDocument(hub, { typeId: 'civil_certificate', compartmentNumber: 6 });
    await link.whenIdle();
    const sync = new OfflineVerifierSync(hub.ctx);
    const send = (message: HubToAgentMessage) => received.push(message);
    await sync.sync(demoBox.id, send);
    const before = (received.at(-1) as OfflineVerifiersMessage).verifiers[0]!.codeVerifier;
    const resent = await hub.app.inject({
      method: 'POST',
      url: `/api/v1/documents/${other.documentId}/resend-code`,
      headers: hub.staffHeaders.clerk,
      payload: {},
    });
    expect(resent.statusCode).toBe(202);
    await sync.sync(demoBox.id, send);
    const after = received.at(-1) as OfflineVerifiersMessage;
    expect(after.verifiers).toHaveLength(1);
    expect(after.verifiers[0]!.codeVerifier).not.toBe(before);
    const boxKey = offlineBoxKey(hub.config.secrets.codeKey, demoBox.id);
    expect(after.verifiers[0]!.codeVerifier).not.toBe(offlineCodeVerifier(boxKey, phoneE164, other.code));

    // The pickup clock pauses: an hour without link on Wednesday morning makes Wednesday no opening day.
    const waiting = await documentRow(hub, other.documentId);
    const deadline = () =>
      computePickupDeadline(
        hub.ctx.db,
        demoBox.id,
        waiting.notified_at!,
        Number(waiting.window_opening_days ?? 5),
      );
    const before2 = await deadline();
    hub.clock.advance(24 * 3_600_000);
    back.detach();
    await link.whenIdle();
    hub.clock.advance(3_600_000);
    connectAgent();
    await link.whenIdle();
    const outages = await hub.ctx.db.selectFrom('box_outages').selectAll().execute();
    expect(outages).toMatchObject([{ box_id: demoBox.id, reason: linkOutageReason }]);
    expect(Date.parse(await deadline())).toBeGreaterThan(Date.parse(before2));
  });
});
