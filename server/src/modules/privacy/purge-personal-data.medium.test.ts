/** The purge pass on a real database: personal data goes after the retention time, nothing else, counted once. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jobDefinitions } from '../../jobs/job-definitions.ts';
import { JobRunner } from '../../jobs/job-runner.ts';
import { addMs } from '../../platform/clock.ts';
import { documentRow, registerTestDocument, seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { createTestHub } from '../../testing/test-context.ts';
import { completeTestPickup, placeWaitingDocument } from '../../testing/waiting-document-fixture.ts';
import { transitionDocument } from '../documents/transition-document.ts';
import { purgePersonalData } from './purge-personal-data.ts';

const hours = (n: number) => n * 3_600_000;

let hub: SeededHub;
beforeEach(async () => {
  hub = await seedTestHub(await createTestHub());
});
afterEach(() => hub.close());

const smsRows = (documentId: string) =>
  hub.ctx.db.selectFrom('sms_messages').selectAll().where('document_id', '=', documentId).execute();
const purgeEntries = () =>
  hub.ctx.db.selectFrom('audit_log').selectAll().where('action', '=', 'privacy.purge').execute();

describe('purge of personal data', () => {
  it('clears phone, hashes and SMS of a picked-up document 23 h after pickup (the default retention), and only then', async () => {
    const pickedUp = await placeWaitingDocument(hub, { compartmentNumber: 1, phone: '0151 11111111' });
    const waiting = await placeWaitingDocument(hub, { compartmentNumber: 2, phone: '0151 22222222' });
    await new JobRunner(hub.ctx, jobDefinitions).runDueJobs(); // pickup SMS through the demo outbox

    hub.clock.set('2026-11-24T15:00:00.000Z');
    const finished = await completeTestPickup(hub, pickedUp.id);
    expect(finished.final_at).toBe('2026-11-24T15:00:00.000Z');

    hub.clock.set(addMs(finished.final_at!, hours(23) - 1000));
    const early = await purgePersonalData(hub.ctx);
    expect(early.documents).toBe(0);
    // Demo inbox messages from 24 Nov 09:00 are older than the retention already; the staff sessions of the test
    // logins (12 h) have expired.
    expect(early).toMatchObject({ demoInboxMessages: 2, staffSessions: 5, smsMessages: 0 });
    expect(await hub.ctx.db.selectFrom('demo_sms_inbox').select('id').execute()).toHaveLength(0);
    expect((await documentRow(hub, pickedUp.id)).phone_e164).toBe('+4915111111111');

    hub.clock.set(addMs(finished.final_at!, hours(23)));
    const result = await purgePersonalData(hub.ctx);
    expect(result).toMatchObject({ documents: 1, smsMessages: 1 });
    expect(await documentRow(hub, pickedUp.id)).toMatchObject({
      phone_e164: null,
      phone_hash: null,
      code_hash: null,
      date_of_birth_hash: null,
      purged_at: '2026-11-25T14:00:00.000Z',
      state: 'picked_up',
      issued_at: '2026-11-24T15:00:00.000Z',
    });
    for (const sms of await smsRows(pickedUp.id)) {
      expect(sms).toMatchObject({ recipient: null, body_sealed: null });
    }

    // The document still in the box keeps what the citizen needs to collect it.
    const stillWaiting = await documentRow(hub, waiting.id);
    expect(stillWaiting).toMatchObject({ phone_e164: '+4915122222222', state: 'notified', purged_at: null });
    expect(stillWaiting.phone_hash).not.toBeNull();
    expect(stillWaiting.code_hash).not.toBeNull();
    expect((await smsRows(waiting.id))[0]!.recipient).toBe('+4915122222222');

    const entries = await purgeEntries();
    expect(entries).toHaveLength(2);
    expect(JSON.parse(entries[1]!.data)).toEqual({
      documents: 1,
      smsMessages: 1,
      depositNumbers: 0,
      demoInboxMessages: 0,
      staffSessions: 0,
      pickupSessions: 0,
      retentionHours: 23,
      cutoff: '2026-11-24T15:00:00.000Z',
    });
    for (const entry of entries) expect(entry.data).not.toMatch(/4915|\+49/);

    // A second pass finds nothing and writes no audit entry.
    expect(await purgePersonalData(hub.ctx)).toEqual({
      documents: 0,
      smsMessages: 0,
      depositNumbers: 0,
      demoInboxMessages: 0,
      staffSessions: 0,
      pickupSessions: 0,
    });
    expect(await purgeEntries()).toHaveLength(2);
  });

  it("clears the old document's number once the document is purged and the old document is with the office", async () => {
    const document = await placeWaitingDocument(hub, { compartmentNumber: 3, phone: '0151 33333333' });
    const finished = await completeTestPickup(hub, document.id);
    await hub.ctx.db
      .updateTable('documents')
      .set({ old_document_number_hash: 'hash-of-old-number' })
      .where('id', '=', document.id)
      .execute();
    const row = await documentRow(hub, document.id);
    const deposit = (id: string, status: string) => ({
      id,
      document_id: document.id,
      pickup_session_id: null,
      attempt: 1,
      box_id: row.box_id!,
      compartment_id: row.compartment_id!,
      compartment_number: 3,
      occupying_compartment_id: null,
      status,
      refusal: null,
      number_masked: '…X7Z',
      number_hash: `hash-${id}`,
      holder_matches: 1 as const,
      number_matches: 1 as const,
      unlock_command_id: null,
      read_command_id: null,
      deadline_at: finished.final_at!,
      door_opened_at: null,
      door_closed_at: null,
      deposited_at: null,
      collect_requested_at: null,
      collect_requested_by: null,
      collected_at: null,
      collected_by: null,
      handed_over_at: null,
      handed_over_by: null,
      created_at: finished.final_at!,
      updated_at: finished.final_at!,
    });
    await hub.ctx.db
      .insertInto('old_document_deposits')
      .values([deposit('dep-handed-over', 'handed_over'), deposit('dep-with-staff', 'collected')])
      .execute();

    hub.clock.set(addMs(finished.final_at!, hours(23)));
    expect(await purgePersonalData(hub.ctx)).toMatchObject({ documents: 1, depositNumbers: 1 });
    expect((await documentRow(hub, document.id)).old_document_number_hash).toBeNull();
    const deposits = await hub.ctx.db
      .selectFrom('old_document_deposits')
      .select(['id', 'number_masked', 'number_hash'])
      .orderBy('id')
      .execute();
    expect(deposits).toEqual([
      { id: 'dep-handed-over', number_masked: null, number_hash: null },
      // Still with staff: the number identifies the old document until it is handed to the office.
      { id: 'dep-with-staff', number_masked: '…X7Z', number_hash: 'hash-dep-with-staff' },
    ]);

    await hub.ctx.db
      .updateTable('old_document_deposits')
      .set({ status: 'handed_over' })
      .where('id', '=', 'dep-with-staff')
      .execute();
    expect(await purgePersonalData(hub.ctx)).toMatchObject({ documents: 0, depositNumbers: 1 });
  });

  it('purges cancelled documents too, and follows the configured retention', async () => {
    await hub.close();
    hub = await seedTestHub(await createTestHub({ config: { retention: { personalDataHours: 2 } } }));
    const cancelled = await registerTestDocument(hub);
    await hub.ctx.db.transaction().execute((trx) =>
      transitionDocument(trx, {
        documentId: cancelled.id,
        transition: 'cancel',
        principal: hub.staffPrincipal('clerk'),
        at: hub.clock.now().toISOString(),
      }),
    );
    hub.clock.advance(hours(2) - 1);
    expect((await purgePersonalData(hub.ctx)).documents).toBe(0);
    hub.clock.advance(1);
    expect((await purgePersonalData(hub.ctx)).documents).toBe(1);
    expect(await documentRow(hub, cancelled.id)).toMatchObject({
      phone_e164: null,
      date_of_birth_hash: null,
    });
  });

  it('purges a returned document after the retention, counted from its return', async () => {
    const document = await placeWaitingDocument(hub, { compartmentNumber: 5, phone: '0151 55555555' });
    const move = (transition: string, role: 'clerk' | 'loader') =>
      hub.ctx.db.transaction().execute((trx) =>
        transitionDocument(trx, {
          documentId: document.id,
          transition: transition as Parameters<typeof transitionDocument>[1]['transition'],
          principal: hub.staffPrincipal(role),
          at: hub.clock.now().toISOString(),
        }),
      );
    await move('withdraw', 'clerk');
    await move('start_collecting', 'loader');
    await move('confirm_collected', 'loader');
    hub.clock.advance(hours(30)); // back at the counter a day later: the retention starts now
    await move('record_return', 'clerk');
    expect((await documentRow(hub, document.id)).state).toBe('returned');
    hub.clock.advance(hours(23) - 1);
    expect((await purgePersonalData(hub.ctx)).documents).toBe(0);
    hub.clock.advance(1);
    expect((await purgePersonalData(hub.ctx)).documents).toBe(1);
    expect(await documentRow(hub, document.id)).toMatchObject({ phone_e164: null, phone_hash: null });
  });

  it('deletes pickup sessions that expired more than the retention ago, and only those', async () => {
    const document = await placeWaitingDocument(hub, { compartmentNumber: 6 });
    const terminal = await hub.ctx.db.selectFrom('terminals').select('id').executeTakeFirstOrThrow();
    const now = hub.clock.now().toISOString();
    const session = (id: string, expiresAt: string) => ({
      id,
      document_id: document.id,
      terminal_id: terminal.id,
      status: 'abandoned',
      check_required: 'none',
      expires_at: expiresAt,
      created_at: addMs(expiresAt, -300_000),
    });
    await hub.ctx.db
      .insertInto('pickup_sessions')
      .values([
        session('00000000-0000-4000-8000-000000000001', addMs(now, -hours(23) - 1)),
        session('00000000-0000-4000-8000-000000000002', addMs(now, -hours(23) + 1_000)),
      ])
      .execute();
    expect((await purgePersonalData(hub.ctx)).pickupSessions).toBe(1);
    const left = await hub.ctx.db.selectFrom('pickup_sessions').select('id').execute();
    expect(left.map((r) => r.id)).toEqual(['00000000-0000-4000-8000-000000000002']);
  });

  it('leaves an SMS that is still waiting to be sent until it is settled', async () => {
    const document = await placeWaitingDocument(hub, { compartmentNumber: 3 });
    hub.clock.set('2026-11-24T10:00:00.000Z');
    await completeTestPickup(hub, document.id);
    // The pickup SMS was never handed to the gateway (runner down); its document is purged meanwhile.
    hub.clock.set('2026-11-25T10:00:00.000Z');
    expect(await purgePersonalData(hub.ctx)).toMatchObject({ documents: 1, smsMessages: 0 });
    expect((await smsRows(document.id))[0]!.recipient).not.toBeNull();
    await hub.ctx.db
      .updateTable('sms_messages')
      .set({ status: 'failed' })
      .where('document_id', '=', document.id)
      .execute();
    expect(await purgePersonalData(hub.ctx)).toMatchObject({ documents: 0, smsMessages: 1 });
    expect((await smsRows(document.id))[0]).toMatchObject({ recipient: null, body_sealed: null });
  });
});
