import { afterEach, describe, expect, it } from 'vitest';
import { jobDefinitions } from '../../jobs/job-definitions.ts';
import { JobRunner } from '../../jobs/job-runner.ts';
import { seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { createTestHub } from '../../testing/test-context.ts';
import { renderSms } from './queue-sms.ts';
import { sendSmsJob } from './send-sms-job.ts';
import { FakeSmsGateway } from './testing/fake-sms-gateway.ts';
import { queueSmsForNewDocument, smsJobRow, smsMessageRow } from './testing/sms-test-support.ts';

const params = {
  documentType: 'Reisepass',
  boxName: 'DokBox Hohen Neuendorf',
  code: '482915',
  deadline: 'Sa 05.12.',
  town: 'Hohen Neuendorf',
};

let hub: SeededHub | undefined;
let gateway: FakeSmsGateway | undefined;
afterEach(async () => {
  await hub?.close();
  await gateway?.close();
  hub = undefined;
  gateway = undefined;
});

async function startHub(sms: Record<string, unknown>, jobs?: Record<string, unknown>): Promise<SeededHub> {
  hub = await seedTestHub(await createTestHub({ config: jobs ? { sms, jobs } : { sms } }));
  return hub;
}

async function startWithGateway(provider: 'http' | 'seven' = 'http') {
  gateway = await FakeSmsGateway.start();
  const sms =
    provider === 'http'
      ? { provider, httpUrl: `${gateway.url}/sms`, httpToken: gateway.bearerToken, timeoutMs: 2000 }
      : { provider, sevenApiKey: gateway.sevenApiKey, sevenBaseUrl: gateway.url, timeoutMs: 2000 };
  return { hub: await startHub(sms), gateway };
}

const queueTestSms = (h: SeededHub, recipient = '+4915123456789') =>
  queueSmsForNewDocument(h, { recipient, template: 'pickup_ready', params }, { phone: recipient });

const audits = (h: SeededHub, action: string) =>
  h.ctx.db.selectFrom('audit_log').selectAll().where('action', '=', action).execute();
const alerts = (h: SeededHub) => h.ctx.db.selectFrom('alerts').selectAll().execute();

describe('sending an SMS through the generic HTTP gateway', () => {
  it('hands the message over once, records it sent, wipes the text and audits without text or number', async () => {
    const { hub, gateway } = await startWithGateway();
    const { documentId, messageId } = await queueTestSms(hub);
    const runner = new JobRunner(hub.ctx, jobDefinitions, 'test-runner');

    expect(await runner.runDueJobs()).toBe(1);

    expect(gateway.requests).toHaveLength(1);
    expect(gateway.requests[0]!.idempotencyKey).toBe(messageId);
    expect([...gateway.delivered.values()]).toEqual([
      expect.objectContaining({
        to: '+4915123456789',
        from: 'Buergerpkt',
        text: renderSms('pickup_ready', params),
      }),
    ]);
    const row = await smsMessageRow(hub, messageId);
    expect(row).toMatchObject({
      status: 'sent',
      provider: 'http',
      provider_message_id: gateway.delivered.get(messageId)!.id,
      attempts: 1,
      body_sealed: null,
      last_error: null,
      sent_at: hub.clock.now().toISOString(),
    });
    expect((await smsJobRow(hub, messageId)).status).toBe('done');

    const [audit] = await audits(hub, 'sms.sent');
    expect(audit).toMatchObject({ entity_type: 'sms_message', entity_id: messageId });
    const data = JSON.parse(audit!.data);
    expect(data).toMatchObject({ documentId, template: 'pickup_ready', recipient: '+49151****789' });
    expect(audit!.data).not.toContain('482915');
    expect(audit!.data).not.toContain('23456789');

    // Running the job again (a redelivered job) sends nothing.
    await sendSmsJob.run(hub.ctx, { messageId }, await smsJobRow(hub, messageId));
    expect(gateway.requests).toHaveLength(1);
  });

  it('retries a 503 with backoff under the same key and sends once', async () => {
    const { hub, gateway } = await startWithGateway();
    const { messageId } = await queueTestSms(hub);
    const runner = new JobRunner(hub.ctx, jobDefinitions, 'test-runner');
    gateway.script({ kind: 'status', status: 503 }, { kind: 'status', status: 503 });

    await runner.runDueJobs();
    expect(await smsMessageRow(hub, messageId)).toMatchObject({ status: 'queued', attempts: 1 });
    expect((await smsMessageRow(hub, messageId)).last_error).toContain('503');
    const waiting = await smsJobRow(hub, messageId);
    expect(waiting.status).toBe('pending');
    expect(waiting.run_at > hub.clock.now().toISOString()).toBe(true);
    // Not due yet: nothing happens without time passing.
    expect(await runner.runDueJobs()).toBe(0);

    hub.clock.advance(10 * 60_000);
    await runner.runDueJobs();
    expect((await smsJobRow(hub, messageId)).status).toBe('pending');
    hub.clock.advance(10 * 60_000);
    await runner.runDueJobs();

    expect(gateway.requests.map((r) => r.idempotencyKey)).toEqual([messageId, messageId, messageId]);
    expect(gateway.delivered.size).toBe(1);
    expect(await smsMessageRow(hub, messageId)).toMatchObject({
      status: 'sent',
      attempts: 3,
      last_error: null,
    });
    expect((await smsJobRow(hub, messageId)).status).toBe('done');
    expect(await alerts(hub)).toEqual([]);
  });

  it('retries after a timeout and the gateway still delivers only once', async () => {
    gateway = await FakeSmsGateway.start();
    const hub = await startHub({
      provider: 'http',
      httpUrl: `${gateway.url}/sms`,
      httpToken: gateway.bearerToken,
      timeoutMs: 200,
    });
    const { messageId } = await queueTestSms(hub);
    const runner = new JobRunner(hub.ctx, jobDefinitions, 'test-runner');
    gateway.script({ kind: 'hold' });

    await runner.runDueJobs();
    expect((await smsMessageRow(hub, messageId)).last_error).toContain('no answer within 200 ms');
    hub.clock.advance(10 * 60_000);
    await runner.runDueJobs();

    expect(gateway.requests).toHaveLength(2);
    expect(gateway.delivered.size).toBe(1);
    expect(await smsMessageRow(hub, messageId)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('fails for good on a 400 refusal: message failed, alert for staff, audit, no retry', async () => {
    const { hub, gateway } = await startWithGateway();
    const { documentId, messageId } = await queueTestSms(hub);
    const runner = new JobRunner(hub.ctx, jobDefinitions, 'test-runner');
    gateway.script({ kind: 'status', status: 400, body: '{"error":"invalid_recipient"}' });

    await runner.runDueJobs();
    hub.clock.advance(60 * 60_000);
    expect(await runner.runDueJobs()).toBe(0);

    expect(gateway.requests).toHaveLength(1);
    const row = await smsMessageRow(hub, messageId);
    expect(row).toMatchObject({ status: 'failed', attempts: 1, body_sealed: null });
    expect(row.last_error).toContain('400 (invalid_recipient)');
    expect((await smsJobRow(hub, messageId)).status).toBe('failed');
    const raised = await alerts(hub);
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({ kind: 'sms_failed', document_id: documentId });
    expect(JSON.parse(raised[0]!.data)).toMatchObject({ messageId, template: 'pickup_ready' });
    expect(await audits(hub, 'sms.failed')).toHaveLength(1);
  });

  it('keeps an SMS through a gateway that is down for an hour and sends it once when it is back', async () => {
    // The default retry budget (8 attempts) was used up after about four minutes of backoff, and the pickup code
    // of every SMS queued in an hour's outage was given up for good (found by `npm run reliability`, issue 17).
    const { hub, gateway } = await startWithGateway();
    const { messageId } = await queueTestSms(hub);
    const runner = new JobRunner(hub.ctx, jobDefinitions, 'test-runner');
    gateway.unavailable = true;
    const backAt = hub.clock.now().getTime() + 3600_000;
    for (;;) {
      await runner.runDueJobs();
      // On to the retry the backoff set (an hour of the gateway down in about 20 attempts).
      const due = Date.parse((await smsJobRow(hub, messageId)).run_at);
      if (due > backAt) break;
      hub.clock.advance(Math.max(1, due - hub.clock.now().getTime()));
    }
    const waiting = await smsMessageRow(hub, messageId);
    expect(waiting.status).toBe('queued');
    expect(waiting.attempts).toBeGreaterThan(8);
    expect(await alerts(hub)).toEqual([]);

    gateway.unavailable = false;
    // To the next retry after the gateway is back (the backoff, with its jitter, may lie beyond the hour).
    const nextTry = Date.parse((await smsJobRow(hub, messageId)).run_at);
    hub.clock.advance(Math.max(nextTry, backAt) + 1000 - hub.clock.now().getTime());
    await runner.runDueJobs();
    expect(await smsMessageRow(hub, messageId)).toMatchObject({ status: 'sent', last_error: null });
    expect(gateway.delivered.size).toBe(1);
    expect(new Set(gateway.requests.map((r) => r.idempotencyKey))).toEqual(new Set([messageId]));
  });

  it('gives up after the configured attempts and retry window with the same alert', async () => {
    gateway = await FakeSmsGateway.start();
    const hub = await startHub(
      { provider: 'http', httpUrl: `${gateway.url}/sms`, httpToken: gateway.bearerToken, retryHours: 1 },
      { maxAttempts: 2, pollIntervalMs: 20 },
    );
    const { messageId } = await queueTestSms(hub);
    const runner = new JobRunner(hub.ctx, jobDefinitions, 'test-runner');
    gateway.script({ kind: 'status', status: 503 }, { kind: 'status', status: 502 });
    await runner.runDueJobs();
    expect((await smsMessageRow(hub, messageId)).status).toBe('queued');
    hub.clock.advance(61 * 60_000);
    await runner.runDueJobs();
    expect(await smsMessageRow(hub, messageId)).toMatchObject({ status: 'failed', attempts: 2 });
    expect((await smsMessageRow(hub, messageId)).last_error).toContain('502');
    expect((await alerts(hub)).map((a) => a.kind)).toEqual(['sms_failed']);
    expect(gateway.delivered.size).toBe(0);
  });
});

describe('sending through the seven.io adapter', () => {
  it('sends with the real request format and stores seven.io message id', async () => {
    const { hub, gateway } = await startWithGateway('seven');
    const { messageId } = await queueTestSms(hub);
    await new JobRunner(hub.ctx, jobDefinitions, 'test-runner').runDueJobs();
    const form = new URLSearchParams(gateway.requests[0]!.body);
    expect(form.get('foreign_id')).toBe(messageId);
    expect(await smsMessageRow(hub, messageId)).toMatchObject({
      status: 'sent',
      provider: 'seven',
      provider_message_id: gateway.delivered.get(messageId)!.id,
    });
  });

  it('marks the message failed at once when seven.io refuses the recipient', async () => {
    const { hub, gateway } = await startWithGateway('seven');
    const { messageId } = await queueTestSms(hub);
    gateway.script({ kind: 'status', status: 200, body: '202' });
    await new JobRunner(hub.ctx, jobDefinitions, 'test-runner').runDueJobs();
    expect(await smsMessageRow(hub, messageId)).toMatchObject({ status: 'failed' });
    expect((await alerts(hub)).map((a) => a.kind)).toEqual(['sms_failed']);
  });
});
