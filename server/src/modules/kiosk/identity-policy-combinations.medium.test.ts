/**
 * Every combination of the identity policy (issue 9 acceptance): the check × PIN-letter confirmation × four-eyes
 * loading, each walked from registration through loading (real HTTP, the simulated box attached) to the issued
 * document, with every refusal on the way: second loader missing or wrong, wrong date of birth, wrong old document,
 * opening before staff or before the PIN letter, PIN letter not received. After each refusal the document must be
 * safely where it was (state, compartment holding it, no door opened) and the refusal audited. The evidence image
 * and the deposit into a box compartment have their own tests (evidence/, deposits/).
 */
import type { PickupCheck } from '@buergerpunkt/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerTestDocument, testPassword } from '../../testing/fixtures.ts';
import {
  alerts,
  auditActions,
  compartment,
  createBoxTestHub,
  documentRow,
  requestLoading,
  terminalId,
  type BoxTestHub,
} from '../boxes/box-test-support.ts';
import { secondLoaderRefusalWindowMinutes } from '../boxes/four-eyes-loading.ts';
import { idDocumentReaderFor, SimulatedIdDocumentReader } from './id-document-reader.ts';
import { latestCode } from './kiosk-test-support.ts';

const checks: PickupCheck[] = [
  'none',
  'date_of_birth',
  'old_document_scan',
  'old_document_or_date_of_birth',
  'staff_confirmation',
];
const combinations = checks.flatMap((check) =>
  [false, true].flatMap((pinLetter) =>
    [false, true].map((fourEyesLoading) => ({ check, pinLetter, fourEyesLoading })),
  ),
);
type Combination = (typeof combinations)[number];

const dateOfBirth = { day: 12, month: 8, year: 1964 };
/** What the simulated reader reads when the test lays nothing else on it. */
const holdersOldDocument = 'L01X00T47';

describe('identity policy combinations', () => {
  let t: BoxTestHub;
  let reader: SimulatedIdDocumentReader;
  let terminal: string;
  let phoneCounter = 0;

  beforeAll(async () => {
    // Wrong answers here are the point: the terminal throttle must not step in between the combinations.
    t = await createBoxTestHub({ config: { pickup: { terminalFreeFailures: 100 } } });
    // The terminal's own reader (a box with a deposit compartment takes the old document there: deposits/).
    await t.hub.ctx.db
      .updateTable('compartments')
      .set({ status: 'free' })
      .where('status', '=', 'deposit')
      .execute();
    reader = idDocumentReaderFor(t.hub.ctx) as SimulatedIdDocumentReader;
    expect(reader).toBeInstanceOf(SimulatedIdDocumentReader);
    terminal = await terminalId(t.hub);
  }, 60_000);
  afterAll(() => t.hub.close());

  const kiosk = (url: string, body: object = {}) =>
    t.hub.app.inject({ method: 'POST', url, headers: t.hub.terminalHeaders, payload: body });
  const unlocksFor = async (documentId: string) =>
    (
      await t.hub.ctx.db
        .selectFrom('box_commands')
        .select('id')
        .where('document_id', '=', documentId)
        .where('type', '=', 'unlock')
        .execute()
    ).length;
  const pickupAudit = async (pickupId: string) => auditActions(t.hub, pickupId);

  /** A type with exactly this policy, created by the admin over HTTP. */
  async function typeFor(combination: Combination): Promise<string> {
    const id = `combo_${checks.indexOf(combination.check)}_${Number(combination.pinLetter)}${Number(combination.fourEyesLoading)}`;
    const created = await t.hub.app.inject({
      method: 'POST',
      url: '/api/v1/document-types',
      headers: t.hub.staffHeaders.admin,
      payload: {
        id,
        name: `Kombination ${id}`,
        minSize: 'S',
        pickupPolicy: {
          check: combination.check,
          windowOpeningDays: null,
          pinLetter: combination.pinLetter,
          evidenceImage: false,
          fourEyesLoading: combination.fourEyesLoading,
        },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    return id;
  }

  /** The document waits safely in its compartment: still notified, the compartment holds it, no door opened. */
  async function expectSafeInBox(documentId: string, number: number): Promise<void> {
    expect((await documentRow(t.hub, documentId)).state).toBe('notified');
    expect(await compartment(t.hub, number)).toMatchObject({ status: 'occupied', document_id: documentId });
    expect(await unlocksFor(documentId)).toBe(1); // the loading's unlock only
  }

  /** Registers a document of the type, loads it (refusals first where four eyes are needed), closes the door. */
  async function registerAndLoad(
    combination: Combination,
    typeId: string,
    withRefusals: boolean,
  ): Promise<{ documentId: string; phone: string; number: number }> {
    phoneCounter++;
    const phone = `0151 2300${String(phoneCounter).padStart(4, '0')}`;
    const usesOldDocument = combination.check.startsWith('old_document');
    const document = await registerTestDocument(t.hub, {
      typeId,
      phone,
      dateOfBirth: '1964-08-12',
      ...(usesOldDocument ? { oldDocumentNumber: holdersOldDocument } : {}),
    });
    const secondLoader = { username: 'loader2', password: testPassword('loader2') };
    if (combination.fourEyesLoading && withRefusals) {
      const refusals: [object, number, string][] = [
        [{}, 409, 'second_loader_required'],
        [
          { secondLoader: { username: 'loader2', password: 'not-the-password' } },
          403,
          'second_loader_invalid',
        ],
        [
          { secondLoader: { username: 'loader', password: testPassword('loader') } },
          409,
          'second_loader_same_account',
        ],
      ];
      for (const [extra, status, code] of refusals) {
        const refused = await requestLoading(t.hub, { documentId: document.id, ...extra });
        expect(refused.statusCode, refused.body).toBe(status);
        expect(refused.json().code).toBe(code);
        // Still registered, in no compartment, no door unlocked, nothing of the loading audited.
        expect((await documentRow(t.hub, document.id)).state).toBe('registered');
        expect(
          await t.hub.ctx.db
            .selectFrom('compartments')
            .select('id')
            .where('document_id', '=', document.id)
            .execute(),
        ).toHaveLength(0);
        expect(await unlocksFor(document.id)).toBe(0);
        const actions = await auditActions(t.hub, document.id);
        expect(actions).not.toContain('loading.four_eyes_confirmed');
        expect(actions).not.toContain('document.start_loading');
        // The refusal itself is audited (after the rollback), with its reason only.
        const refusalEntries = await t.hub.ctx.db
          .selectFrom('audit_log')
          .select('data')
          .where('action', '=', 'loading.four_eyes_refused')
          .where('entity_id', '=', document.id)
          .orderBy('seq')
          .execute();
        expect(JSON.parse(refusalEntries.at(-1)!.data!)).toEqual({ reason: code });
      }
      expect(
        (await auditActions(t.hub, document.id)).filter((a) => a === 'loading.four_eyes_refused'),
      ).toHaveLength(refusals.length);
      // The hub counts a loader's refused second logins (five in a quarter hour and the loader must wait); the
      // combinations share one loader, so each starts after that window.
      t.hub.clock.advance(secondLoaderRefusalWindowMinutes * 60_000);
    }
    const loading = await requestLoading(t.hub, {
      documentId: document.id,
      ...(combination.fourEyesLoading ? { secondLoader } : {}),
    });
    expect(loading.statusCode, loading.body).toBe(200);
    expect(loading.json().fourEyes === null).toBe(!combination.fourEyesLoading);
    const number = loading.json().compartment.number as number;
    await t.sim.settle();
    t.sim.box().place(number);
    t.sim.box().close(number);
    await t.sim.settle();
    expect((await documentRow(t.hub, document.id)).state).toBe('notified');
    const actions = await auditActions(t.hub, document.id);
    expect(actions.includes('loading.four_eyes_confirmed')).toBe(combination.fourEyesLoading);
    return { documentId: document.id, phone, number };
  }

  /** Starts the pickup and answers the check; with `withRefusals`, every wrong answer of this check first. */
  async function passCheck(
    combination: Combination,
    document: { documentId: string; phone: string; number: number },
    withRefusals: boolean,
  ): Promise<{ pickupId: string; passedWith: string[] }> {
    const started = await kiosk('/api/v1/kiosk/pickups', {
      phone: document.phone,
      code: await latestCode(t.hub, document.documentId),
    });
    expect(started.statusCode, started.body).toBe(201);
    const pickupId = started.json().pickupId as string;
    const expectedStatus =
      combination.check === 'none'
        ? 'ready'
        : combination.check === 'staff_confirmation'
          ? 'awaiting_staff'
          : 'awaiting_check';
    expect(started.json()).toMatchObject({ status: expectedStatus, check: combination.check });
    const check = (body: object) => kiosk(`/api/v1/kiosk/pickups/${pickupId}/check`, body);
    const asksDate =
      combination.check === 'date_of_birth' || combination.check === 'old_document_or_date_of_birth';
    const readsOld = combination.check.startsWith('old_document');

    if (withRefusals && combination.check === 'staff_confirmation') {
      const early = await kiosk(`/api/v1/kiosk/pickups/${pickupId}/open`);
      expect(early.json().code).toBe('check_required');
      await expectSafeInBox(document.documentId, document.number);
    }
    let failures = 0;
    if (withRefusals && asksDate) {
      const wrong = await check({ day: 13, month: 8, year: 1964 });
      expect(wrong.statusCode).toBe(401);
      expect(wrong.json().code).toBe('check_failed');
      failures++;
      await expectSafeInBox(document.documentId, document.number);
      expect((await documentRow(t.hub, document.documentId)).check_failed_attempts).toBe(failures);
    }
    if (withRefusals && readsOld) {
      // The holder's own person, but not the registered old document: refused, staff told.
      reader.insert(terminal, { documentNumber: 'C01X00T99', holderMatches: true });
      const wrong = await check({});
      expect(wrong.statusCode).toBe(401);
      expect(wrong.json().code).toBe('check_failed');
      failures++;
      await expectSafeInBox(document.documentId, document.number);
      expect((await documentRow(t.hub, document.documentId)).check_failed_attempts).toBe(failures);
      const mismatch = await alerts(t.hub, 'call_staff', document.documentId);
      expect(mismatch.map((a) => JSON.parse(a.data!).reason)).toContain('old_document_mismatch');
    }
    if (failures > 0) {
      expect((await pickupAudit(pickupId)).filter((a) => a === 'pickup.check_failed')).toHaveLength(failures);
    }

    switch (combination.check) {
      case 'none':
        return { pickupId, passedWith: [] };
      case 'staff_confirmation': {
        const confirmed = await t.hub.app.inject({
          method: 'POST',
          url: `/api/v1/pickups/${pickupId}/confirm`,
          headers: t.hub.staffHeaders.zone,
        });
        expect(confirmed.statusCode, confirmed.body).toBe(200);
        return { pickupId, passedWith: ['staff_confirmation'] };
      }
      case 'date_of_birth': {
        expect((await check(dateOfBirth)).statusCode).toBe(200);
        return { pickupId, passedWith: ['date_of_birth'] };
      }
      default: {
        // The old document (the reader reads the registered one); for "or date of birth" the date would do too.
        const right = await check({});
        expect(right.statusCode, right.body).toBe(200);
        return { pickupId, passedWith: ['old_document'] };
      }
    }
  }

  it.each(combinations)(
    'check $check, PIN letter $pinLetter, four-eyes loading $fourEyesLoading: refusals keep it safe, then it is issued',
    async (combination) => {
      const typeId = await typeFor(combination);
      const document = await registerAndLoad(combination, typeId, true);
      const { pickupId, passedWith } = await passCheck(combination, document, true);

      const status = await t.hub.app.inject({
        url: `/api/v1/kiosk/pickups/${pickupId}`,
        headers: t.hub.terminalHeaders,
      });
      expect(status.json().phase).toBe(combination.pinLetter ? 'waiting_for_pin_letter' : 'ready');
      if (combination.pinLetter) {
        const early = await kiosk(`/api/v1/kiosk/pickups/${pickupId}/open`);
        expect(early.statusCode).toBe(409);
        expect(early.json().code).toBe('pin_letter_required');
        await expectSafeInBox(document.documentId, document.number);
        const confirmed = await kiosk(`/api/v1/kiosk/pickups/${pickupId}/pin-letter`, { received: true });
        expect(confirmed.statusCode, confirmed.body).toBe(200);
        expect((await documentRow(t.hub, document.documentId)).pin_letter_confirmed_at).not.toBeNull();
      }

      const opened = await kiosk(`/api/v1/kiosk/pickups/${pickupId}/open`);
      expect(opened.statusCode, opened.body).toBe(200);
      expect(opened.json().compartmentNumber).toBe(document.number);
      await t.sim.settle();
      t.sim.box().take(document.number);
      t.sim.box().close(document.number);
      await t.sim.settle();
      const issued = await documentRow(t.hub, document.documentId);
      expect(issued.state).toBe('picked_up');
      expect(JSON.parse(issued.pickup_checks_passed!)).toEqual([
        'code',
        ...passedWith,
        ...(combination.pinLetter ? ['pin_letter'] : []),
      ]);
      expect(await compartment(t.hub, document.number)).toMatchObject({ status: 'free', document_id: null });
    },
    60_000,
  );

  it.each(combinations.filter((c) => c.pinLetter))(
    'check $check, four-eyes loading $fourEyesLoading: PIN letter not received leaves the card in the box, locked',
    async (combination) => {
      const typeId = `combo_${checks.indexOf(combination.check)}_1${Number(combination.fourEyesLoading)}`;
      const document = await registerAndLoad(combination, typeId, false);
      const { pickupId } = await passCheck(combination, document, false);
      const missing = await kiosk(`/api/v1/kiosk/pickups/${pickupId}/pin-letter`, { received: false });
      expect(missing.statusCode, missing.body).toBe(200);
      expect(missing.json()).toMatchObject({ status: 'abandoned', phase: 'expired' });
      await expectSafeInBox(document.documentId, document.number);
      expect(await documentRow(t.hub, document.documentId)).toMatchObject({
        code_locked: 1,
        pin_letter_confirmed_at: null,
      });
      const told = await alerts(t.hub, 'call_staff', document.documentId);
      expect(told.map((a) => JSON.parse(a.data!).reason)).toContain('pin_letter_not_received');
      expect(await auditActions(t.hub, document.documentId)).toContain('pickup.pin_letter_not_received');
      // Nothing opens any more: not this session, not the same code again.
      expect((await kiosk(`/api/v1/kiosk/pickups/${pickupId}/open`)).statusCode).toBe(410);
      const again = await kiosk('/api/v1/kiosk/pickups', {
        phone: document.phone,
        code: await latestCode(t.hub, document.documentId),
      });
      // Answered like a wrong code (issue 14): the lock never confirms a code.
      expect(again.json().code).toBe('code_wrong');
      await expectSafeInBox(document.documentId, document.number);
    },
    60_000,
  );
});
