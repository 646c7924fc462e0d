/**
 * Outbound round trip (issue 16): issue events reach the specialist procedure as Standard Webhooks, written in the
 * transaction of the state change and delivered by the job runner: every event type signed, a retry after the
 * receiver failed (same webhook-id), and the `booked` acknowledgement back over the API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobRunner } from '../../jobs/job-runner.ts';
import { purgeWebhookDeliveries } from './purge-webhook-deliveries.ts';
import { jobDefinitions } from '../../jobs/job-definitions.ts';
import { systemPrincipal } from '../../platform/principal.ts';
import {
  createBoxTestHub,
  documentRow,
  loadAndNotify,
  startPickup,
  type BoxTestHub,
} from '../boxes/box-test-support.ts';
import { transitionDocument, type TransitionRequest } from '../documents/transition-document.ts';
import {
  newWebhookSecret,
  startWebhookReceiver,
  verifyWebhook,
  type ReceivedWebhook,
  type WebhookReceiver,
} from '../../testing/webhook-receiver.ts';

let t: BoxTestHub;
let receiver: WebhookReceiver;
let runner: JobRunner;
let integration: { authorization: string };
const secret = newWebhookSecret();

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  t = await createBoxTestHub({
    config: { integration: { webhookUrl: receiver.url, webhookSecret: secret } },
  });
  runner = new JobRunner(t.hub.ctx, jobDefinitions, 'test-runner');
  const token = await t.hub.app.inject({
    method: 'POST',
    url: '/api/v1/api-tokens',
    headers: t.hub.staffHeaders.admin,
    payload: { name: 'Fachverfahren', roles: ['integration'] },
  });
  integration = { authorization: `Bearer ${token.json().secret}` };
}, 60_000);
afterAll(async () => {
  await t?.hub.close();
  await receiver?.close();
});

const now = () => t.hub.ctx.clock.now().toISOString();

async function move(
  documentId: string,
  transition: TransitionRequest['transition'],
  principal = systemPrincipal,
) {
  await t.hub.ctx.db
    .transaction()
    .execute((trx) => transitionDocument(trx, { documentId, transition, principal, at: now() }));
}

/** The events received for one document, each verified; in order of receipt. */
function eventsOf(documentId: string, from: ReceivedWebhook[] = receiver.received) {
  return from
    .map((webhook) => ({ webhook, body: verifyWebhook(secret, webhook, t.hub.ctx.clock.now()) }))
    .filter(({ body }) => (body.data as { documentId: string }).documentId === documentId);
}

async function pickUp(documentId: string, number: number) {
  await startPickup(t, documentId, number);
  t.sim.box().take(number);
  t.sim.box().close(number);
  await t.sim.settle();
  expect((await documentRow(t.hub, documentId)).state).toBe('picked_up');
}

describe('issue events as Standard Webhooks', () => {
  it('delivers every event type, signed, with a stable id, and nothing for a change that rolled back', async () => {
    // registered, loaded, notified, picked_up
    const picked = await loadAndNotify(t, { reference: 'HN-WH-PICK', typeId: 'civil_certificate' });
    await pickUp(picked.documentId, picked.number);
    // registered, cancelled
    const registered = await t.hub.app.inject({
      method: 'POST',
      url: '/api/v1/documents',
      headers: integration,
      payload: {
        reference: 'HN-WH-CANCEL',
        officeId: 'buergeramt-hn',
        typeId: 'civil_certificate',
        holderName: 'Erika Mustermann',
        phone: '0151 23456789',
        consent: { textVersion: 'dokbox-1' },
      },
    });
    expect(registered.statusCode, registered.body).toBe(201);
    const cancelledId = registered.json().id as string;
    const cancel = await t.hub.app.inject({
      method: 'POST',
      url: `/api/v1/documents/${cancelledId}/cancel`,
      headers: t.hub.staffHeaders.clerk,
      payload: {},
    });
    expect(cancel.statusCode, cancel.body).toBe(200);
    // …, expired, returned
    const expired = await loadAndNotify(t, { reference: 'HN-WH-RETURN', typeId: 'civil_certificate' });
    await move(expired.documentId, 'expire');
    await move(expired.documentId, 'start_collecting', t.hub.staffPrincipal('loader'));
    await move(expired.documentId, 'confirm_collected', t.hub.staffPrincipal('loader'));
    await move(expired.documentId, 'record_return', t.hub.staffPrincipal('clerk'));
    // A transition that fails (and rolls back) leaves no event behind.
    await expect(move(cancelledId, 'cancel', t.hub.staffPrincipal('clerk'))).rejects.toThrow();

    const pending = await t.hub.ctx.db.selectFrom('webhook_deliveries').selectAll().execute();
    expect(pending.every((d) => d.status === 'pending')).toBe(true);
    expect(receiver.received).toHaveLength(0);
    await runner.runDueJobs();

    const delivered = await t.hub.ctx.db.selectFrom('webhook_deliveries').selectAll().execute();
    expect(delivered.map((d) => d.status)).toEqual(delivered.map(() => 'delivered'));
    expect(receiver.received).toHaveLength(delivered.length);

    const types = (documentId: string) => eventsOf(documentId).map(({ body }) => body.type);
    expect(types(picked.documentId)).toEqual([
      'document.registered',
      'document.loaded',
      'document.notified',
      'document.picked_up',
    ]);
    expect(types(cancelledId)).toEqual(['document.registered', 'document.cancelled']);
    expect(types(expired.documentId)).toEqual([
      'document.registered',
      'document.loaded',
      'document.notified',
      'document.expired',
      'document.returned',
    ]);

    const pickup = eventsOf(picked.documentId).find(({ body }) => body.type === 'document.picked_up')!;
    const row = await documentRow(t.hub, picked.documentId);
    expect(pickup.body.data).toEqual({
      documentId: picked.documentId,
      reference: 'HN-WH-PICK',
      officeId: 'buergeramt-hn',
      typeId: 'civil_certificate',
      state: 'picked_up',
      boxId: 'dokbox-hn',
      issuedAt: row.issued_at,
      method: 'pickup_code',
      checksPassed: JSON.parse(row.pickup_checks_passed ?? '[]'),
      pinLetterConfirmedAt: null,
    });
    expect(row.issued_at).toBeTruthy();
    // The headers per Standard Webhooks; the id is the delivery's stable id; no personal data in the body.
    const ids = receiver.received.map((w) => w.headers['webhook-id']);
    expect(new Set(ids).size).toBe(ids.length);
    for (const webhook of receiver.received) {
      expect(webhook.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
      expect(webhook.headers['webhook-timestamp']).toBe(
        String(Math.floor(t.hub.ctx.clock.now().getTime() / 1000)),
      );
      expect(webhook.body).not.toContain('Erika');
      expect(webhook.body).not.toContain('23456789');
    }
    const registeredEvent = eventsOf(cancelledId)[0]!;
    expect(registeredEvent.body.data).toMatchObject({
      consent: { textVersion: 'dokbox-1', givenAt: now() },
    });
    // A tampered body does not verify.
    expect(() =>
      verifyWebhook(
        secret,
        { ...receiver.received[0]!, body: receiver.received[0]!.body.replace('HN', 'XX') },
        t.hub.ctx.clock.now(),
      ),
    ).toThrow();
    // Delivered is audited.
    const audited = await t.hub.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'webhook.delivered')
      .execute();
    expect(audited).toHaveLength(delivered.length);
  });

  it('retries after the receiver failed, with the same webhook-id, and shows the state in the office', async () => {
    receiver.received.length = 0;
    receiver.failNext(503);
    // Later than the first test's events, so it is the newest in the office's list.
    t.hub.clock.advance(60_000);
    const doc = await t.hub.app.inject({
      method: 'POST',
      url: '/api/v1/documents',
      headers: integration,
      payload: {
        reference: 'HN-WH-RETRY',
        officeId: 'buergeramt-hn',
        typeId: 'civil_certificate',
        holderName: 'Max Muster',
        phone: '0151 23456789',
      },
    });
    expect(doc.statusCode).toBe(201);
    await runner.runDueJobs();
    expect(receiver.received).toHaveLength(1);
    const list = async () =>
      (
        await t.hub.app.inject({
          url: '/api/v1/integration/webhook-deliveries?limit=5',
          headers: t.hub.staffHeaders.clerk,
        })
      ).json();
    const afterFailure = await list();
    expect(afterFailure.configured).toBe(true);
    expect(afterFailure.items[0]).toMatchObject({
      eventType: 'document.registered',
      reference: 'HN-WH-RETRY',
      status: 'pending',
      attempts: 1,
      lastStatusCode: 503,
      lastError: 'HTTP 503',
    });
    // Not before the backoff has passed.
    await runner.runDueJobs();
    expect(receiver.received).toHaveLength(1);
    t.hub.clock.advance(10 * 60_000);
    await runner.runDueJobs();
    expect(receiver.received).toHaveLength(2);
    const [first, second] = receiver.received;
    expect(second!.headers['webhook-id']).toBe(first!.headers['webhook-id']);
    expect(second!.body).toBe(first!.body);
    expect(verifyWebhook(secret, second!, t.hub.ctx.clock.now())).toMatchObject({
      type: 'document.registered',
    });
    expect((await list()).items[0]).toMatchObject({ status: 'delivered', attempts: 2, lastStatusCode: 204 });
  });

  it('gives a delivery up after its attempts (failed, audited), later events still go out, and a clerk resends it', async () => {
    receiver.received.length = 0;
    t.hub.clock.advance(60_000);
    const attempts = t.hub.ctx.config.integration.webhookMaxAttempts;
    receiver.failNext(...Array.from({ length: attempts }, () => 500));
    const doc = await t.hub.app.inject({
      method: 'POST',
      url: '/api/v1/documents',
      headers: integration,
      payload: {
        reference: 'HN-WH-GIVEUP',
        officeId: 'buergeramt-hn',
        typeId: 'civil_certificate',
        holderName: 'Max Muster',
        phone: '0151 23456789',
      },
    });
    const documentId = doc.json().id as string;
    for (let attempt = 0; attempt < attempts; attempt++) {
      await runner.runDueJobs();
      t.hub.clock.advance(10 * 60_000);
    }
    expect(receiver.received).toHaveLength(attempts);
    const delivery = await t.hub.ctx.db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('document_id', '=', documentId)
      .executeTakeFirstOrThrow();
    expect(delivery).toMatchObject({ status: 'failed', attempts, last_status_code: 500 });
    const audit = await t.hub.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', documentId)
      .where('action', '=', 'webhook.failed')
      .execute();
    expect(audit).toHaveLength(1);
    // The next event of the document does not wait for the one given up.
    receiver.received.length = 0;
    const cancel = await t.hub.app.inject({
      method: 'POST',
      url: `/api/v1/documents/${documentId}/cancel`,
      headers: t.hub.staffHeaders.clerk,
      payload: {},
    });
    expect(cancel.statusCode).toBe(200);
    await runner.runDueJobs();
    expect(receiver.received.map((w) => JSON.parse(w.body).type)).toEqual(['document.cancelled']);

    // A clerk sends the given-up event again: same webhook-id, delivered now; audited; only a failed one.
    const resend = () =>
      t.hub.app.inject({
        method: 'POST',
        url: `/api/v1/integration/webhook-deliveries/${delivery.id}/resend`,
        headers: t.hub.staffHeaders.clerk,
        payload: {},
      });
    expect((await resend()).statusCode).toBe(202);
    await runner.runDueJobs();
    expect(receiver.received.at(-1)!.headers['webhook-id']).toBe(delivery.id);
    expect(verifyWebhook(secret, receiver.received.at(-1)!, t.hub.ctx.clock.now())).toMatchObject({
      type: 'document.registered',
    });
    const after = await t.hub.ctx.db
      .selectFrom('webhook_deliveries')
      .select(['status', 'attempts'])
      .where('id', '=', delivery.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual({ status: 'delivered', attempts: attempts + 1 });
    const again = await resend();
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('webhook_delivery_not_failed');
    const resendAudit = await t.hub.ctx.db
      .selectFrom('audit_log')
      .select('actor_type')
      .where('entity_id', '=', documentId)
      .where('action', '=', 'webhook.resend')
      .execute();
    expect(resendAudit).toEqual([{ actor_type: 'staff' }]);
  });

  it('takes the booked acknowledgement over the API, once, and lists the day with its booking state', async () => {
    receiver.received.length = 0;
    const doc = await loadAndNotify(t, { reference: 'HN-WH-BOOK', typeId: 'civil_certificate' });
    const book = (documentId: string, headers: Record<string, string>) =>
      t.hub.app.inject({
        method: 'POST',
        url: `/api/v1/register/issues/${documentId}/booked`,
        headers,
        payload: { bookingReference: 'FV-4711' },
      });
    const early = await book(doc.documentId, integration);
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('document_not_issued');
    await pickUp(doc.documentId, doc.number);
    await runner.runDueJobs();
    const pickedUp = eventsOf(doc.documentId).find(({ body }) => body.type === 'document.picked_up');
    expect(pickedUp).toBeDefined();

    const booked = await book(doc.documentId, integration);
    expect(booked.statusCode, booked.body).toBe(200);
    expect(booked.json()).toMatchObject({
      documentId: doc.documentId,
      reference: 'HN-WH-BOOK',
      bookedAt: now(),
      bookedBy: 'Fachverfahren',
      bookingSource: 'api',
    });
    t.hub.clock.advance(60_000);
    const again = await book(doc.documentId, integration);
    expect(again.json().bookedAt).toBe(booked.json().bookedAt);
    const audit = await t.hub.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'actor_type', 'data'])
      .where('entity_id', '=', doc.documentId)
      .where('action', '=', 'document.booked')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor_type).toBe('token');
    expect(JSON.parse(audit[0]!.data)).toMatchObject({ source: 'api', bookingReference: 'FV-4711' });

    const day = await t.hub.app.inject({ url: '/api/v1/register/day', headers: t.hub.staffHeaders.clerk });
    expect(day.statusCode).toBe(200);
    const entry = day.json().items.find((i: { documentId: string }) => i.documentId === doc.documentId);
    expect(entry).toMatchObject({ bookingSource: 'api', bookedAt: booked.json().bookedAt });
    // The zone staff do not book.
    expect((await book(doc.documentId, t.hub.staffHeaders.zone)).statusCode).toBe(403);
  });

  it('deletes settled deliveries after the retention time, keeps pending ones, and audits the purge', async () => {
    receiver.failNext(503);
    const pending = await t.hub.app.inject({
      method: 'POST',
      url: '/api/v1/documents',
      headers: integration,
      payload: {
        reference: 'HN-WH-PENDING',
        officeId: 'buergeramt-hn',
        typeId: 'civil_certificate',
        holderName: 'Max Muster',
        phone: '0151 23456789',
      },
    });
    await runner.runDueJobs();
    const count = async () =>
      Number(
        (
          await t.hub.ctx.db
            .selectFrom('webhook_deliveries')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    expect(await purgeWebhookDeliveries(t.hub.ctx)).toEqual({ deleted: 0 });
    t.hub.clock.advance(91 * 24 * 60 * 60_000);
    const { deleted } = await purgeWebhookDeliveries(t.hub.ctx);
    expect(deleted).toBe(before - 1);
    const left = await t.hub.ctx.db
      .selectFrom('webhook_deliveries')
      .select(['document_id', 'status'])
      .execute();
    expect(left).toEqual([{ document_id: pending.json().id, status: 'pending' }]);
    const audit = await t.hub.ctx.db
      .selectFrom('audit_log')
      .select('data')
      .where('action', '=', 'webhook.purged')
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.data)).toMatchObject({ deleted, retentionDays: 90 });
  });
});
