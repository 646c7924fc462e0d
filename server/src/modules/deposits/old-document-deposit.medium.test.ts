/**
 * The old-document deposit (issue 9) through the real kiosk API, the real box link and the simulated box: the
 * deposit compartment opens, the citizen lays the old document in and shuts the door, the box's reader reads it,
 * and only a positive result lets the new document's door open. Every refusal leaves the new document `notified`
 * in its compartment; the deposited document goes to the loader's list, is collected and handed over.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  alerts,
  auditActions,
  compartment,
  createBoxTestHub,
  documentRow,
  loadAndNotify,
  type BoxTestHub,
} from '../boxes/box-test-support.ts';
import { latestCode } from '../kiosk/kiosk-test-support.ts';

const depositNumber = 16;
const phone = '0151 23456789';

describe('old-document deposit at the box', () => {
  let t: BoxTestHub;
  beforeEach(async () => {
    t = await createBoxTestHub();
  });
  afterEach(() => t.hub.close());

  const kiosk = (method: 'GET' | 'POST', url: string, payload?: object) =>
    t.hub.app.inject({
      method,
      url: `/api/v1/kiosk/pickups${url}`,
      headers: t.hub.terminalHeaders,
      ...(method === 'POST' ? { payload: payload ?? {} } : {}),
    });
  const staff = (
    role: 'loader' | 'clerk' | 'admin',
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    payload?: object,
  ) =>
    t.hub.app.inject({
      method,
      url,
      headers: t.hub.staffHeaders[role],
      ...(method === 'GET' ? {} : { payload: payload ?? {} }),
    });

  /** An ID card (old document or date of birth, PIN letter) in the box, notified; a session after phone + code. */
  async function idCardPickup(input: { oldDocumentNumber?: string } = {}) {
    const policy = await staff('admin', 'PATCH', '/api/v1/document-types/id_card', {
      pickupPolicy: { check: 'old_document_or_date_of_birth', windowOpeningDays: null, pinLetter: true },
    });
    expect(policy.statusCode, policy.body).toBe(200);
    const { documentId, number } = await loadAndNotify(t, { typeId: 'id_card', ...input });
    expect(number).not.toBe(depositNumber);
    const started = await kiosk('POST', '', { phone, code: await latestCode(t.hub, documentId) });
    expect(started.statusCode, started.body).toBe(201);
    return { documentId, number, pickupId: started.json().pickupId as string };
  }

  async function deposits(documentId: string) {
    return t.hub.ctx.db
      .selectFrom('old_document_deposits')
      .selectAll()
      .where('document_id', '=', documentId)
      .orderBy('created_at')
      .execute();
  }

  /** The new document is still waiting, untouched, in its closed compartment. */
  async function expectNewDocumentSafe(documentId: string, number: number) {
    expect((await documentRow(t.hub, documentId)).state).toBe('notified');
    expect(await compartment(t.hub, number)).toMatchObject({
      status: 'occupied',
      door: 'closed',
      document_id: documentId,
    });
    expect(t.sim.box().compartment(number)).toMatchObject({ door: 'closed', occupied: true });
  }

  async function openDeposit(pickupId: string) {
    const opened = await kiosk('POST', `/${pickupId}/check`, {});
    expect(opened.statusCode, opened.body).toBe(200);
    await t.sim.settle();
    expect(t.sim.box().compartment(depositNumber).door).toBe('open');
    return opened.json();
  }

  async function callStaffReasons(documentId: string) {
    return (await alerts(t.hub, 'call_staff', documentId)).map((a) => JSON.parse(a.data!).reason);
  }

  it('accepts the holder’s old document, then PIN letter, then the door; collected and handed over', async () => {
    const { documentId, number, pickupId } = await idCardPickup({ oldDocumentNumber: 'C01X00T47' });
    const opened = await openDeposit(pickupId);
    expect(opened).toMatchObject({
      phase: 'waiting_for_deposit',
      deposit: {
        status: 'awaiting_deposit',
        compartmentNumber: depositNumber,
        column: 4,
        fromTop: 4,
        height: 'hip',
      },
    });
    // Nothing opens the new document's door before the deposit is accepted.
    expect((await kiosk('POST', `/${pickupId}/open`)).json().code).toBe('check_required');

    t.sim.box().placeOldDocument(depositNumber, { documentNumber: 'C01X00T47', holderMatches: true });
    t.sim.box().close(depositNumber);
    await t.sim.settle();

    const ready = (await kiosk('GET', `/${pickupId}`)).json();
    expect(ready).toMatchObject({
      status: 'ready',
      phase: 'waiting_for_pin_letter',
      deposit: { status: 'deposited', keptInBox: true, door: 'closed' },
    });
    await expectNewDocumentSafe(documentId, number);
    expect(await compartment(t.hub, depositNumber)).toMatchObject({
      status: 'deposit',
      door: 'closed',
      sensor_occupied: 1,
      document_id: null,
    });
    const [deposit] = await deposits(documentId);
    expect(deposit).toMatchObject({
      status: 'deposited',
      number_masked: '******T47',
      holder_matches: 1,
      number_matches: 1,
      compartment_number: depositNumber,
    });
    expect(deposit!.number_hash).toMatch(/^[0-9a-f]{64}$/);
    // The clear number is stored nowhere: not with the deposit, not in the command outbox, not in the audit log.
    const stored = [
      JSON.stringify(await deposits(documentId)),
      JSON.stringify(await t.hub.ctx.db.selectFrom('box_commands').selectAll().execute()),
      JSON.stringify(await t.hub.ctx.db.selectFrom('audit_log').select('data').execute()),
    ].join('');
    expect(stored).not.toContain('C01X00T47');

    // The PIN letter comes first (policy), then the door.
    expect((await kiosk('POST', `/${pickupId}/open`)).json().code).toBe('pin_letter_required');
    expect((await kiosk('POST', `/${pickupId}/pin-letter`, { received: true })).statusCode).toBe(200);
    const door = await kiosk('POST', `/${pickupId}/open`);
    expect(door.statusCode, door.body).toBe(200);
    await t.sim.settle();
    t.sim.box().take(number);
    t.sim.box().close(number);
    await t.sim.settle();
    const issued = await documentRow(t.hub, documentId);
    expect(issued.state).toBe('picked_up');
    expect(JSON.parse(issued.pickup_checks_passed!)).toEqual([
      'code',
      'old_document',
      'old_document_deposit',
      'pin_letter',
    ]);
    const register = await staff(
      'clerk',
      'GET',
      '/api/v1/register/issues?from=2026-11-24T00:00:00%2B01:00&to=2026-11-25T00:00:00%2B01:00',
    );
    expect(register.json().items).toEqual([
      expect.objectContaining({
        documentId,
        checksPassed: ['code', 'old_document', 'old_document_deposit', 'pin_letter'],
      }),
    ]);

    // The loader's collection list, the collection (door closes empty) and the office's handover.
    const list = await staff('loader', 'GET', '/api/v1/old-document-deposits');
    expect(list.json()).toEqual([
      expect.objectContaining({
        id: deposit!.id,
        status: 'deposited',
        compartmentNumber: depositNumber,
        numberMasked: '******T47',
        documentId,
      }),
    ]);
    expect(
      (await staff('clerk', 'POST', `/api/v1/old-document-deposits/${deposit!.id}/hand-over`)).json().code,
    ).toBe('deposit_not_collected');
    const collect = await staff(
      'loader',
      'POST',
      `/api/v1/boxes/dokbox-hn/deposit-compartments/${depositNumber}/collect`,
    );
    expect(collect.statusCode, collect.body).toBe(202);
    await t.sim.settle();
    expect(t.sim.box().compartment(depositNumber).door).toBe('open');
    t.sim.box().take(depositNumber);
    t.sim.box().close(depositNumber);
    await t.sim.settle();
    const loaderId = t.hub.staffPrincipal('loader').actor.id;
    expect((await deposits(documentId))[0]).toMatchObject({
      status: 'collected',
      collected_by: loaderId,
      occupying_compartment_id: null,
    });
    expect((await staff('loader', 'GET', '/api/v1/old-document-deposits')).json()).toEqual([]);
    const handed = await staff('clerk', 'POST', `/api/v1/old-document-deposits/${deposit!.id}/hand-over`);
    expect(handed.statusCode, handed.body).toBe(200);
    expect(handed.json()).toMatchObject({ status: 'handed_over', handedOverAt: expect.any(String) });
    expect(await auditActions(t.hub, deposit!.id)).toEqual([
      'old_document_deposit.opened',
      'old_document_deposit.closed_occupied',
      'old_document_deposit.accepted',
      'old_document_deposit.collect_requested',
      'old_document_deposit.collected',
      'old_document_deposit.handed_over',
    ]);
    expect(await auditActions(t.hub, pickupId)).toContain('pickup.check_passed');
    // Tamper-free: no alert came from the deposit door opening for the citizen and the loader.
    expect(await alerts(t.hub, 'compartment_tamper')).toEqual([]);
  });

  it('door closed with nothing inside: refused without a guess, the citizen may try again', async () => {
    const { documentId, number, pickupId } = await idCardPickup();
    await openDeposit(pickupId);
    t.sim.box().close(depositNumber);
    await t.sim.settle();
    expect((await kiosk('GET', `/${pickupId}`)).json()).toMatchObject({
      status: 'awaiting_check',
      phase: 'waiting_for_check',
      deposit: { status: 'refused', refusal: 'empty', keptInBox: false },
    });
    await expectNewDocumentSafe(documentId, number);
    expect(await documentRow(t.hub, documentId)).toMatchObject({
      check_failed_attempts: 0,
      code_failed_attempts: 0,
    });
    expect(await callStaffReasons(documentId)).toEqual([]);
    expect((await deposits(documentId))[0]).toMatchObject({ status: 'refused', refusal: 'empty' });
    expect(await compartment(t.hub, depositNumber)).toMatchObject({ sensor_occupied: 0, door: 'closed' });

    // The same compartment is free again for a second try.
    await openDeposit(pickupId);
    expect(await deposits(documentId)).toHaveLength(2);
    expect((await kiosk('POST', `/${pickupId}/check`, { day: 12, month: 8, year: 1964 })).json().code).toBe(
      'deposit_in_progress',
    );
  });

  it('another old document: refused, costs a guess, kept in the box for staff, and blocks the compartment', async () => {
    const { documentId, number, pickupId } = await idCardPickup({ oldDocumentNumber: 'C01X00T47' });
    await openDeposit(pickupId);
    t.sim.box().placeOldDocument(depositNumber, { documentNumber: 'C01X00T99', holderMatches: true });
    t.sim.box().close(depositNumber);
    await t.sim.settle();
    expect((await kiosk('GET', `/${pickupId}`)).json()).toMatchObject({
      phase: 'waiting_for_check',
      deposit: { status: 'refused', refusal: 'mismatch', keptInBox: true },
    });
    await expectNewDocumentSafe(documentId, number);
    expect(await documentRow(t.hub, documentId)).toMatchObject({
      check_failed_attempts: 1,
      code_failed_attempts: 1,
    });
    expect(await callStaffReasons(documentId)).toEqual(['old_document_mismatch']);
    const [held] = await deposits(documentId);
    expect(held).toMatchObject({ status: 'held', refusal: 'mismatch', holder_matches: 1, number_matches: 0 });
    expect(held!.number_masked).toBe('******T99');
    expect(await auditActions(t.hub, pickupId)).toContain('pickup.check_failed');
    expect((await kiosk('POST', `/${pickupId}/open`)).json().code).toBe('check_required');
    // The wrong document waits in the only deposit compartment: the loader's list shows it.
    expect((await kiosk('POST', `/${pickupId}/check`, {})).json().code).toBe('deposit_compartment_full');
    expect((await staff('loader', 'GET', '/api/v1/old-document-deposits')).json()).toEqual([
      expect.objectContaining({ id: held!.id, status: 'held', refusal: 'mismatch' }),
    ]);
    // The date of birth is still possible as the alternative.
    const byDate = await kiosk('POST', `/${pickupId}/check`, { day: 12, month: 8, year: 1964 });
    expect(byDate.json()).toMatchObject({ status: 'ready', phase: 'waiting_for_pin_letter' });
  });

  it('a document the reader cannot read, or a reader that fails: no guess, staff are called', async () => {
    const { documentId, number, pickupId } = await idCardPickup();
    await openDeposit(pickupId);
    t.sim.box().placeOldDocument(depositNumber, { readable: false });
    t.sim.box().close(depositNumber);
    await t.sim.settle();
    expect((await kiosk('GET', `/${pickupId}`)).json()).toMatchObject({
      phase: 'waiting_for_check',
      deposit: { status: 'refused', refusal: 'unreadable', keptInBox: true },
    });
    await expectNewDocumentSafe(documentId, number);
    expect(await documentRow(t.hub, documentId)).toMatchObject({ check_failed_attempts: 0 });
    expect(await callStaffReasons(documentId)).toEqual(['old_document_unreadable']);

    // The loader takes it out; then a box without a working reader.
    const collect = await staff(
      'loader',
      'POST',
      `/api/v1/boxes/dokbox-hn/deposit-compartments/${depositNumber}/collect`,
    );
    expect(collect.statusCode).toBe(202);
    await t.sim.settle();
    t.sim.box().take(depositNumber);
    t.sim.box().close(depositNumber);
    await t.sim.settle();
    t.sim.box().setReaderAttached(false);
    await openDeposit(pickupId);
    t.sim.box().placeOldDocument(depositNumber, {});
    t.sim.box().close(depositNumber);
    await t.sim.settle();
    expect((await kiosk('GET', `/${pickupId}`)).json()).toMatchObject({
      deposit: { status: 'refused', refusal: 'reader_fault', keptInBox: true },
    });
    await expectNewDocumentSafe(documentId, number);
    expect(await callStaffReasons(documentId)).toEqual([
      'old_document_unreadable',
      'old_document_reader_fault',
    ]);
    expect((await deposits(documentId)).map((d) => d.status)).toEqual(['collected', 'held']);
  });

  it('door left open past the time: timed out, staff called; shut later with something inside, it is held', async () => {
    const { documentId, number, pickupId } = await idCardPickup();
    await openDeposit(pickupId);
    t.hub.clock.advance(t.hub.config.pickup.depositTimeoutSeconds * 1000 - 1000);
    expect((await t.sim.checkTimeouts()).depositsTimedOut).toEqual([]);
    t.hub.clock.advance(2000);
    const [deposit] = await deposits(documentId);
    expect((await t.sim.checkTimeouts()).depositsTimedOut).toEqual([deposit!.id]);
    expect((await t.sim.checkTimeouts()).depositsTimedOut).toEqual([]);
    expect((await kiosk('GET', `/${pickupId}`)).json()).toMatchObject({
      phase: 'waiting_for_check',
      deposit: { status: 'refused', refusal: 'timed_out', door: 'open' },
    });
    await expectNewDocumentSafe(documentId, number);
    expect(await callStaffReasons(documentId)).toEqual(['old_document_deposit_door_open']);
    expect(await documentRow(t.hub, documentId)).toMatchObject({ check_failed_attempts: 0 });

    // Late: something goes in and the door shuts. Nobody checked it: kept for staff, never accepted.
    t.sim.box().placeOldDocument(depositNumber, {});
    t.sim.box().close(depositNumber);
    await t.sim.settle();
    expect((await deposits(documentId))[0]).toMatchObject({ status: 'held', refusal: 'timed_out' });
    expect(await callStaffReasons(documentId)).toEqual([
      'old_document_deposit_door_open',
      'old_document_deposit_unchecked',
    ]);
    expect((await kiosk('POST', `/${pickupId}/open`)).json().code).toBe('check_required');
    await expectNewDocumentSafe(documentId, number);
  });

  it('a close the hub never heard of (journal lost): at the deadline the old document is held for staff', async () => {
    const { documentId, number, pickupId } = await idCardPickup();
    await openDeposit(pickupId);
    t.sim.box().disconnect();
    t.sim.box().placeOldDocument(depositNumber, {});
    t.sim.box().close(depositNumber);
    t.sim.box().loseJournal();
    t.sim.box().connect();
    await t.sim.settle();
    // The status read after the reconnect shows the door shut and occupied; nothing was read, nothing accepted.
    expect(await compartment(t.hub, depositNumber)).toMatchObject({ door: 'closed', sensor_occupied: 1 });
    expect((await deposits(documentId))[0]).toMatchObject({ status: 'awaiting_deposit' });
    t.hub.clock.advance(t.hub.config.pickup.depositTimeoutSeconds * 1000 + 1000);
    expect((await t.sim.checkTimeouts()).depositsTimedOut).toHaveLength(1);
    expect((await deposits(documentId))[0]).toMatchObject({ status: 'held', refusal: 'timed_out' });
    expect(await callStaffReasons(documentId)).toEqual(['old_document_deposit_unchecked']);
    expect((await kiosk('POST', `/${pickupId}/open`)).json().code).toBe('check_required');
    await expectNewDocumentSafe(documentId, number);
  });

  it('a deposit compartment is never loaded; an admin switches it only while empty', async () => {
    const { hub } = t;
    await hub.ctx.db
      .updateTable('compartments')
      .set({ status: 'out_of_service' })
      .where('box_id', '=', 'dokbox-hn')
      .where('status', '=', 'free')
      .execute();
    const doc = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/documents',
      headers: hub.staffHeaders.clerk,
      payload: {
        reference: 'HN-DEP-LOAD',
        officeId: 'buergeramt-hn',
        typeId: 'driving_licence',
        holderName: 'Erika Mustermann',
        phone,
        dateOfBirth: '1964-08-12',
      },
    });
    expect(doc.statusCode, doc.body).toBe(201);
    const loading = await staff('loader', 'POST', '/api/v1/loading', {
      documentId: doc.json().id,
      boxId: 'dokbox-hn',
    });
    expect(loading.statusCode).toBe(409);
    expect(loading.json().code).toBe('box_full');
    expect(await compartment(hub, depositNumber)).toMatchObject({ status: 'deposit', document_id: null });

    // Back to a normal compartment and again a deposit compartment, audited; not while it holds an old document.
    const url = `/api/v1/boxes/dokbox-hn/compartments/${depositNumber}`;
    expect((await staff('admin', 'PATCH', url, { deposit: false })).json()).toMatchObject({ status: 'free' });
    expect((await staff('admin', 'PATCH', url, { deposit: true })).json()).toMatchObject({
      status: 'deposit',
    });
    expect(await auditActions(hub, `dokbox-hn-${depositNumber}`)).toEqual(
      expect.arrayContaining(['compartment.deposit_disabled', 'compartment.deposit_enabled']),
    );
    await hub.ctx.db
      .updateTable('compartments')
      .set({ status: 'free' })
      .where('box_id', '=', 'dokbox-hn')
      .where('status', '=', 'out_of_service')
      .execute();
    const { pickupId } = await idCardPickup();
    await openDeposit(pickupId);
    const refused = await staff('admin', 'PATCH', url, { deposit: false });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('deposit_compartment_in_use');
    expect(
      (await staff('admin', 'PATCH', `/api/v1/boxes/dokbox-hn/compartments/24`, { deposit: true }))
        .statusCode,
    ).toBe(200);
  });
});
