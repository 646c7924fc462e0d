import { afterEach, describe, expect, it } from 'vitest';
import { jobDefinitions } from '../../jobs/job-definitions.ts';
import { JobRunner } from '../../jobs/job-runner.ts';
import { seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { createTestHub, testSecrets } from '../../testing/test-context.ts';
import { FakeSmsGateway } from './testing/fake-sms-gateway.ts';
import { queueSmsForNewDocument, smsMessageRow } from './testing/sms-test-support.ts';
import { signBpWebhook, signSevenWebhook } from './webhook-signatures.ts';

const path = '/api/v1/sms/status';
let hub: SeededHub | undefined;
let gateway: FakeSmsGateway | undefined;
afterEach(async () => {
  await hub?.close();
  await gateway?.close();
  hub = undefined;
  gateway = undefined;
});

/** A hub (outbox provider unless told otherwise) with one SMS already handed to the gateway. */
async function hubWithSentSms(sms: Record<string, unknown> = {}) {
  hub = await seedTestHub(await createTestHub({ config: { sms } }));
  const { documentId, messageId } = await queueSmsForNewDocument(hub, {
    recipient: '+4915123456789',
    template: 'new_code',
    params: {
      documentType: 'Personalausweis',
      boxName: 'DokBox Hohen Neuendorf',
      code: '123456',
      town: 'X',
    },
  });
  await new JobRunner(hub.ctx, jobDefinitions, 'test-runner').runDueJobs();
  const row = await smsMessageRow(hub, messageId);
  expect(row.status).toBe('sent');
  return { hub, documentId, messageId, providerMessageId: row.provider_message_id! };
}

/** Posts a raw body to the webhook as JSON, with the (signature) headers the case brings. */
function postJson(h: SeededHub, raw: string, headers: Record<string, string> = {}) {
  return h.app.inject({
    method: 'POST',
    url: path,
    payload: raw,
    headers: { ...headers, 'content-type': 'application/json' },
  });
}

const nowSeconds = (h: SeededHub) => Math.floor(h.clock.now().getTime() / 1000);

function postSigned(h: SeededHub, body: unknown, options: { timestamp?: number; secret?: string } = {}) {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  const headers = signBpWebhook(
    options.secret ?? testSecrets.smsWebhookSecret,
    options.timestamp ?? nowSeconds(h),
    raw,
  );
  return postJson(h, raw, headers);
}

const statusOf = async (h: SeededHub, id: string) => (await smsMessageRow(h, id)).status;

describe('delivery-status webhook (Bürgerpunkt signature)', () => {
  it('marks the message delivered and audits the change', async () => {
    const { hub, messageId } = await hubWithSentSms();
    hub.clock.advance(5_000);
    const response = await postSigned(hub, { eventId: 'evt-1', messageId, status: 'delivered' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ result: 'updated' });
    const row = await smsMessageRow(hub, messageId);
    expect(row).toMatchObject({ status: 'delivered', status_at: hub.clock.now().toISOString() });
    const audit = await hub.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'sms.delivered')
      .executeTakeFirstOrThrow();
    expect(audit.entity_id).toBe(messageId);
    expect(JSON.parse(audit.data)).toMatchObject({ previousStatus: 'sent', recipient: '+49151****789' });
  });

  it('finds the message by the gateway id too, and a failed delivery raises an alert for staff', async () => {
    const { hub, documentId, messageId, providerMessageId } = await hubWithSentSms();
    const response = await postSigned(hub, {
      eventId: 'evt-2',
      providerMessageId,
      status: 'failed',
      error: 'absent subscriber',
    });
    expect(response.json()).toEqual({ result: 'updated' });
    const row = await smsMessageRow(hub, messageId);
    expect(row).toMatchObject({ status: 'failed', last_error: 'absent subscriber' });
    const alerts = await hub.ctx.db.selectFrom('alerts').selectAll().execute();
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ kind: 'sms_failed', document_id: documentId });
    expect(JSON.parse(alerts[0]!.data)).toMatchObject({ messageId, stage: 'delivery' });

    // A late "delivered" after the final "failed" changes nothing.
    const late = await postSigned(hub, { eventId: 'evt-3', messageId, status: 'delivered' });
    expect(late.json()).toEqual({ result: 'unchanged' });
    expect(await statusOf(hub, messageId)).toBe('failed');
  });

  it('refuses a bad or missing signature with 401 webhook_signature_invalid and changes nothing', async () => {
    const { hub, messageId } = await hubWithSentSms();
    const body = JSON.stringify({ eventId: 'evt-1', messageId, status: 'failed' });
    const good = signBpWebhook(testSecrets.smsWebhookSecret, nowSeconds(hub), body);
    const cases = [
      { headers: {}, payload: body },
      { headers: good, payload: body.replace('failed', 'delivered') },
      { headers: signBpWebhook('an-attacker-secret-0123456789abcdef', nowSeconds(hub), body), payload: body },
      { headers: { ...good, 'x-bp-signature': good['x-bp-signature'].toUpperCase() }, payload: body },
      { headers: { ...good, 'x-bp-timestamp': String(nowSeconds(hub) + 1) }, payload: body },
      { headers: { ...good, 'x-bp-signature': 'sha256=' }, payload: body },
    ];
    for (const c of cases) {
      const response = await postJson(hub, c.payload, c.headers);
      expect(response.statusCode, JSON.stringify(c.headers)).toBe(401);
      expect(response.json().code).toBe('webhook_signature_invalid');
    }
    expect(await statusOf(hub, messageId)).toBe('sent');
  });

  it('refuses a timestamp more than 5 minutes off with 401 webhook_stale', async () => {
    const { hub, messageId } = await hubWithSentSms();
    const old = await postSigned(
      hub,
      { eventId: 'e-old', messageId, status: 'failed' },
      {
        timestamp: nowSeconds(hub) - 301,
      },
    );
    expect(old.statusCode).toBe(401);
    expect(old.json().code).toBe('webhook_stale');
    const future = await postSigned(
      hub,
      { eventId: 'e-future', messageId, status: 'failed' },
      {
        timestamp: nowSeconds(hub) + 301,
      },
    );
    expect(future.json().code).toBe('webhook_stale');
    expect(await statusOf(hub, messageId)).toBe('sent');

    const late = await postSigned(
      hub,
      { eventId: 'e-late', messageId, status: 'delivered' },
      {
        timestamp: nowSeconds(hub) - 299,
      },
    );
    expect(late.statusCode).toBe(200);
  });

  it('refuses a replay with 409 webhook_replayed, even when signed again with a fresh timestamp', async () => {
    const { hub, messageId } = await hubWithSentSms();
    const raw = JSON.stringify({ eventId: 'evt-replay', messageId, status: 'delivered' });
    const signature = signBpWebhook(testSecrets.smsWebhookSecret, nowSeconds(hub), raw);
    const first = await postJson(hub, raw, signature);
    expect(first.statusCode).toBe(200);
    const replay = await postJson(hub, raw, signature);
    expect(replay.statusCode).toBe(409);
    expect(replay.json().code).toBe('webhook_replayed');
    hub.clock.advance(60_000);
    const resigned = await postSigned(hub, raw);
    expect(resigned.statusCode).toBe(409);
    const audits = await hub.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'sms.delivered')
      .execute();
    expect(audits).toHaveLength(1);

    // Old receipts are forgotten once they are far beyond the 5-minute window.
    hub.clock.advance(25 * 60 * 60 * 1000);
    expect(
      (await postSigned(hub, { eventId: 'evt-next-day', messageId, status: 'delivered' })).statusCode,
    ).toBe(200);
    const receipts = await hub.ctx.db.selectFrom('sms_webhook_receipts').select('id').execute();
    expect(receipts).toEqual([{ id: 'bp:evt-next-day' }]);
  });

  it('answers hostile or unknown input with 4xx problems', async () => {
    const { hub } = await hubWithSentSms();
    const unknown = await postSigned(hub, {
      eventId: 'e-x',
      messageId: 'no-such-message',
      status: 'delivered',
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('sms_message_not_found');
    expect((await postSigned(hub, '{"eventId":')).statusCode).toBe(400);
    const shapes = [
      { eventId: 'e-1', status: 'delivered' },
      { eventId: 'e-2', messageId: 'm', status: 'read' },
      { eventId: 'e-3', messageId: 'm', status: 'delivered', extra: 1 },
      [],
      'text',
    ];
    for (const shape of shapes) {
      const response = await postSigned(hub, JSON.stringify(shape));
      expect(response.statusCode, JSON.stringify(shape)).toBe(400);
    }
    const form = await hub.app.inject({
      method: 'POST',
      url: path,
      payload: 'a=b',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.statusCode).toBe(415);
    const huge = await postJson(hub, JSON.stringify({ eventId: 'x'.repeat(100_000) }));
    expect(huge.statusCode).toBe(413);
    // Nothing above was taken as an event: the unknown-message event can still arrive later.
    const receipts = await hub.ctx.db.selectFrom('sms_webhook_receipts').selectAll().execute();
    expect(receipts).toEqual([]);
  });
});

describe('delivery-status webhook (seven.io signature, provider seven)', () => {
  const url = `http://localhost:3000${path}`;
  async function sevenHub() {
    gateway = await FakeSmsGateway.start();
    return hubWithSentSms({ provider: 'seven', sevenApiKey: gateway.sevenApiKey, sevenBaseUrl: gateway.url });
  }
  function postSeven(h: SeededHub, body: unknown, nonce: string, options: { url?: string } = {}) {
    const rawBody = JSON.stringify(body);
    const headers = signSevenWebhook(testSecrets.smsWebhookSecret, {
      timestamp: nowSeconds(h),
      nonce,
      method: 'POST',
      url: options.url ?? url,
      rawBody,
    });
    return postJson(h, rawBody, headers);
  }
  const dlr = (msgId: string, status: string) => ({
    webhook_event: 'dlr',
    webhook_timestamp: '2026-11-24 10:00:05',
    data: { msg_id: msgId, status, timestamp: '1795510805' },
  });

  it('applies DELIVERED, ignores interim reports and refuses a replayed nonce', async () => {
    const { hub, messageId, providerMessageId } = await sevenHub();
    const interim = await postSeven(hub, dlr(providerMessageId, 'BUFFERED'), 'nonce-1');
    expect(interim.json()).toEqual({ result: 'ignored' });
    const delivered = await postSeven(hub, dlr(providerMessageId, 'DELIVERED'), 'nonce-2');
    expect(delivered.json()).toEqual({ result: 'updated' });
    expect(await statusOf(hub, messageId)).toBe('delivered');
    const replay = await postSeven(hub, dlr(providerMessageId, 'DELIVERED'), 'nonce-2');
    expect(replay.statusCode).toBe(409);
  });

  it('turns NOTDELIVERED into failed with an alert, and refuses a signature for another URL', async () => {
    const { hub, messageId, providerMessageId } = await sevenHub();
    const forged = await postSeven(hub, dlr(providerMessageId, 'NOTDELIVERED'), 'n-1', {
      url: 'https://elsewhere.example/api/v1/sms/status',
    });
    expect(forged.statusCode).toBe(401);
    const bpSigned = await postSigned(hub, { eventId: 'e', messageId, status: 'failed' });
    expect(bpSigned.statusCode).toBe(401);

    const failed = await postSeven(hub, dlr(providerMessageId, 'NOTDELIVERED'), 'n-2');
    expect(failed.json()).toEqual({ result: 'updated' });
    expect(await statusOf(hub, messageId)).toBe('failed');
    expect((await hub.ctx.db.selectFrom('alerts').select('kind').execute()).map((a) => a.kind)).toEqual([
      'sms_failed',
    ]);
  });
});
