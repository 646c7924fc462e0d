// Call-back requests over HTTP on a real database: from the site and the kiosk to zone staff, honeypot, consent,
// rate limit, and the purge of personal data after the retention time.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jobDefinitions } from '../../jobs/job-definitions.ts';
import { JobRunner } from '../../jobs/job-runner.ts';
import { MaintenanceScheduler } from '../../jobs/scheduler.ts';
import { seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { createTestHub } from '../../testing/test-context.ts';
import { handledRetentionMs, openRetentionMs, purgeCallbackRequests } from './callback-requests.ts';

const request = {
  name: 'Erika Mustermann',
  phone: '03303 123456',
  topic: 'Frage zum Wohngeld',
  preferredWindow: 'morning',
  consent: true,
};

describe('call-back requests', () => {
  let hub: SeededHub;
  beforeEach(async () => {
    hub = await seedTestHub(await createTestHub());
  });
  afterEach(() => hub.close());

  const post = (payload: object, headers: Record<string, string> = {}) =>
    hub.app.inject({ method: 'POST', url: '/api/v1/services/callback-requests', payload, headers });
  const list = async () =>
    (
      await hub.app.inject({ url: '/api/v1/services/callback-requests', headers: hub.staffHeaders.zone })
    ).json().items;

  it('takes a request from the site and from the kiosk and lists it for zone staff only', async () => {
    const fromSite = await post(request);
    expect(fromSite.statusCode).toBe(201);
    const fromKiosk = await post({ ...request, name: undefined, source: 'kiosk' }, hub.terminalHeaders);
    expect(fromKiosk.statusCode).toBe(201);

    const items = await list();
    expect(items).toHaveLength(2);
    expect(items.find((i: { id: string }) => i.id === fromSite.json().id)).toMatchObject({
      name: 'Erika Mustermann',
      phone: '+493303123456',
      topic: 'Frage zum Wohngeld',
      preferredWindow: 'morning',
      source: 'site',
      status: 'open',
    });
    expect(items.find((i: { id: string }) => i.id === fromKiosk.json().id)).toMatchObject({
      source: 'kiosk',
      name: null,
    });

    const clerk = await hub.app.inject({
      url: '/api/v1/services/callback-requests',
      headers: hub.staffHeaders.clerk,
    });
    expect(clerk.statusCode).toBe(403);
    expect((await hub.app.inject({ url: '/api/v1/services/callback-requests' })).statusCode).toBe(401);
    // A claimed kiosk source without a terminal key is a site request; a wrong key is refused.
    expect(
      (await post({ ...request, source: 'kiosk' }, { 'x-terminal-key': 'wrong-key-123456' })).statusCode,
    ).toBe(401);
  });

  it('confirms a request from a mobile number by SMS through the outbox, and none to a landline', async () => {
    const landline = await post(request);
    expect(landline.json().confirmationSms).toBe(false);
    const mobile = await post({ ...request, phone: '0151 23456789' }, hub.terminalHeaders);
    expect(mobile.json().confirmationSms).toBe(true);
    await new JobRunner(hub.ctx, jobDefinitions, 'test-runner').runDueJobs();
    const outbox = await hub.app.inject({ url: '/api/v1/dev/outbox?to=%2B4915123456789' });
    const messages = outbox.json().messages;
    expect(messages).toHaveLength(1);
    expect(messages[0].text).toContain('Ihre Rückrufbitte zur Behördennummer 115 ist eingegangen.');
    expect((await hub.app.inject({ url: '/api/v1/dev/outbox?to=%2B493303123456' })).json().messages).toEqual(
      [],
    );
    const stored = await hub.ctx.db
      .selectFrom('sms_messages')
      .select(['template', 'status', 'document_id'])
      .execute();
    expect(stored).toEqual([{ template: 'callback_received', status: 'sent', document_id: null }]);
  });

  it('refuses a request without consent or with a bad number, and stores nothing from a bot', async () => {
    const noConsent = await post({ ...request, consent: false });
    expect(noConsent.statusCode).toBe(422);
    expect(noConsent.json().title).toContain('zurückrufen');
    expect((await post({ ...request, phone: '12' })).statusCode).toBe(400);
    expect((await post({ ...request, phone: 'abcdefgh' })).json().code).toBe('callback_phone_invalid');
    const bot = await post({ ...request, website: 'http://spam.example' });
    expect(bot.statusCode).toBe(201);
    expect(await list()).toEqual([]);
  });

  it('limits requests from one address', async () => {
    const codes = [];
    for (let i = 0; i < 6; i++) codes.push((await post({ ...request, phone: `03303 12345${i}` })).statusCode);
    expect(codes.slice(0, 5)).toEqual([201, 201, 201, 201, 201]);
    expect(codes[5]).toBe(429);
  });

  it('records the outcome with a note, audited, and purges personal data after the retention time', async () => {
    const handled = (await post(request)).json().id;
    const forgotten = (await post({ ...request, phone: '0151 23456789' })).json().id;
    const done = await hub.app.inject({
      method: 'PATCH',
      url: `/api/v1/services/callback-requests/${handled}`,
      payload: { status: 'done', note: 'Rückruf erledigt, Antrag erklärt' },
      headers: hub.staffHeaders.zone,
    });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', note: 'Rückruf erledigt, Antrag erklärt' });
    expect(done.json().handledAt).toBe(hub.clock.now().toISOString());
    const actions = await hub.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'data'])
      .where('entity_id', '=', handled)
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['callback.requested', 'callback.updated']);
    expect(actions.map((a) => a.data).join()).not.toContain('3303');

    hub.clock.advance(handledRetentionMs - 60_000);
    expect(await purgeCallbackRequests(hub.ctx)).toEqual({ purged: 0 });
    hub.clock.advance(120_000);
    expect(await purgeCallbackRequests(hub.ctx)).toEqual({ purged: 1 });
    // Staff sessions have expired by now: the rows are read directly.
    const row = (id: string) =>
      hub.ctx.db
        .selectFrom('service_callback_requests')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
    expect(await row(handled)).toMatchObject({
      name: null,
      phone_e164: null,
      topic: null,
      note: null,
      status: 'done',
      purged_at: hub.clock.now().toISOString(),
    });
    expect((await row(forgotten)).phone_e164).toBe('+4915123456789');

    hub.clock.advance(openRetentionMs - handledRetentionMs);
    // The scheduler's round includes the call-back purge.
    await new MaintenanceScheduler(hub.ctx).runOnce();
    expect(await row(forgotten)).toMatchObject({ phone_e164: null, topic: null, status: 'open' });
  });
});
