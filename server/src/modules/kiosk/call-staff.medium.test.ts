import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestHub } from '../../testing/test-context.ts';
import { seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { placeNotifiedDocument, startKioskPickup } from './kiosk-test-support.ts';

describe('kiosk: call staff and settings', () => {
  let hub: SeededHub;
  beforeEach(async () => {
    hub = await seedTestHub(await createTestHub({ config: { kiosk: { callStaffPerHour: 2 } } }));
  });
  afterEach(() => hub.close());

  const call = (body: Record<string, unknown> = {}, headers: Record<string, string> = hub.terminalHeaders) =>
    hub.app.inject({ method: 'POST', url: '/api/v1/kiosk/call-staff', headers, payload: body });
  const openAlerts = async () =>
    (await hub.app.inject({ url: '/api/v1/alerts?open=true', headers: hub.staffHeaders.zone })).json() as {
      id: string;
      kind: string;
      title: string;
      boxId: string | null;
      data: { reason?: string };
    }[];
  const resolve = (id: string) =>
    hub.app.inject({ method: 'POST', url: `/api/v1/alerts/${id}/resolve`, headers: hub.staffHeaders.zone });
  const auditActions = async (action: string) =>
    hub.ctx.db.selectFrom('audit_log').select(['action', 'data']).where('action', '=', action).execute();

  it('raises one live alert with the reason, audited; pressing again while it is open raises nothing new', async () => {
    const first = await call({ reason: 'door_problem' });
    expect(first.statusCode).toBe(202);
    expect(first.json()).toMatchObject({ alreadyCalled: false, alertId: expect.any(String) });

    const alerts = await openAlerts();
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      id: first.json().alertId,
      kind: 'call_staff',
      title: 'Bürgerin oder Bürger bittet um Hilfe',
      boxId: 'dokbox-hn',
      data: { reason: 'door_problem', source: 'kiosk' },
    });
    expect(await auditActions('kiosk.call_staff')).toHaveLength(1);

    const again = await call();
    expect(again.statusCode).toBe(202);
    expect(again.json()).toEqual({
      alertId: first.json().alertId,
      alreadyCalled: true,
      staffPresent: true,
      answerWithinSeconds: 120,
    });
    expect(await openAlerts()).toHaveLength(1);
    expect(await auditActions('kiosk.call_staff_repeated')).toHaveLength(1);
  });

  it('tells the kiosk when the office has acknowledged its call (audited); an unknown call is 404', async () => {
    const called = (await call({ reason: 'help' })).json() as {
      alertId: string;
      answerWithinSeconds: number;
    };
    expect(called.answerWithinSeconds).toBe(120);
    const status = () =>
      hub.app.inject({ url: `/api/v1/kiosk/call-staff/${called.alertId}`, headers: hub.terminalHeaders });
    expect((await status()).json()).toEqual({
      alertId: called.alertId,
      acknowledged: false,
      resolved: false,
    });

    const taken = await hub.app.inject({
      method: 'POST',
      url: `/api/v1/alerts/${called.alertId}/acknowledge`,
      headers: hub.staffHeaders.zone,
    });
    expect(taken.statusCode).toBe(200);
    expect((await status()).json()).toEqual({ alertId: called.alertId, acknowledged: true, resolved: false });
    expect(await auditActions('alert.acknowledge')).toHaveLength(1);

    await resolve(called.alertId);
    expect((await status()).json()).toMatchObject({ acknowledged: true, resolved: true });

    const unknown = await hub.app.inject({
      url: '/api/v1/kiosk/call-staff/nope-1',
      headers: hub.terminalHeaders,
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('staff_call_not_found');
    const anonymous = await hub.app.inject({ url: `/api/v1/kiosk/call-staff/${called.alertId}` });
    expect(anonymous.statusCode).toBe(401);
  });

  it('limits new calls per terminal and hour, and frees the terminal when the hour has passed', async () => {
    for (let n = 0; n < 2; n++) {
      const called = await call({ reason: 'help' });
      expect(called.json().alreadyCalled, `call ${n + 1}`).toBe(false);
      // Staff deal with it, so the next press is a new call.
      expect((await resolve(called.json().alertId)).statusCode).toBe(200);
      hub.clock.advance(60_000);
    }
    const refused = await call({ reason: 'help' });
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({ code: 'call_staff_limited', retryAfterSeconds: 3600 - 120 });
    expect(refused.headers['retry-after']).toBe(String(3600 - 120));
    expect(await auditActions('kiosk.call_staff_refused')).toHaveLength(1);
    expect(await openAlerts()).toHaveLength(0);

    hub.clock.advance((3600 - 120) * 1000);
    expect((await call()).json().alreadyCalled).toBe(false);
  });

  it('does not take a pickup waiting for staff for the citizen calling', async () => {
    // The city defaults ask no type for staff; an admin can choose it for a type.
    await hub.ctx.db
      .updateTable('document_types')
      .set({ pickup_check: 'staff_confirmation' })
      .where('id', '=', 'residence_permit')
      .execute();
    const doc = await placeNotifiedDocument(hub, { typeId: 'residence_permit' });
    const started = await startKioskPickup(hub, doc.phone, doc.code);
    expect(started.json().status).toBe('awaiting_staff');
    expect(await openAlerts()).toHaveLength(1);
    const called = await call({ reason: 'pickup_problem' });
    expect(called.json().alreadyCalled).toBe(false);
    expect((await openAlerts()).map((a) => a.data.reason).sort()).toEqual([
      'pickup_confirmation',
      'pickup_problem',
    ]);
  });

  it('refuses bad input and callers without a terminal key', async () => {
    const wrongReason = await call({ reason: 'coffee' });
    expect(wrongReason.statusCode).toBe(400);
    expect((await call({ reason: 'help', note: 'x' })).statusCode).toBe(400);
    const stranger = await call({}, { 'x-terminal-key': 'not-a-terminal-key-at-all' });
    expect(stranger.statusCode).toBe(401);
    expect(stranger.json().code).toBe('terminal_unknown');
    const staff = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/kiosk/call-staff',
      headers: hub.staffHeaders.zone,
      payload: {},
    });
    expect(staff.statusCode).toBe(401);
    expect(await openAlerts()).toHaveLength(0);
  });

  it('tells the kiosk its box and the configured idle times', async () => {
    const settings = await hub.app.inject({ url: '/api/v1/kiosk/settings', headers: hub.terminalHeaders });
    expect(settings.statusCode).toBe(200);
    expect(settings.json()).toEqual({
      terminalId: expect.any(String),
      boxId: 'dokbox-hn',
      idleSeconds: 90,
      countdownSeconds: 20,
      waitingIdleSeconds: 600,
      oldDocumentDeposit: true,
      maxCodeAttempts: 5,
    });
    expect((await hub.app.inject({ url: '/api/v1/kiosk/settings' })).statusCode).toBe(401);
  });

  it("says whether staff are in the zone by the zone's staffed hours and the hub's clock", async () => {
    // The test clock: Tuesday 2026-11-24, 10:00 in Berlin. Staffed on Tuesday 10:00–13:00 only.
    const hours = await hub.app.inject({
      method: 'PUT',
      url: '/api/v1/zone/opening-hours',
      headers: hub.staffHeaders.zone,
      payload: { hours: [{ weekday: 2, opens: '10:00', closes: '13:00' }] },
    });
    expect(hours.statusCode).toBe(200);
    const during = await call({ reason: 'help' });
    expect(during.json()).toMatchObject({ alreadyCalled: false, staffPresent: true });
    await resolve(during.json().alertId);

    hub.clock.advance(3 * 60 * 60_000); // 13:00: the staffed hours are over
    const after = await call({ reason: 'help' });
    expect(after.statusCode).toBe(202);
    // The call is still raised and recorded (someone may see it), but the kiosk learns nobody is here.
    expect(after.json()).toMatchObject({ alreadyCalled: false, staffPresent: false });
    expect((await openAlerts()).map((a) => a.id)).toEqual([after.json().alertId]);
  });
});
