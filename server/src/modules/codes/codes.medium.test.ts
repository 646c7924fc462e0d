import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestHub } from '../../testing/test-context.ts';
import { registerTestDocument, seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { unseal } from '../../platform/crypto.ts';
import {
  documentRow,
  latestCode,
  placeNotifiedDocument,
  smsCount,
  startKioskPickup,
} from '../kiosk/kiosk-test-support.ts';
import { phoneHash } from './pickup-codes.ts';

describe('new codes: citizen resend, staff resend, phone change', () => {
  let hub: SeededHub;
  beforeEach(async () => {
    hub = await seedTestHub(await createTestHub({ config: { pickup: { terminalFreeFailures: 100 } } }));
  });
  afterEach(() => hub.close());

  const start = (phone: string, code: string) => startKioskPickup(hub, phone, code);
  const resend = (phone: unknown) =>
    hub.app.inject({
      method: 'POST',
      url: '/api/v1/kiosk/resend',
      headers: hub.terminalHeaders,
      payload: { phone },
    });
  const newestSms = (documentId: string) =>
    hub.ctx.db
      .selectFrom('sms_messages')
      .selectAll()
      .where('document_id', '=', documentId)
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();

  it('a citizen resend replaces the code: the old one stops working, the new one works', async () => {
    const doc = await placeNotifiedDocument(hub);
    hub.clock.advance(1000);
    const response = await resend(doc.phone);
    expect(response.statusCode).toBe(202);
    expect(response.json().message).toContain('SMS');
    const newCode = await latestCode(hub, doc.documentId);
    expect(newCode).not.toBe(doc.code);
    const sms = await newestSms(doc.documentId);
    expect(sms).toMatchObject({ template: 'new_code', recipient: '+4915123456789', status: 'queued' });
    expect(unseal(hub.config.secrets.smsSealKey, sms.body_sealed!)).toContain(
      'Der alte Code gilt nicht mehr',
    );
    expect(
      await hub.ctx.db.selectFrom('jobs').select('id').where('kind', '=', 'sms.send').execute(),
    ).toHaveLength(2);

    expect((await start(doc.phone, doc.code)).statusCode).toBe(401);
    expect((await start(doc.phone, newCode)).statusCode).toBe(201);
    const audit = await hub.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'document.code_reissued')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_type: 'terminal', entity_id: doc.documentId });
    expect(JSON.parse(audit.data)).toMatchObject({ reason: 'citizen_request', resendsToday: 1 });
    expect(audit.data).not.toContain(newCode);
    expect(audit.data).not.toContain('23456789');
  });

  it('answers the same for a number without documents and sends nothing', async () => {
    const doc = await placeNotifiedDocument(hub);
    const known = await resend(doc.phone);
    const unknown = await resend('0170 1234567');
    expect(unknown.statusCode).toBe(202);
    expect(unknown.json()).toEqual(known.json());
    expect(await hub.ctx.db.selectFrom('sms_messages').select('id').execute()).toHaveLength(2);
    const invalid = await resend('12');
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().code).toBe('phone_invalid');
  });

  it('limits citizen resends per document and Berlin day', async () => {
    const doc = await placeNotifiedDocument(hub);
    expect(hub.config.pickup.resendPerDay).toBe(3);
    for (let i = 1; i <= 4; i++) {
      hub.clock.advance(60_000);
      expect((await resend(doc.phone)).statusCode).toBe(202);
    }
    expect(await smsCount(hub, doc.documentId)).toBe(1 + 3);
    const refused = await hub.ctx.db
      .selectFrom('audit_log')
      .select('data')
      .where('action', '=', 'document.code_resend_refused')
      .execute();
    expect(refused).toHaveLength(1);
    // 23:30 UTC is already tomorrow in Berlin: a new day, a new allowance.
    hub.clock.set('2026-11-24T23:30:00.000Z');
    expect((await resend(doc.phone)).statusCode).toBe(202);
    expect(await smsCount(hub, doc.documentId)).toBe(5);
    expect(await documentRow(hub, doc.documentId)).toMatchObject({
      resends_today: 1,
      resend_day: '2026-11-25',
    });
  });

  it('rate-limits the resend route', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await resend('0170 1234567')).statusCode);
    expect(statuses.slice(0, 5)).toEqual([202, 202, 202, 202, 202]);
    const limited = await resend('0170 1234567');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(limited.json().code).toBe('rate_limited');
  });

  it('a citizen resend keeps the guess budget; only staff’s new code lifts the lock, audited', async () => {
    // Issue 14: every resend once reset the counters and the lock, so three resends a day made 20 code guesses.
    const doc = await placeNotifiedDocument(hub);
    const wrong = ['111111', '222222', '333333', '444444', '555555', '666666'].filter((c) => c !== doc.code);
    for (const code of wrong.slice(0, 3)) expect((await start(doc.phone, code)).statusCode).toBe(401);
    hub.clock.advance(1000);
    expect((await resend(doc.phone)).statusCode).toBe(202);
    const resentCode = await latestCode(hub, doc.documentId);
    expect(resentCode).not.toBe(doc.code);
    expect(await documentRow(hub, doc.documentId)).toMatchObject({ code_failed_attempts: 3, code_locked: 0 });
    for (const code of wrong.filter((c) => c !== resentCode).slice(0, 2)) {
      expect((await start(doc.phone, code)).statusCode).toBe(401);
    }
    expect(await documentRow(hub, doc.documentId)).toMatchObject({ code_failed_attempts: 5, code_locked: 1 });
    expect((await start(doc.phone, resentCode)).json().code).toBe('code_wrong');

    // The citizen's resend neither lifts the lock nor sends a code that could not open anything.
    const smsBefore = await smsCount(hub, doc.documentId);
    hub.clock.advance(1000);
    expect((await resend(doc.phone)).statusCode).toBe(202);
    expect(await smsCount(hub, doc.documentId)).toBe(smsBefore);
    expect(await documentRow(hub, doc.documentId)).toMatchObject({ code_locked: 1 });
    const refused = await hub.ctx.db
      .selectFrom('audit_log')
      .select('data')
      .where('action', '=', 'document.code_resend_refused')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(refused.data!)).toEqual({ reason: 'code_locked' });

    // Staff's new code starts the budget again; the audit entry says what was reset.
    hub.clock.advance(1000);
    const byClerk = await hub.app.inject({
      method: 'POST',
      url: `/api/v1/documents/${doc.documentId}/resend-code`,
      headers: hub.staffHeaders.clerk,
    });
    expect(byClerk.statusCode).toBe(202);
    expect(await documentRow(hub, doc.documentId)).toMatchObject({ code_failed_attempts: 0, code_locked: 0 });
    const reissued = await hub.ctx.db
      .selectFrom('audit_log')
      .select('data')
      .where('action', '=', 'document.code_reissued')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(reissued.data!)).toMatchObject({
      reason: 'staff_request',
      // Six: the resent code tried on the locked document counted like a wrong one.
      guessBudgetReset: { codeFailedAttempts: 6, checkFailedAttempts: 0, wasLocked: true },
    });
    expect((await start(doc.phone, await latestCode(hub, doc.documentId))).statusCode).toBe(201);
  });

  it('a citizen resend keeps the failed date-of-birth checks too', async () => {
    const doc = await placeNotifiedDocument(hub, { typeId: 'passport', dateOfBirth: '2001-01-30' });
    const check = (pickupId: string, body: object) =>
      hub.app.inject({
        method: 'POST',
        url: `/api/v1/kiosk/pickups/${pickupId}/check`,
        headers: hub.terminalHeaders,
        payload: body,
      });
    const first = (await start(doc.phone, doc.code)).json().pickupId as string;
    expect((await check(first, { day: 1, month: 1, year: 2001 })).statusCode).toBe(401);
    expect((await check(first, { day: 2, month: 1, year: 2001 })).statusCode).toBe(401);
    await hub.app.inject({
      method: 'POST',
      url: `/api/v1/kiosk/pickups/${first}/cancel`,
      headers: hub.terminalHeaders,
    });
    hub.clock.advance(1000);
    await resend(doc.phone);
    expect(await documentRow(hub, doc.documentId)).toMatchObject({
      check_failed_attempts: 2,
      code_locked: 0,
    });
    const second = await start(doc.phone, await latestCode(hub, doc.documentId));
    expect(second.statusCode).toBe(201);
    const third = await check(second.json().pickupId, { day: 3, month: 1, year: 2001 });
    expect(third.statusCode).toBe(423);
    expect(third.json().code).toBe('check_locked');
    expect(await documentRow(hub, doc.documentId)).toMatchObject({
      check_failed_attempts: 3,
      code_locked: 1,
    });
  });

  it('staff send a fresh code regardless of the daily limit; only clerks (and admins) may', async () => {
    const doc = await placeNotifiedDocument(hub);
    await hub.ctx.db
      .updateTable('documents')
      .set({ resends_today: 3, resend_day: '2026-11-24', code_locked: 1, code_failed_attempts: 5 })
      .where('id', '=', doc.documentId)
      .execute();
    const url = `/api/v1/documents/${doc.documentId}/resend-code`;
    expect((await hub.app.inject({ method: 'POST', url, headers: hub.staffHeaders.loader })).statusCode).toBe(
      403,
    );
    expect((await hub.app.inject({ method: 'POST', url, headers: hub.terminalHeaders })).statusCode).toBe(
      401,
    );
    hub.clock.advance(1000);
    const byClerk = await hub.app.inject({ method: 'POST', url, headers: hub.staffHeaders.clerk });
    expect(byClerk.statusCode).toBe(202);
    const newCode = await latestCode(hub, doc.documentId);
    hub.clock.advance(1000);
    expect((await hub.app.inject({ method: 'POST', url, headers: hub.staffHeaders.admin })).statusCode).toBe(
      202,
    );
    const newestCode = await latestCode(hub, doc.documentId);
    expect(newestCode).not.toBe(newCode);
    expect((await start(doc.phone, doc.code)).statusCode).toBe(401);
    expect((await start(doc.phone, newCode)).statusCode).toBe(401);
    expect((await start(doc.phone, newestCode)).statusCode).toBe(201);
    const audit = await hub.ctx.db
      .selectFrom('audit_log')
      .select(['actor_type', 'data'])
      .where('action', '=', 'document.code_reissued')
      .execute();
    expect(audit.map((a) => a.actor_type)).toEqual(['staff', 'staff']);
    expect(JSON.parse(audit[0]!.data)).toMatchObject({ reason: 'staff_request' });

    const registered = await registerTestDocument(hub);
    const notWaiting = await hub.app.inject({
      method: 'POST',
      url: `/api/v1/documents/${registered.id}/resend-code`,
      headers: hub.staffHeaders.clerk,
    });
    expect(notWaiting.statusCode).toBe(409);
    const unknown = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/documents/00000000-0000-0000-0000-000000000000/resend-code',
      headers: hub.staffHeaders.clerk,
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('a new phone number gets a fresh code; the old number and code stop working', async () => {
    const doc = await placeNotifiedDocument(hub);
    const url = `/api/v1/documents/${doc.documentId}/phone`;
    const put = (phone: unknown, headers = hub.staffHeaders.clerk) =>
      hub.app.inject({ method: 'PUT', url, headers, payload: { phone } });
    expect((await put('0160 98765432', hub.staffHeaders.zone)).statusCode).toBe(403);
    expect((await put('12')).json().code).toBe('phone_invalid');
    const landline = await put('030 12345678');
    expect(landline.statusCode).toBe(422);
    expect(landline.json().code).toBe('phone_not_mobile');

    hub.clock.advance(1000);
    const changed = await put('0160 98765432');
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toEqual({
      documentId: doc.documentId,
      phoneMasked: '+49160****432',
      changed: true,
      codeReissued: true,
    });
    const row = await documentRow(hub, doc.documentId);
    expect(row.phone_e164).toBe('+4916098765432');
    expect(row.phone_hash).toBe(phoneHash(hub.config.secrets.codeKey, '+4916098765432'));
    expect((await newestSms(doc.documentId)).recipient).toBe('+4916098765432');
    const newCode = await latestCode(hub, doc.documentId);

    expect((await start(doc.phone, doc.code)).statusCode).toBe(401);
    expect((await start(doc.phone, newCode)).statusCode).toBe(401);
    expect((await start('0160 98765432', doc.code)).statusCode).toBe(401);
    expect((await start('0160 98765432', newCode)).statusCode).toBe(201);

    const audit = await hub.ctx.db
      .selectFrom('audit_log')
      .select(['actor_type', 'data'])
      .where('action', '=', 'document.phone_changed')
      .executeTakeFirstOrThrow();
    expect(audit.actor_type).toBe('staff');
    expect(JSON.parse(audit.data)).toMatchObject({ oldPhone: '+49151****789', newPhone: '+49160****432' });
    expect(audit.data).not.toContain('98765432');

    // The same number again changes nothing.
    expect((await put('+49 160 98765432')).json()).toMatchObject({ changed: false, codeReissued: false });
  });

  it('changes the number of a document not yet in the box without sending anything', async () => {
    const registered = await registerTestDocument(hub);
    const response = await hub.app.inject({
      method: 'PUT',
      url: `/api/v1/documents/${registered.id}/phone`,
      headers: hub.staffHeaders.clerk,
      payload: { phone: '0160 98765432' },
    });
    expect(response.json()).toMatchObject({ changed: true, codeReissued: false });
    expect(await smsCount(hub, registered.id)).toBe(0);
    expect((await documentRow(hub, registered.id)).phone_e164).toBe('+4916098765432');
  });
});
