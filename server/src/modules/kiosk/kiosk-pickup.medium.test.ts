import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestHub } from '../../testing/test-context.ts';
import { seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { boxPrincipal } from '../../platform/principal.ts';
import { transitionDocument } from '../documents/transition-document.ts';
import { documentRow, placeNotifiedDocument } from './kiosk-test-support.ts';

describe('kiosk pickup', () => {
  let hub: SeededHub;
  beforeEach(async () => {
    hub = await seedTestHub(await createTestHub());
  });
  afterEach(() => hub.close());

  const start = (body: unknown, headers: Record<string, string> = hub.terminalHeaders) =>
    hub.app.inject({ method: 'POST', url: '/api/v1/kiosk/pickups', headers, payload: body as object });
  const post = (url: string, body: object = {}) =>
    hub.app.inject({ method: 'POST', url, headers: hub.terminalHeaders, payload: body });
  const status = (pickupId: string) =>
    hub.app.inject({ url: `/api/v1/kiosk/pickups/${pickupId}`, headers: hub.terminalHeaders });

  it('opens the compartment for phone and code, once: the code is used up', async () => {
    const doc = await placeNotifiedDocument(hub, { compartmentNumber: 10 });
    const started = await start({ phone: doc.phone, code: doc.code });
    expect(started.statusCode).toBe(201);
    expect(started.json()).toMatchObject({
      status: 'ready',
      check: 'none',
      documentType: 'Personenstandsurkunde',
      compartmentNumber: 10,
    });
    const pickupId = started.json().pickupId;

    const opened = await post(`/api/v1/kiosk/pickups/${pickupId}/open`);
    expect(opened.statusCode).toBe(200);
    expect(opened.json()).toMatchObject({
      pickupId,
      compartmentNumber: 10,
      column: 2,
      fromTop: 3,
      height: 'chest',
      wheelchairReachable: true,
      location: 'Fach 10: 2. Spalte von links, 3. Fach von oben, auf Brusthöhe',
    });
    // The drawing is the demo box's front: 4 columns of 6, numbered row by row from the top left.
    const drawing = opened.json().drawing.columns as { number: number }[][];
    expect(drawing.map((column) => column.map((c) => c.number))).toEqual([
      [1, 5, 9, 13, 17, 21],
      [2, 6, 10, 14, 18, 22],
      [3, 7, 11, 15, 19, 23],
      [4, 8, 12, 16, 20, 24],
    ]);
    const row = await documentRow(hub, doc.documentId);
    expect(row.state).toBe('pickup_in_progress');
    expect(row.code_hash).toBeNull();
    const commands = await hub.ctx.db.selectFrom('box_commands').selectAll().execute();
    expect(commands).toHaveLength(1);
    expect(commands[0]).toMatchObject({ box_id: 'dokbox-hn', type: 'unlock', document_id: doc.documentId });
    expect(JSON.parse(commands[0]!.payload)).toEqual({ compartment: 10, requireOccupied: true });

    // Started pickup: the same code no longer works, and the answer is the plain "wrong".
    const again = await start({ phone: doc.phone, code: doc.code });
    expect(again.statusCode).toBe(401);
    expect(again.json().code).toBe('code_wrong');

    // The kiosk follows the door.
    expect((await status(pickupId)).json()).toMatchObject({ phase: 'opening', door: 'closed' });
    await hub.ctx.db
      .updateTable('compartments')
      .set({ door: 'open' })
      .where('id', '=', 'dokbox-hn-10')
      .execute();
    expect((await status(pickupId)).json()).toMatchObject({ phase: 'door_open', door: 'open' });
    await hub.ctx.db.transaction().execute((trx) =>
      transitionDocument(trx, {
        documentId: doc.documentId,
        transition: 'complete_pickup',
        principal: boxPrincipal('dokbox-hn'),
        at: hub.ctx.clock.now().toISOString(),
      }),
    );
    expect((await status(pickupId)).json()).toMatchObject({ phase: 'done', compartmentNumber: 10 });

    // Completed pickup: still refused.
    expect((await start({ phone: doc.phone, code: doc.code })).statusCode).toBe(401);

    const audit = await hub.ctx.db.selectFrom('audit_log').select(['action', 'data']).execute();
    const actions = audit.map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining(['pickup.started', 'document.start_pickup', 'pickup.code_wrong']),
    );
    // Neither the code nor the full phone number reaches the audit log.
    for (const entry of audit) {
      expect(entry.data).not.toContain(doc.code);
      expect(entry.data).not.toContain('23456789');
    }
  });

  it('answers an unknown number and a wrong code alike, and counts guesses of the number', async () => {
    const doc = await placeNotifiedDocument(hub);
    const unknownNumber = await start({ phone: '0170 1234567', code: '123456' });
    const wrongCode = await start({ phone: doc.phone, code: doc.code === '000000' ? '000001' : '000000' });
    for (const response of [unknownNumber, wrongCode]) {
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect(unknownNumber.json()).toEqual(wrongCode.json());
    expect((await documentRow(hub, doc.documentId)).code_failed_attempts).toBe(1);
  });

  it('charges a wrong code to every waiting document of that number, and to no other', async () => {
    const first = await placeNotifiedDocument(hub, { compartmentNumber: 7 });
    const second = await placeNotifiedDocument(hub, { compartmentNumber: 8 });
    const other = await placeNotifiedDocument(hub, { compartmentNumber: 9, phone: '0151 99887766' });
    expect(second.phone).toBe(first.phone);
    const wrongCode = ['000000', '000001', '000002'].find((c) => c !== first.code && c !== second.code)!;
    expect((await start({ phone: first.phone, code: wrongCode })).statusCode).toBe(401);
    expect((await documentRow(hub, first.documentId)).code_failed_attempts).toBe(1);
    expect((await documentRow(hub, second.documentId)).code_failed_attempts).toBe(1);
    expect((await documentRow(hub, other.documentId)).code_failed_attempts).toBe(0);
  });

  it('refuses the right code after 5 wrong ones (the 6th guess) exactly like a wrong code', async () => {
    await hub.close();
    hub = await seedTestHub(await createTestHub({ config: { pickup: { terminalFreeFailures: 100 } } }));
    const doc = await placeNotifiedDocument(hub);
    const wrong = ['111111', '222222', '333333', '444444', '555555', '666666', '777777'].filter(
      (c) => c !== doc.code,
    );
    for (const code of wrong.slice(0, 5)) {
      expect((await start({ phone: doc.phone, code })).statusCode).toBe(401);
    }
    // Issue 14: a locked document once answered 423 to its right code and 401 to a wrong one, which confirmed a
    // guessed code. Now both are the same answer: same status, same body.
    const sixth = await start({ phone: doc.phone, code: doc.code });
    const seventh = await start({ phone: doc.phone, code: wrong[5]! });
    expect(sixth.statusCode).toBe(401);
    expect(sixth.headers['content-type']).toBe(seventh.headers['content-type']);
    expect(sixth.json()).toEqual(seventh.json());
    expect(sixth.json()).toMatchObject({ code: 'code_wrong' });
    const row = await documentRow(hub, doc.documentId);
    expect(row).toMatchObject({ code_failed_attempts: 7, code_locked: 1, state: 'notified' });
    expect(await hub.ctx.db.selectFrom('pickup_sessions').selectAll().execute()).toHaveLength(0);
    const lockAudit = await hub.ctx.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'document.code_locked')
      .execute();
    expect(lockAudit).toEqual([{ entity_id: doc.documentId }]);
    const refused = await hub.ctx.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'pickup.refused_code_locked')
      .execute();
    expect(refused).toEqual([{ entity_id: doc.documentId }]);
  });

  it('checks the date of birth: wrong counts, impossible dates are 400, right makes the session ready', async () => {
    const doc = await placeNotifiedDocument(hub, { typeId: 'travel_document', dateOfBirth: '1964-08-12' });
    const started = await start({ phone: doc.phone, code: doc.code });
    expect(started.json()).toMatchObject({
      status: 'awaiting_check',
      check: 'date_of_birth',
      documentType: 'Reiseausweis',
    });
    expect(started.json().compartmentNumber).toBeUndefined();
    const pickupId = started.json().pickupId;
    const check = (body: object) => post(`/api/v1/kiosk/pickups/${pickupId}/check`, body);

    expect((await post(`/api/v1/kiosk/pickups/${pickupId}/open`)).json().code).toBe('check_required');
    const impossible = await check({ day: 31, month: 2, year: 1964 });
    expect(impossible.statusCode).toBe(400);
    expect(impossible.json().code).toBe('date_invalid');
    expect((await check({ day: 12 })).json().code).toBe('date_invalid');
    expect((await documentRow(hub, doc.documentId)).check_failed_attempts).toBe(0);

    const wrong = await check({ day: 8, month: 12, year: 1964 });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('check_failed');
    expect(await documentRow(hub, doc.documentId)).toMatchObject({
      check_failed_attempts: 1,
      code_failed_attempts: 1,
    });
    expect((await status(pickupId)).json().phase).toBe('waiting_for_check');

    const right = await check({ day: 12, month: 8, year: 1964 });
    expect(right.statusCode).toBe(200);
    expect(right.json()).toMatchObject({ status: 'ready', phase: 'ready', compartmentNumber: 7 });
    expect((await post(`/api/v1/kiosk/pickups/${pickupId}/open`)).statusCode).toBe(200);
  });

  it('locks the check after 3 wrong dates of birth; the code is then locked too', async () => {
    const doc = await placeNotifiedDocument(hub, { typeId: 'passport', dateOfBirth: '2001-01-30' });
    const pickupId = (await start({ phone: doc.phone, code: doc.code })).json().pickupId;
    const check = (body: object) => post(`/api/v1/kiosk/pickups/${pickupId}/check`, body);
    expect((await check({ day: 1, month: 1, year: 2001 })).statusCode).toBe(401);
    expect((await check({ day: 2, month: 1, year: 2001 })).statusCode).toBe(401);
    const third = await check({ day: 3, month: 1, year: 2001 });
    expect(third.statusCode).toBe(423);
    expect(third.json().code).toBe('check_locked');
    // Even the right answer is refused now, and so is a new start with the code.
    expect((await check({ day: 30, month: 1, year: 2001 })).statusCode).toBe(423);
    expect((await status(pickupId)).json()).toMatchObject({ status: 'failed', phase: 'needs_staff' });
    const restart = await start({ phone: doc.phone, code: doc.code });
    expect(restart.statusCode).toBe(401);
    expect(restart.json().code).toBe('code_wrong');
  });

  it('shares the guess budget: wrong codes and wrong dates of birth lock together at 5', async () => {
    await hub.close();
    hub = await seedTestHub(await createTestHub({ config: { pickup: { terminalFreeFailures: 100 } } }));
    const doc = await placeNotifiedDocument(hub, { typeId: 'id_card', dateOfBirth: '1990-05-05' });
    for (const code of ['111111', '222222', '333333'].filter((c) => c !== doc.code).slice(0, 3)) {
      await start({ phone: doc.phone, code });
    }
    const pickupId = (await start({ phone: doc.phone, code: doc.code })).json().pickupId;
    const check = (body: object) => post(`/api/v1/kiosk/pickups/${pickupId}/check`, body);
    expect((await check({ day: 6, month: 5, year: 1990 })).statusCode).toBe(401);
    const fifth = await check({ day: 7, month: 5, year: 1990 });
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().code).toBe('code_locked');
  });

  it('lets zone staff confirm a pickup that needs a person, and only then opens', async () => {
    // No demo type asks for staff (the city defaults do not); an admin can choose it for a type.
    await hub.ctx.db
      .updateTable('document_types')
      .set({ pickup_check: 'staff_confirmation' })
      .where('id', '=', 'residence_permit')
      .execute();
    const doc = await placeNotifiedDocument(hub, { typeId: 'residence_permit' });
    const started = await start({ phone: doc.phone, code: doc.code });
    expect(started.json()).toMatchObject({ status: 'awaiting_staff', check: 'staff_confirmation' });
    const pickupId = started.json().pickupId;
    const alerts = await hub.ctx.db
      .selectFrom('alerts')
      .selectAll()
      .where('kind', '=', 'call_staff')
      .execute();
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ document_id: doc.documentId, box_id: 'dokbox-hn' });
    expect((await status(pickupId)).json().phase).toBe('waiting_for_staff');
    expect((await post(`/api/v1/kiosk/pickups/${pickupId}/open`)).json().code).toBe('check_required');

    const confirmUrl = `/api/v1/pickups/${pickupId}/confirm`;
    const byLoader = await hub.app.inject({
      method: 'POST',
      url: confirmUrl,
      headers: hub.staffHeaders.loader,
    });
    expect(byLoader.statusCode).toBe(403);
    const byTerminal = await hub.app.inject({
      method: 'POST',
      url: confirmUrl,
      headers: hub.terminalHeaders,
    });
    expect(byTerminal.statusCode).toBe(401);
    const byZone = await hub.app.inject({ method: 'POST', url: confirmUrl, headers: hub.staffHeaders.zone });
    expect(byZone.statusCode).toBe(200);
    expect(byZone.json()).toMatchObject({ pickupId, status: 'ready' });
    const again = await hub.app.inject({ method: 'POST', url: confirmUrl, headers: hub.staffHeaders.admin });
    expect(again.statusCode).toBe(409);

    const audit = await hub.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'pickup.staff_confirmed')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_type: 'staff', entity_id: pickupId });
    const resolved = await hub.ctx.db
      .selectFrom('alerts')
      .select('resolved_at')
      .where('kind', '=', 'call_staff')
      .execute();
    expect(resolved[0]!.resolved_at).not.toBeNull();
    expect((await post(`/api/v1/kiosk/pickups/${pickupId}/open`)).statusCode).toBe(200);
  });

  /** A passport whose pickup check is a scan of the old document, and a pickup started for it. */
  /** The terminal's reader: for a box without a deposit compartment (the deposit is proven in deposits/). */
  async function startPassportPickupWithOldDocumentCheck() {
    await hub.ctx.db
      .updateTable('compartments')
      .set({ status: 'free' })
      .where('status', '=', 'deposit')
      .execute();
    await hub.ctx.db
      .updateTable('document_types')
      .set({ pickup_check: 'old_document_scan' })
      .where('id', '=', 'passport')
      .execute();
    const doc = await placeNotifiedDocument(hub, { typeId: 'passport' });
    const pickupId = (await start({ phone: doc.phone, code: doc.code })).json().pickupId;
    return { doc, pickupId };
  }

  it('reads the old document through the configured reader', async () => {
    const { idDocumentReaderFor, IdDocumentReadError, SimulatedIdDocumentReader } =
      await import('./id-document-reader.ts');
    const { doc, pickupId } = await startPassportPickupWithOldDocumentCheck();
    const check = () => post(`/api/v1/kiosk/pickups/${pickupId}/check`);
    const reader = idDocumentReaderFor(hub.ctx);
    expect(reader).toBeInstanceOf(SimulatedIdDocumentReader);
    const terminalId = (await hub.ctx.db.selectFrom('terminals').select('id').executeTakeFirstOrThrow()).id;
    const simulated = reader as InstanceType<typeof SimulatedIdDocumentReader>;

    simulated.insert(terminalId, new IdDocumentReadError('unreadable'));
    const unreadable = await check();
    expect(unreadable.statusCode).toBe(422);
    expect(unreadable.json().code).toBe('id_document_unreadable');
    simulated.insert(terminalId, { documentNumber: 'C01X00T47', holderMatches: false });
    expect((await check()).json().code).toBe('check_failed');
    expect((await documentRow(hub, doc.documentId)).check_failed_attempts).toBe(1);
    simulated.insert(terminalId, { documentNumber: 'C01X00T48', holderMatches: true });
    expect((await check()).json()).toMatchObject({ status: 'ready' });
    const passed = await hub.ctx.db
      .selectFrom('audit_log')
      .select('data')
      .where('action', '=', 'pickup.check_passed')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(passed.data)).toMatchObject({
      check: 'old_document_scan',
      oldDocumentNumber: '******T48',
    });
  });

  it('refuses the old-document check where no reader is configured', async () => {
    await hub.close();
    hub = await seedTestHub(await createTestHub({ config: { pickup: { idDocumentReader: 'none' } } }));
    const { pickupId } = await startPassportPickupWithOldDocumentCheck();
    const check = await post(`/api/v1/kiosk/pickups/${pickupId}/check`);
    expect(check.statusCode).toBe(409);
    expect(check.json().code).toBe('check_not_supported');
  });

  it('allows one live session per document; a cancelled one frees the code again', async () => {
    const doc = await placeNotifiedDocument(hub);
    const first = await start({ phone: doc.phone, code: doc.code });
    expect(first.statusCode).toBe(201);
    const second = await start({ phone: doc.phone, code: doc.code });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('pickup_in_progress');

    const cancel = await post(`/api/v1/kiosk/pickups/${first.json().pickupId}/cancel`);
    expect(cancel.statusCode).toBe(204);
    expect((await post(`/api/v1/kiosk/pickups/${first.json().pickupId}/cancel`)).statusCode).toBe(204);
    expect((await status(first.json().pickupId)).json().phase).toBe('expired');
    const gone = await post(`/api/v1/kiosk/pickups/${first.json().pickupId}/open`);
    expect(gone.statusCode).toBe(410);
    expect(gone.json().code).toBe('pickup_session_expired');
    expect((await start({ phone: doc.phone, code: doc.code })).statusCode).toBe(201);
  });

  it('lets a session run out: expired sessions are gone and free the code', async () => {
    const doc = await placeNotifiedDocument(hub);
    const pickupId = (await start({ phone: doc.phone, code: doc.code })).json().pickupId;
    hub.clock.advance(hub.config.pickup.sessionTtlSeconds * 1000);
    expect((await status(pickupId)).json().phase).toBe('expired');
    const open = await post(`/api/v1/kiosk/pickups/${pickupId}/open`);
    expect(open.statusCode).toBe(410);
    expect((await post(`/api/v1/kiosk/pickups/${pickupId}/cancel`)).statusCode).toBe(204);
    expect((await start({ phone: doc.phone, code: doc.code })).statusCode).toBe(201);
    expect(await hub.ctx.db.selectFrom('box_commands').selectAll().execute()).toHaveLength(0);
  });

  it('ends a session whose document the office withdrew meanwhile', async () => {
    const doc = await placeNotifiedDocument(hub);
    const pickupId = (await start({ phone: doc.phone, code: doc.code })).json().pickupId;
    const withdraw = await hub.app.inject({
      method: 'POST',
      url: `/api/v1/documents/${doc.documentId}/withdraw`,
      headers: hub.staffHeaders.clerk,
      payload: {},
    });
    expect(withdraw.statusCode).toBe(200);
    expect((await status(pickupId)).json().phase).toBe('expired');
    const open = await post(`/api/v1/kiosk/pickups/${pickupId}/open`);
    expect(open.statusCode).toBe(410);
    expect(await hub.ctx.db.selectFrom('box_commands').selectAll().execute()).toHaveLength(0);
  });

  it('documents the kiosk endpoints in the OpenAPI document with the terminal key', async () => {
    const openapi = (await hub.app.inject({ url: '/api/openapi.json' })).json();
    for (const path of [
      '/api/v1/kiosk/pickups',
      '/api/v1/kiosk/pickups/{id}',
      '/api/v1/kiosk/pickups/{id}/check',
      '/api/v1/kiosk/pickups/{id}/open',
      '/api/v1/kiosk/pickups/{id}/cancel',
      '/api/v1/kiosk/resend',
    ]) {
      const operation = Object.values(openapi.paths[path] ?? {})[0] as { security?: unknown } | undefined;
      expect(operation?.security, path).toEqual([{ terminal: [] }]);
    }
    expect(openapi.paths['/api/v1/pickups/{id}/confirm']).toBeDefined();
    expect(openapi.paths['/api/v1/documents/{id}/resend-code']).toBeDefined();
    expect(openapi.paths['/api/v1/documents/{id}/phone']).toBeDefined();
  });

  it('does not open while the box is closed, out of service or offline', async () => {
    // 19:58 in Hohen Neuendorf; the store closes at 20:00.
    hub.clock.set('2026-11-24T18:58:00.000Z');
    const doc = await placeNotifiedDocument(hub);
    const pickupId = (await start({ phone: doc.phone, code: doc.code })).json().pickupId;
    hub.clock.advance(3 * 60_000);
    const closed = await post(`/api/v1/kiosk/pickups/${pickupId}/open`);
    expect(closed.statusCode).toBe(409);
    expect(closed.json()).toMatchObject({
      code: 'box_closed',
      title: expect.stringContaining('geschlossen'),
    });

    hub.clock.set('2026-11-25T10:00:00.000Z');
    const pickup2 = (await start({ phone: doc.phone, code: doc.code })).json().pickupId;
    await hub.ctx.db.updateTable('boxes').set({ in_service: 0 }).where('id', '=', 'dokbox-hn').execute();
    const outOfService = await post(`/api/v1/kiosk/pickups/${pickup2}/open`);
    expect(outOfService.statusCode).toBe(409);
    expect(outOfService.json().code).toBe('box_out_of_service');

    // Back in service but its agent is not connected: refused before the code is used up.
    await hub.ctx.db
      .updateTable('boxes')
      .set({ in_service: 1, link_connected: 0 })
      .where('id', '=', 'dokbox-hn')
      .execute();
    const offline = await post(`/api/v1/kiosk/pickups/${pickup2}/open`);
    expect(offline.statusCode).toBe(409);
    expect(offline.json()).toMatchObject({
      code: 'box_offline',
      title: expect.stringContaining('nicht erreichbar'),
    });
    expect((await documentRow(hub, doc.documentId)).state).toBe('notified');
    expect(await hub.ctx.db.selectFrom('box_commands').selectAll().execute()).toHaveLength(0);
  });

  it('does not open a document at another terminal, nor show another terminal its session', async () => {
    const { createTerminal } = await import('../accounts/accounts-service.ts');
    const otherKey = 'kiosk_other_terminal_key_0123456789';
    await createTerminal(hub.ctx, { name: 'Second kiosk', boxId: 'dokbox-hn', key: otherKey });
    const doc = await placeNotifiedDocument(hub);
    const pickupId = (await start({ phone: doc.phone, code: doc.code })).json().pickupId;
    const other = { 'x-terminal-key': otherKey };
    const seen = await hub.app.inject({ url: `/api/v1/kiosk/pickups/${pickupId}`, headers: other });
    expect(seen.statusCode).toBe(404);
    const opened = await hub.app.inject({
      method: 'POST',
      url: `/api/v1/kiosk/pickups/${pickupId}/open`,
      headers: other,
      payload: {},
    });
    expect(opened.statusCode).toBe(404);
    // A terminal without a box cannot start pickups at all.
    const boxlessKey = 'kiosk_boxless_terminal_key_0123456789';
    await createTerminal(hub.ctx, { name: 'Info kiosk', boxId: null, key: boxlessKey });
    const boxless = await start({ phone: doc.phone, code: doc.code }, { 'x-terminal-key': boxlessKey });
    expect(boxless.statusCode).toBe(403);
  });

  it('needs a terminal key: unknown terminals and staff sessions are refused', async () => {
    const doc = await placeNotifiedDocument(hub);
    const body = { phone: doc.phone, code: doc.code };
    const unknown = await start(body, { 'x-terminal-key': 'kiosk_not_a_real_terminal_key' });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().code).toBe('terminal_unknown');
    expect((await start(body, {})).statusCode).toBe(401);
    for (const role of ['admin', 'zone', 'clerk'] as const) {
      const asStaff = await start(body, hub.staffHeaders[role]);
      expect(asStaff.statusCode, role).toBe(401);
      expect(asStaff.json().code).toBe('terminal_unknown');
    }
    const resend = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/kiosk/resend',
      headers: hub.staffHeaders.admin,
      payload: { phone: doc.phone },
    });
    expect(resend.statusCode).toBe(401);
    expect(await hub.ctx.db.selectFrom('pickup_sessions').selectAll().execute()).toHaveLength(0);
    expect((await documentRow(hub, doc.documentId)).code_failed_attempts).toBe(0);
  });

  it('answers hostile input with 4xx problem+json, never 5xx', async () => {
    const doc = await placeNotifiedDocument(hub, { typeId: 'id_card' });
    const pickupId = (await start({ phone: doc.phone, code: doc.code })).json().pickupId;
    const json = { ...hub.terminalHeaders, 'content-type': 'application/json' };
    const cases: {
      method: 'GET' | 'POST';
      url: string;
      payload?: unknown;
      headers?: Record<string, string>;
    }[] = [
      { method: 'POST', url: '/api/v1/kiosk/pickups', payload: {} },
      { method: 'POST', url: '/api/v1/kiosk/pickups', payload: { phone: doc.phone } },
      { method: 'POST', url: '/api/v1/kiosk/pickups', payload: { phone: ['x'], code: { a: 1 } } },
      {
        method: 'POST',
        url: '/api/v1/kiosk/pickups',
        payload: { phone: 'x'.repeat(100_000), code: '123456' },
      },
      { method: 'POST', url: '/api/v1/kiosk/pickups', payload: { phone: doc.phone, code: '9'.repeat(5000) } },
      { method: 'POST', url: '/api/v1/kiosk/pickups', payload: { phone: doc.phone, code: '12345' } },
      { method: 'POST', url: '/api/v1/kiosk/pickups', payload: { phone: doc.phone, code: '12345a' } },
      { method: 'POST', url: '/api/v1/kiosk/pickups', payload: { phone: 'keine nummer', code: '123456' } },
      {
        method: 'POST',
        url: '/api/v1/kiosk/pickups',
        payload: { phone: doc.phone, code: doc.code, admin: true },
      },
      { method: 'POST', url: '/api/v1/kiosk/pickups', payload: '[1,2,3]', headers: json },
      { method: 'POST', url: '/api/v1/kiosk/pickups', payload: 'null', headers: json },
      { method: 'POST', url: '/api/v1/kiosk/pickups', payload: '{"phone":', headers: json },
      {
        method: 'POST',
        url: `/api/v1/kiosk/pickups/${pickupId}/check`,
        payload: { day: 'zwölf', month: 8, year: 1964 },
      },
      {
        method: 'POST',
        url: `/api/v1/kiosk/pickups/${pickupId}/check`,
        payload: { day: 1.5, month: 8, year: 1964 },
      },
      {
        method: 'POST',
        url: `/api/v1/kiosk/pickups/${pickupId}/check`,
        payload: { day: 1e12, month: 8, year: 1964 },
      },
      {
        method: 'POST',
        url: `/api/v1/kiosk/pickups/${pickupId}/check`,
        payload: { day: -1, month: 8, year: 1964 },
      },
      {
        method: 'POST',
        url: `/api/v1/kiosk/pickups/${pickupId}/check`,
        payload: { day: 0, month: 0, year: 0 },
      },
      { method: 'POST', url: `/api/v1/kiosk/pickups/${pickupId}/check`, payload: { date: '1964-08-12' } },
      // Over 100 characters Fastify's router answers 414 itself, before any route (see app.ts frameworkErrors).
      { method: 'GET', url: `/api/v1/kiosk/pickups/${'a'.repeat(90)}` },
      { method: 'GET', url: "/api/v1/kiosk/pickups/x'%20OR%201=1--" },
      { method: 'GET', url: '/api/v1/kiosk/pickups/00000000-0000-0000-0000-000000000000' },
      { method: 'POST', url: '/api/v1/kiosk/pickups/00000000-0000-0000-0000-000000000000/open', payload: {} },
      { method: 'POST', url: `/api/v1/kiosk/pickups/${pickupId}/open`, payload: { force: true } },
      { method: 'POST', url: '/api/v1/kiosk/resend', payload: { phone: 12 } },
      { method: 'POST', url: '/api/v1/kiosk/resend', payload: {} },
    ];
    for (const c of cases) {
      const response = await hub.app.inject({
        method: c.method,
        url: c.url,
        headers: c.headers ?? hub.terminalHeaders,
        ...(c.payload === undefined ? {} : { payload: c.payload as string }),
      });
      const label = `${c.method} ${c.url.slice(0, 60)} ${JSON.stringify(c.payload)?.slice(0, 60)}`;
      expect(response.statusCode, label).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, label).toBeLessThan(500);
      expect(response.headers['content-type'], label).toContain('application/problem+json');
      expect(response.json().code, label).toBeTypeOf('string');
    }
    // Nothing of that opened anything or used a guess of the real document beyond wrong-format inputs.
    expect(await hub.ctx.db.selectFrom('box_commands').selectAll().execute()).toHaveLength(0);
    expect((await documentRow(hub, doc.documentId)).state).toBe('notified');
  });
});
