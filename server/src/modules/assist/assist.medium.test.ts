import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AssistSnapshot } from '@buergerpunkt/contracts';
import { createTestHub } from '../../testing/test-context.ts';
import { seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { assistAnswerMs, assistSilentMs, unmaskedFields } from './assist-service.ts';

describe('staff assist at the kiosk', () => {
  let hub: SeededHub;
  let terminalId: string;
  /** One seeded hub for the file (seeding is most of the time); each test reads the audit entries after its start. */
  let auditFrom = 0;
  beforeAll(async () => {
    hub = await seedTestHub(await createTestHub());
    terminalId = (
      await hub.app.inject({ url: '/api/v1/kiosk/settings', headers: hub.terminalHeaders })
    ).json().terminalId as string;
  }, 60_000);
  beforeEach(async () => {
    const head = await hub.ctx.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .executeTakeFirst();
    auditFrom = Number(head?.seq ?? 0);
  });
  afterAll(() => hub?.close());

  const asStaff = (
    method: 'GET' | 'POST',
    url: string,
    payload?: object,
    headers: Record<string, string> = hub.staffHeaders.zone,
  ) => hub.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload }) });
  const asKiosk = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    hub.app.inject({
      method,
      url,
      headers: hub.terminalHeaders,
      ...(payload === undefined ? {} : { payload }),
    });
  const request = async () => {
    const response = await asStaff('POST', '/api/v1/assist/sessions', { terminalId });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  };
  const audit = async () =>
    (
      await hub.ctx.db
        .selectFrom('audit_log')
        .select(['action', 'actor_type', 'data'])
        .where('action', 'like', 'assist.%')
        .where('seq', '>', auditFrom)
        .orderBy('seq')
        .execute()
    ).map((row) => ({ action: row.action, actor: row.actor_type, data: JSON.parse(row.data ?? '{}') }));
  const snapshot = (fields: Partial<AssistSnapshot['fields']> = {}): AssistSnapshot => ({
    step: 'code',
    language: 'de',
    fields: { phone: '•••• •••••••', code: '••••', day: '', month: '', year: '', ...fields },
    busy: false,
  });

  it('relays a consented session: masked screen to the tablet, commands to the kiosk, each step audited', async () => {
    expect((await asKiosk('GET', '/api/v1/kiosk/assist')).json()).toEqual({ session: null, commands: [] });
    const id = await request();
    // One open session per kiosk.
    expect((await asStaff('POST', '/api/v1/assist/sessions', { terminalId })).json().code).toBe(
      'assist_session_open',
    );

    const asked = (await asKiosk('GET', '/api/v1/kiosk/assist')).json();
    expect(asked).toEqual({
      session: { id, state: 'requested', staffName: expect.any(String) },
      commands: [],
    });
    expect(asked.session.staffName.length).toBeGreaterThan(0);
    // Before the visitor's yes nothing is relayed.
    expect((await asKiosk('PUT', `/api/v1/kiosk/assist/${id}/screen`, snapshot())).statusCode).toBe(409);
    expect(
      (await asStaff('POST', `/api/v1/assist/sessions/${id}/commands`, { kind: 'read_aloud' })).statusCode,
    ).toBe(409);

    expect((await asKiosk('POST', `/api/v1/kiosk/assist/${id}/answer`, { consent: true })).statusCode).toBe(
      204,
    );
    expect((await asKiosk('PUT', `/api/v1/kiosk/assist/${id}/screen`, snapshot())).statusCode).toBe(204);
    // Digits typed by the visitor never reach the hub's store, whichever field they are in.
    for (const fields of [{ code: '123456' }, { day: '0•' }, { phone: '0170 1234504' }]) {
      const leaked = await asKiosk('PUT', `/api/v1/kiosk/assist/${id}/screen`, snapshot(fields));
      expect(leaked.statusCode).toBe(400);
    }
    const view = (await asStaff('GET', `/api/v1/assist/sessions/${id}`)).json();
    expect(view).toMatchObject({
      state: 'active',
      mine: true,
      snapshot: { step: 'code', fields: { code: '••••' } },
    });
    // Another staff member sees that a session runs, not the screen, and cannot steer it.
    const other = (
      await asStaff('GET', `/api/v1/assist/sessions/${id}`, undefined, hub.staffHeaders.clerk)
    ).json();
    expect(other).toMatchObject({ state: 'active', mine: false, snapshot: null });
    expect(
      (
        await asStaff(
          'POST',
          `/api/v1/assist/sessions/${id}/commands`,
          { kind: 'press', target: 1 },
          hub.staffHeaders.clerk,
        )
      ).statusCode,
    ).toBe(404);

    expect(
      (await asStaff('POST', `/api/v1/assist/sessions/${id}/commands`, { kind: 'highlight' })).statusCode,
    ).toBe(400);
    for (const body of [
      { kind: 'highlight', target: 3 },
      { kind: 'press', target: 7 },
      { kind: 'read_aloud' },
    ]) {
      expect((await asStaff('POST', `/api/v1/assist/sessions/${id}/commands`, body)).statusCode).toBe(202);
    }
    const commands = (await asKiosk('GET', '/api/v1/kiosk/assist?afterSeq=1')).json().commands;
    expect(commands).toEqual([
      { seq: 2, kind: 'press', target: 7 },
      { seq: 3, kind: 'read_aloud', target: null },
    ]);

    expect((await asKiosk('POST', `/api/v1/kiosk/assist/${id}/end`, { reason: 'visitor' })).statusCode).toBe(
      204,
    );
    const ended = (await asStaff('GET', `/api/v1/assist/sessions/${id}`)).json();
    expect(ended).toMatchObject({ state: 'ended', endReason: 'visitor', snapshot: null });
    expect((await asKiosk('GET', '/api/v1/kiosk/assist')).json().session).toBeNull();
    const stored = await hub.ctx.db
      .selectFrom('assist_sessions')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.screen_state).toBeNull();

    expect((await audit()).map((entry) => `${entry.action}:${entry.actor}`)).toEqual([
      'assist.request:staff',
      'assist.consent:terminal',
      'assist.command:staff',
      'assist.command:staff',
      'assist.command:staff',
      'assist.end:terminal',
    ]);
  });

  it('records a decline, ends unanswered and silent sessions by timeout, and lets staff end theirs', async () => {
    const declined = await request();
    expect(
      (await asKiosk('POST', `/api/v1/kiosk/assist/${declined}/answer`, { consent: false })).statusCode,
    ).toBe(204);
    expect((await asStaff('GET', `/api/v1/assist/sessions/${declined}`)).json()).toMatchObject({
      state: 'declined',
    });
    expect(
      (await asKiosk('POST', `/api/v1/kiosk/assist/${declined}/answer`, { consent: true })).statusCode,
    ).toBe(409);

    const unanswered = await request();
    hub.clock.advance(assistAnswerMs + 1000);
    expect((await asKiosk('GET', '/api/v1/kiosk/assist')).json().session).toBeNull();
    expect((await asStaff('GET', `/api/v1/assist/sessions/${unanswered}`)).json()).toMatchObject({
      state: 'ended',
      endReason: 'timeout',
    });

    const silent = await request();
    await asKiosk('POST', `/api/v1/kiosk/assist/${silent}/answer`, { consent: true });
    // The tablet keeps asking; the kiosk has gone quiet.
    for (let i = 0; i < 4; i++) {
      hub.clock.advance(assistSilentMs / 3);
      await asStaff('GET', `/api/v1/assist/sessions/${silent}`);
    }
    expect((await asStaff('GET', `/api/v1/assist/sessions/${silent}`)).json()).toMatchObject({
      state: 'ended',
      endReason: 'timeout',
    });

    const byStaff = await request();
    await asKiosk('POST', `/api/v1/kiosk/assist/${byStaff}/answer`, { consent: true });
    const ended = await asStaff('POST', `/api/v1/assist/sessions/${byStaff}/end`);
    expect(ended.json()).toMatchObject({ state: 'ended', endReason: 'staff' });
    const terminal = (await asStaff('GET', `/api/v1/assist/terminals/${terminalId}`)).json();
    expect(terminal).toMatchObject({ terminalId, session: { id: byStaff, state: 'ended' } });

    expect((await audit()).map((entry) => `${entry.action}:${entry.data.reason ?? ''}`)).toEqual([
      'assist.request:',
      'assist.decline:',
      'assist.request:',
      'assist.end:timeout',
      'assist.request:',
      'assist.consent:',
      'assist.end:timeout',
      'assist.request:',
      'assist.consent:',
      'assist.end:staff',
    ]);
  });

  it('is open to zone staff and clerks only, never to a token; "Personal rufen" carries the kiosk step', async () => {
    for (const role of ['loader', 'auditor'] as const) {
      const refused = await asStaff(
        'POST',
        '/api/v1/assist/sessions',
        { terminalId },
        hub.staffHeaders[role],
      );
      expect(refused.statusCode).toBe(403);
    }
    const token = await asStaff(
      'POST',
      '/api/v1/api-tokens',
      { name: 'zone token', roles: ['zone'] },
      hub.staffHeaders.admin,
    );
    const byToken = await asStaff(
      'POST',
      '/api/v1/assist/sessions',
      { terminalId },
      { authorization: `Bearer ${token.json().secret}` },
    );
    expect(byToken.json()).toMatchObject({ status: 403, code: 'assist_staff_only' });
    expect((await asStaff('POST', '/api/v1/assist/sessions', { terminalId: 'nope' })).statusCode).toBe(404);

    const called = await asKiosk('POST', '/api/v1/kiosk/call-staff', {
      reason: 'check_problem',
      step: 'birthDate',
    });
    expect(called.statusCode).toBe(202);
    const alerts = (await asStaff('GET', '/api/v1/alerts?open=true')).json();
    expect(alerts[0]).toMatchObject({ kind: 'call_staff', terminalId, data: { step: 'birthDate' } });
    // Pressed again from a later step: the open call now names that step.
    await asKiosk('POST', '/api/v1/kiosk/call-staff', { reason: 'door_problem', step: 'door' });
    const again = (await asStaff('GET', '/api/v1/alerts?open=true')).json();
    expect(again).toHaveLength(alerts.length);
    expect(again[0]).toMatchObject({ id: alerts[0].id, data: { step: 'door' } });
    expect(unmaskedFields(snapshotWith('12'))).toEqual(['day']);
    expect(unmaskedFields(snapshotWith('••'))).toEqual([]);
  });

  const snapshotWith = (day: string): AssistSnapshot => ({
    step: 'birthDate',
    language: 'de',
    fields: { phone: '', code: '', day, month: '', year: '' },
    busy: false,
  });
});
