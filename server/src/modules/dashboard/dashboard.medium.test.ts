import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestHub } from '../../testing/test-context.ts';
import { registerTestDocument, seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { completeTestPickup, placeWaitingDocument } from '../../testing/waiting-document-fixture.ts';
import { attachSimulatedBoxes } from '../../testing/simulated-box-fixture.ts';
import { raiseAlert } from '../alerts/raise-alert.ts';

describe('office dashboard', () => {
  let hub: SeededHub;
  beforeEach(async () => {
    hub = await seedTestHub(await createTestHub());
  });
  afterEach(() => hub.close());

  const dashboard = async (role: 'zone' | 'auditor' | 'clerk' = 'zone') => {
    const response = await hub.app.inject({ url: '/api/v1/dashboard', headers: hub.staffHeaders[role] });
    expect(response.statusCode).toBe(200);
    return response.json();
  };

  it('counts documents by what staff must do, per box, issued today and SMS trouble', async () => {
    await registerTestDocument(hub);
    await registerTestDocument(hub, { typeId: 'driving_licence' });
    const waiting = await placeWaitingDocument(hub, { compartmentNumber: 3 });
    const picked = await placeWaitingDocument(hub, { compartmentNumber: 4 });
    await completeTestPickup(hub, picked.id);
    const at = hub.clock.now().toISOString();
    await hub.ctx.db
      .transaction()
      .execute((trx) =>
        raiseAlert(trx, hub.ctx, at, { kind: 'door_left_open', boxId: 'dokbox-hn', documentId: waiting.id }),
      );
    // Two failed SMS (one a week and a day old, so not counted) and one stuck in the queue for an hour.
    const sms = (id: string, status: string, createdAt: string) => ({
      id,
      document_id: waiting.id,
      recipient: null,
      template: 'code',
      body_sealed: null,
      segments: 1,
      status,
      provider: 'outbox',
      provider_message_id: null,
      attempts: 3,
      last_error: status === 'failed' ? 'gateway said no' : null,
      created_at: createdAt,
      sent_at: null,
      status_at: createdAt,
    });
    await hub.ctx.db
      .insertInto('sms_messages')
      .values([
        sms('sms-failed-now', 'failed', '2026-11-24T08:30:00.000Z'),
        sms('sms-failed-old', 'failed', '2026-11-16T08:30:00.000Z'),
        sms('sms-stuck', 'queued', '2026-11-24T07:59:00.000Z'),
      ])
      .execute();

    const figures = await dashboard('auditor');
    expect(figures.dayStart).toBe('2026-11-23T23:00:00.000Z');
    expect(figures.documents).toEqual({
      toLoad: 2,
      waiting: 1,
      toCollect: 0,
      needsAttention: 0,
      issuedToday: 1,
    });
    expect(figures.openAlerts).toBe(1);
    expect(figures.boxes).toEqual([
      expect.objectContaining({
        id: 'dokbox-hn',
        connected: false,
        openAlerts: 1,
        compartments: expect.objectContaining({ total: 24, occupied: 1, faults: 0 }),
      }),
    ]);
    expect(figures.sms).toEqual({
      failedRecently: 1,
      stuck: 1,
      recentFailures: [
        {
          id: 'sms-failed-now',
          documentId: waiting.id,
          reference: waiting.reference,
          template: 'code',
          lastError: 'gateway said no',
          at: '2026-11-24T08:30:00.000Z',
        },
      ],
    });
  });

  it('is for staff only', async () => {
    expect((await hub.app.inject({ url: '/api/v1/dashboard' })).statusCode).toBe(401);
    expect((await hub.app.inject({ url: '/api/v1/live' })).statusCode).toBe(401);
  });

  it('streams committed changes live: alerts, box links, documents; never a rolled-back one', async () => {
    const address = await hub.app.listen({ port: 0, host: '127.0.0.1' });
    const controller = new AbortController();
    const response = await fetch(`${address}/api/v1/live`, {
      headers: hub.staffHeaders.zone,
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    /** Reads the stream until an event of `name` arrives; returns its data. */
    const next = async (name: string): Promise<Record<string, unknown>> => {
      for (;;) {
        const match = new RegExp(`event: ${name}\\ndata: (.*)\\n\\n`).exec(buffer);
        if (match) {
          buffer = buffer.slice(match.index + match[0].length);
          return JSON.parse(match[1]!) as Record<string, unknown>;
        }
        const chunk = await reader.read();
        if (chunk.done) throw new Error(`stream ended before ${name}`);
        buffer += decoder.decode(chunk.value, { stream: true });
      }
    };
    await next('ready');

    const at = hub.clock.now().toISOString();
    await hub.ctx.db
      .transaction()
      .execute(async (trx) => {
        await raiseAlert(trx, hub.ctx, at, { kind: 'box_fault', boxId: 'dokbox-hn' });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    const alertId = await hub.ctx.db
      .transaction()
      .execute((trx) => raiseAlert(trx, hub.ctx, at, { kind: 'call_staff', boxId: 'dokbox-hn' }));
    // The rolled-back alert never reached the stream: the first alert event is the committed one.
    expect(await next('alert')).toEqual({
      type: 'alert',
      change: 'raised',
      alertId,
      kind: 'call_staff',
      boxId: 'dokbox-hn',
    });

    await hub.app.inject({
      method: 'POST',
      url: `/api/v1/alerts/${alertId}/acknowledge`,
      headers: hub.staffHeaders.zone,
    });
    expect(await next('alert')).toMatchObject({ change: 'acknowledged', alertId });

    const document = await registerTestDocument(hub);
    expect(await next('document')).toEqual({
      type: 'document',
      documentId: document.id,
      state: 'registered',
      boxId: null,
    });

    const boxes = await attachSimulatedBoxes(hub);
    await boxes.settle();
    expect(await next('box')).toEqual({ type: 'box', boxId: 'dokbox-hn', connected: true });

    controller.abort();
    await reader.cancel().catch(() => undefined);
  });
});
