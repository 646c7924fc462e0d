/**
 * The identity checks real cities use at the box (issue 9), end to end through the kiosk API: the policy an admin
 * sets per type, copied onto the document at registration; "old document or date of birth"; the PIN-letter
 * confirmation right before the door opens (stored with its time, in the issue record) and its refusal.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestHub } from '../../testing/test-context.ts';
import { seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { boxPrincipal } from '../../platform/principal.ts';
import { transitionDocument } from '../documents/transition-document.ts';
import { idDocumentReaderFor, SimulatedIdDocumentReader } from './id-document-reader.ts';
import { documentRow, placeNotifiedDocument } from './kiosk-test-support.ts';

const idCardPolicy = {
  check: 'old_document_or_date_of_birth',
  windowOpeningDays: null,
  pinLetter: true,
} as const;

describe('identity checks at the box', () => {
  let hub: SeededHub;
  beforeEach(async () => {
    hub = await seedTestHub(await createTestHub());
  });
  afterEach(() => hub.close());

  const start = (phone: string, code: string) =>
    hub.app.inject({
      method: 'POST',
      url: '/api/v1/kiosk/pickups',
      headers: hub.terminalHeaders,
      payload: { phone, code },
    });
  const post = (url: string, body: object = {}) =>
    hub.app.inject({ method: 'POST', url, headers: hub.terminalHeaders, payload: body });
  const status = (pickupId: string) =>
    hub.app.inject({ url: `/api/v1/kiosk/pickups/${pickupId}`, headers: hub.terminalHeaders });
  const setPolicy = async (typeId: string, pickupPolicy: object) => {
    const response = await hub.app.inject({
      method: 'PATCH',
      url: `/api/v1/document-types/${typeId}`,
      headers: hub.staffHeaders.admin,
      payload: { pickupPolicy },
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const completeAtBox = (documentId: string) =>
    hub.ctx.db.transaction().execute((trx) =>
      transitionDocument(trx, {
        documentId,
        transition: 'complete_pickup',
        principal: boxPrincipal('dokbox-hn'),
        at: hub.ctx.clock.now().toISOString(),
        changes: { issued_at: hub.ctx.clock.now().toISOString() },
      }),
    );
  const auditActions = async (entityId: string) =>
    (
      await hub.ctx.db
        .selectFrom('audit_log')
        .select('action')
        .where('entity_id', '=', entityId)
        .orderBy('seq')
        .execute()
    ).map((r) => r.action);

  it('keeps the identity steps per type, audited, and a registered document keeps its copy', async () => {
    const waitingBefore = await placeNotifiedDocument(hub, {
      typeId: 'travel_document',
      dateOfBirth: '1958-03-14',
      compartmentNumber: 3,
    });
    const changed = await setPolicy('travel_document', {
      ...idCardPolicy,
      evidenceImage: true,
      fourEyesLoading: true,
    });
    expect(changed.pickupPolicy).toEqual({
      check: 'old_document_or_date_of_birth',
      windowOpeningDays: null,
      pinLetter: true,
      evidenceImage: true,
      fourEyesLoading: true,
    });
    const audit = await hub.ctx.db
      .selectFrom('audit_log')
      .select('data')
      .where('action', '=', 'document_type.pickup_policy_changed')
      .where('entity_id', '=', 'travel_document')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.data!)).toMatchObject({
      before: { check: 'date_of_birth', pinLetter: false },
      after: { check: 'old_document_or_date_of_birth', pinLetter: true, fourEyesLoading: true },
      openDocumentsKeepingTheirPolicy: 1,
    });
    // The document registered before the change keeps what it was registered with: no PIN letter, date only
    // (the travel document's city default).
    expect(await documentRow(hub, waitingBefore.documentId)).toMatchObject({
      pickup_check: 'date_of_birth',
      pin_letter_required: 0,
      four_eyes_loading: 0,
    });
    const started = await start(waitingBefore.phone, waitingBefore.code);
    expect(started.json()).toMatchObject({ check: 'date_of_birth' });
    expect(started.json().pinLetterRequired).toBeUndefined();

    // A new registration copies the new policy; the alternative needs the date of birth at registration.
    const refused = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/documents',
      headers: hub.staffHeaders.clerk,
      payload: {
        reference: 'HN-TD-NO-DOB',
        officeId: 'buergeramt-hn',
        typeId: 'travel_document',
        holderName: 'Erika Mustermann',
        phone: '0151 22222222',
      },
    });
    expect(refused.statusCode).toBe(400);
    // Leaving the flags out of a policy means off.
    expect((await setPolicy('passport', { check: 'none', windowOpeningDays: 4 })).pickupPolicy).toEqual({
      check: 'none',
      windowOpeningDays: 4,
      pinLetter: false,
      evidenceImage: false,
      fourEyesLoading: false,
    });
  });

  it('ID card: date of birth as the alternative, then the PIN letter, then the door; all in the issue record', async () => {
    await setPolicy('id_card', idCardPolicy);
    const doc = await placeNotifiedDocument(hub, { typeId: 'id_card', dateOfBirth: '1958-03-14' });
    expect(await documentRow(hub, doc.documentId)).toMatchObject({
      pickup_check: 'old_document_or_date_of_birth',
      pin_letter_required: 1,
    });
    const started = await start(doc.phone, doc.code);
    expect(started.json()).toMatchObject({
      status: 'awaiting_check',
      check: 'old_document_or_date_of_birth',
      pinLetterRequired: true,
    });
    const pickupId = started.json().pickupId;
    // The PIN letter comes after the identity check, not before.
    expect((await post(`/api/v1/kiosk/pickups/${pickupId}/pin-letter`, { received: true })).json().code).toBe(
      'check_required',
    );

    // A wrong date costs a guess of the document's shared budget.
    const wrong = await post(`/api/v1/kiosk/pickups/${pickupId}/check`, { day: 15, month: 3, year: 1958 });
    expect(wrong.statusCode).toBe(401);
    expect(await documentRow(hub, doc.documentId)).toMatchObject({
      check_failed_attempts: 1,
      code_failed_attempts: 1,
    });
    const right = await post(`/api/v1/kiosk/pickups/${pickupId}/check`, { day: 14, month: 3, year: 1958 });
    expect(right.statusCode).toBe(200);
    expect(right.json()).toMatchObject({
      status: 'ready',
      phase: 'waiting_for_pin_letter',
      pinLetterRequired: true,
    });
    expect(right.json().compartmentNumber).toBeUndefined();

    // Without the confirmation the door stays shut.
    const early = await post(`/api/v1/kiosk/pickups/${pickupId}/open`);
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('pin_letter_required');
    expect(await hub.ctx.db.selectFrom('box_commands').selectAll().execute()).toHaveLength(0);

    hub.clock.advance(5_000);
    const confirmedAt = hub.ctx.clock.now().toISOString();
    const confirmed = await post(`/api/v1/kiosk/pickups/${pickupId}/pin-letter`, { received: true });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toMatchObject({ phase: 'ready', compartmentNumber: 7 });
    expect(confirmed.json().pinLetterRequired).toBeUndefined();
    expect((await documentRow(hub, doc.documentId)).pin_letter_confirmed_at).toBe(confirmedAt);

    expect((await post(`/api/v1/kiosk/pickups/${pickupId}/open`)).statusCode).toBe(200);
    expect(JSON.parse((await documentRow(hub, doc.documentId)).pickup_checks_passed!)).toEqual([
      'code',
      'date_of_birth',
      'pin_letter',
    ]);
    await completeAtBox(doc.documentId);
    expect(await auditActions(doc.documentId)).toEqual(
      expect.arrayContaining(['pickup.pin_letter_confirmed', 'document.start_pickup']),
    );

    const from = new Date(Date.parse(confirmedAt) - 86_400_000).toISOString();
    const to = new Date(Date.parse(confirmedAt) + 86_400_000).toISOString();
    const register = await hub.app.inject({
      url: `/api/v1/register/issues?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
      headers: hub.staffHeaders.auditor,
    });
    expect(register.statusCode).toBe(200);
    expect(register.json().items).toEqual([
      expect.objectContaining({
        documentId: doc.documentId,
        pinLetterConfirmedAt: confirmedAt,
        checksPassed: ['code', 'date_of_birth', 'pin_letter'],
      }),
    ]);
    const csv = await hub.app.inject({
      url: `/api/v1/register/issues?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&format=csv`,
      headers: hub.staffHeaders.auditor,
    });
    expect(csv.body).toContain('PIN-Brief bestätigt (UTC)');
    expect(csv.body).toContain(`${confirmedAt},Abholcode; Geburtsdatum; PIN-Brief-Erhalt bestätigt`);
  });

  it('PIN letter not received: the session ends, the document stays in the box, the code is locked, staff are told', async () => {
    await setPolicy('id_card', idCardPolicy);
    const doc = await placeNotifiedDocument(hub, { typeId: 'id_card', dateOfBirth: '1958-03-14' });
    const pickupId = (await start(doc.phone, doc.code)).json().pickupId;
    await post(`/api/v1/kiosk/pickups/${pickupId}/check`, { day: 14, month: 3, year: 1958 });

    const missing = await post(`/api/v1/kiosk/pickups/${pickupId}/pin-letter`, { received: false });
    expect(missing.statusCode).toBe(200);
    expect(missing.json()).toMatchObject({ status: 'abandoned', phase: 'expired' });
    expect(await documentRow(hub, doc.documentId)).toMatchObject({
      state: 'notified',
      code_locked: 1,
      pin_letter_confirmed_at: null,
    });
    expect(await hub.ctx.db.selectFrom('box_commands').selectAll().execute()).toHaveLength(0);
    const alerts = await hub.ctx.db
      .selectFrom('alerts')
      .selectAll()
      .where('document_id', '=', doc.documentId)
      .execute();
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ kind: 'call_staff', box_id: 'dokbox-hn' });
    expect(JSON.parse(alerts[0]!.data!)).toMatchObject({ reason: 'pin_letter_not_received', pickupId });
    expect(await auditActions(doc.documentId)).toContain('pickup.pin_letter_not_received');

    // Nothing opens any more: not this session, not a new start with the same code.
    expect((await post(`/api/v1/kiosk/pickups/${pickupId}/open`)).statusCode).toBe(410);
    expect((await post(`/api/v1/kiosk/pickups/${pickupId}/pin-letter`, { received: true })).statusCode).toBe(
      410,
    );
    // A locked code answers like a wrong one (issue 14), so the lock never confirms a guessed code.
    const again = await start(doc.phone, doc.code);
    expect(again.statusCode).toBe(401);
    expect(again.json().code).toBe('code_wrong');
  });

  it('a confirmation from an earlier, abandoned session does not count for the next one', async () => {
    await setPolicy('id_card', idCardPolicy);
    const doc = await placeNotifiedDocument(hub, { typeId: 'id_card', dateOfBirth: '1958-03-14' });
    const first = (await start(doc.phone, doc.code)).json().pickupId;
    await post(`/api/v1/kiosk/pickups/${first}/check`, { day: 14, month: 3, year: 1958 });
    await post(`/api/v1/kiosk/pickups/${first}/pin-letter`, { received: true });
    await post(`/api/v1/kiosk/pickups/${first}/cancel`);
    hub.clock.advance(1_000);

    const second = (await start(doc.phone, doc.code)).json().pickupId;
    await post(`/api/v1/kiosk/pickups/${second}/check`, { day: 14, month: 3, year: 1958 });
    expect((await status(second)).json()).toMatchObject({ phase: 'waiting_for_pin_letter' });
    expect((await post(`/api/v1/kiosk/pickups/${second}/open`)).json().code).toBe('pin_letter_required');
  });

  /** The terminal's own reader serves a box without a deposit compartment (deposits/ covers the others). */
  const withoutDepositCompartment = async () => {
    const response = await hub.app.inject({
      method: 'PATCH',
      url: '/api/v1/boxes/dokbox-hn/compartments/16',
      headers: hub.staffHeaders.admin,
      payload: { deposit: false },
    });
    expect(response.statusCode, response.body).toBe(200);
  };

  it('old document as the alternative: the reader decides, a mismatch costs a guess and is audited', async () => {
    await withoutDepositCompartment();
    await setPolicy('passport', { check: 'old_document_or_date_of_birth', windowOpeningDays: null });
    const doc = await placeNotifiedDocument(hub, { typeId: 'passport', dateOfBirth: '1971-11-02' });
    const reader = idDocumentReaderFor(hub.ctx) as SimulatedIdDocumentReader;
    expect(reader).toBeInstanceOf(SimulatedIdDocumentReader);
    const pickupId = (await start(doc.phone, doc.code)).json().pickupId;
    const terminalId = (await hub.ctx.db.selectFrom('terminals').select('id').executeTakeFirstOrThrow()).id;

    reader.insert(terminalId, { documentNumber: 'C01X00T47', holderMatches: false });
    const mismatch = await post(`/api/v1/kiosk/pickups/${pickupId}/check`, {});
    expect(mismatch.statusCode).toBe(401);
    expect((await documentRow(hub, doc.documentId)).check_failed_attempts).toBe(1);

    reader.insert(terminalId, { documentNumber: 'C01X00T48', holderMatches: true });
    const matched = await post(`/api/v1/kiosk/pickups/${pickupId}/check`, {});
    expect(matched.json()).toMatchObject({ phase: 'ready' });
    const passed = await hub.ctx.db
      .selectFrom('audit_log')
      .select('data')
      .where('action', '=', 'pickup.check_passed')
      .where('entity_id', '=', pickupId)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(passed.data!)).toMatchObject({
      answeredWith: 'old_document',
      oldDocumentNumber: '******T48',
    });
    expect((await post(`/api/v1/kiosk/pickups/${pickupId}/open`)).statusCode).toBe(200);
    expect(JSON.parse((await documentRow(hub, doc.documentId)).pickup_checks_passed!)).toEqual([
      'code',
      'old_document',
    ]);
  });

  it('a registered old document number must be the one read; a mismatch is refused and staff are told', async () => {
    await withoutDepositCompartment();
    await setPolicy('passport', { check: 'old_document_scan', windowOpeningDays: null });
    const doc = await placeNotifiedDocument(hub, { typeId: 'passport', oldDocumentNumber: 'c01x 00t47' });
    expect((await documentRow(hub, doc.documentId)).old_document_number_hash).toMatch(/^[0-9a-f]{64}$/);
    const reader = idDocumentReaderFor(hub.ctx) as SimulatedIdDocumentReader;
    const terminalId = (await hub.ctx.db.selectFrom('terminals').select('id').executeTakeFirstOrThrow()).id;
    const pickupId = (await start(doc.phone, doc.code)).json().pickupId;

    // The right person, but another document than the registered old one: refused, a guess spent, staff told.
    reader.insert(terminalId, { documentNumber: 'C01X00T99', holderMatches: true });
    const other = await post(`/api/v1/kiosk/pickups/${pickupId}/check`, {});
    expect(other.statusCode).toBe(401);
    expect(other.json().code).toBe('check_failed');
    expect(await documentRow(hub, doc.documentId)).toMatchObject({
      check_failed_attempts: 1,
      state: 'notified',
    });
    const alerts = await hub.ctx.db
      .selectFrom('alerts')
      .select(['kind', 'data'])
      .where('document_id', '=', doc.documentId)
      .execute();
    expect(alerts.map((a) => JSON.parse(a.data!).reason)).toEqual(['old_document_mismatch']);
    const failed = await hub.ctx.db
      .selectFrom('audit_log')
      .select('data')
      .where('action', '=', 'pickup.check_failed')
      .where('entity_id', '=', pickupId)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(failed.data!)).toMatchObject({ holderMatches: true, numberMatches: false });
    expect(await hub.ctx.db.selectFrom('box_commands').selectAll().execute()).toHaveLength(0);

    reader.insert(terminalId, { documentNumber: 'C01X00T47', holderMatches: true });
    const right = await post(`/api/v1/kiosk/pickups/${pickupId}/check`, {});
    expect(right.json()).toMatchObject({ phase: 'ready' });
  });

  it('a document without the PIN-letter step refuses the PIN-letter answer', async () => {
    const doc = await placeNotifiedDocument(hub);
    const pickupId = (await start(doc.phone, doc.code)).json().pickupId;
    const answer = await post(`/api/v1/kiosk/pickups/${pickupId}/pin-letter`, { received: false });
    expect(answer.statusCode).toBe(409);
    expect(answer.json().code).toBe('pin_letter_not_required');
    expect((await documentRow(hub, doc.documentId)).code_locked).toBe(0);
  });
});
