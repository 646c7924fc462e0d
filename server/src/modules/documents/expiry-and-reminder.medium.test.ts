/** The expiry and reminder passes on a real database: at the right opening day, once, paused by outages. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jobDefinitions } from '../../jobs/job-definitions.ts';
import { JobRunner } from '../../jobs/job-runner.ts';
import { documentRow, seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { createTestHub } from '../../testing/test-context.ts';
import { placeWaitingDocument } from '../../testing/waiting-document-fixture.ts';
import { renderSms } from '../sms/queue-sms.ts';
import { expireDocuments } from './expire-documents.ts';
import { sendReminders } from './send-reminders.ts';

// Notified on Tuesday 24 Nov 2026, 10:00 local; ten opening days end on Saturday 5 Dec at 20:00 (19:00Z).
const deadline = '2026-12-05T19:00:00.000Z';

let hub: SeededHub;
beforeEach(async () => {
  hub = await seedTestHub(await createTestHub());
});
afterEach(() => hub.close());

const smsOf = (id: string, template: string) =>
  hub.ctx.db
    .selectFrom('sms_messages')
    .selectAll()
    .where('document_id', '=', id)
    .where('template', '=', template)
    .execute();
const auditOf = (id: string, action: string) =>
  hub.ctx.db
    .selectFrom('audit_log')
    .selectAll()
    .where('entity_id', '=', id)
    .where('action', '=', action)
    .execute();

/** Sends what is queued through the real job runner and the demo outbox; returns the texts for a number. */
async function deliveredTexts(recipient: string): Promise<string[]> {
  await new JobRunner(hub.ctx, jobDefinitions).runDueJobs();
  const rows = await hub.ctx.db
    .selectFrom('demo_sms_inbox')
    .select('body')
    .where('recipient', '=', recipient)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => r.body);
}

describe('expiry', () => {
  it('expires at the end of the tenth opening day, voids the code and tells the citizen once', async () => {
    const document = await placeWaitingDocument(hub, { compartmentNumber: 3 });
    expect(document.state).toBe('notified');
    const [pickupSms] = await deliveredTexts('+4915123456789');
    expect(pickupSms).toContain('Abholbar bis Sa 05.12.');

    hub.clock.set('2026-12-05T18:59:59.000Z');
    expect(await expireDocuments(hub.ctx)).toMatchObject({ checked: 1, expired: 0 });
    expect((await documentRow(hub, document.id)).state).toBe('notified');

    hub.clock.set(deadline);
    expect(await expireDocuments(hub.ctx)).toMatchObject({ expired: 1, failed: 0 });
    const expired = await documentRow(hub, document.id);
    expect(expired).toMatchObject({ state: 'awaiting_return', code_hash: null, expired_at: deadline });
    expect(expired.compartment_id).toBe('dokbox-hn-3');
    const [entry] = await auditOf(document.id, 'document.expire');
    expect(JSON.parse(entry!.data)).toMatchObject({ from: 'notified', to: 'awaiting_return', deadline });

    expect(await expireDocuments(hub.ctx)).toMatchObject({ checked: 0, expired: 0 });
    expect(await smsOf(document.id, 'expired')).toHaveLength(1);
    const texts = await deliveredTexts('+4915123456789');
    expect(texts).toHaveLength(2);
    expect(texts[1]).toBe(
      renderSms(
        'expired',
        { officeName: 'Bürgeramt Hohen Neuendorf', town: 'Hohen Neuendorf' },
        { documentType: { id: 'id_card', name: 'Personalausweis' } },
      ),
    );
    expect(texts[1]).toContain('Bürgeramt Hohen Neuendorf');
  });

  it('an outage recorded after the notification pushes the expiry back', async () => {
    const document = await placeWaitingDocument(hub, { compartmentNumber: 4 });
    await hub.ctx.db
      .insertInto('box_outages')
      .values({
        id: 'outage-1',
        box_id: 'dokbox-hn',
        started_at: '2026-11-26T12:00:00.000Z',
        ended_at: '2026-11-26T12:30:00.000Z',
        reason: 'Netzwerk',
      })
      .execute();
    hub.clock.set(deadline);
    expect((await expireDocuments(hub.ctx)).expired).toBe(0);
    // Thursday lost: the tenth opening day is Monday 7 Dec.
    hub.clock.set('2026-12-07T18:59:00.000Z');
    expect((await expireDocuments(hub.ctx)).expired).toBe(0);
    hub.clock.set('2026-12-07T19:00:00.000Z');
    expect((await expireDocuments(hub.ctx)).expired).toBe(1);
    expect((await documentRow(hub, document.id)).state).toBe('awaiting_return');
  });

  it('a box still out of service never lets the window run out', async () => {
    const document = await placeWaitingDocument(hub, { compartmentNumber: 5 });
    await hub.ctx.db
      .insertInto('box_outages')
      .values({
        id: 'outage-2',
        box_id: 'dokbox-hn',
        started_at: '2026-11-30T10:00:00.000Z',
        ended_at: null,
        reason: 'Umbau',
      })
      .execute();
    hub.clock.set('2026-12-20T12:00:00.000Z');
    expect((await expireDocuments(hub.ctx)).expired).toBe(0);
    expect((await documentRow(hub, document.id)).state).toBe('notified');
  });

  it("uses the document type's own window", async () => {
    await hub.ctx.db
      .updateTable('document_types')
      .set({ window_opening_days: 2 })
      .where('id', '=', 'passport')
      .execute();
    const passport = await placeWaitingDocument(hub, { compartmentNumber: 6, typeId: 'passport' });
    const idCard = await placeWaitingDocument(hub, { compartmentNumber: 7 });
    hub.clock.set('2026-11-26T19:00:00.000Z');
    expect(await expireDocuments(hub.ctx)).toMatchObject({ checked: 2, expired: 1 });
    expect((await documentRow(hub, passport.id)).state).toBe('awaiting_return');
    expect((await documentRow(hub, idCard.id)).state).toBe('notified');
  });

  it('racing passes expire each document exactly once and none of them fails', async () => {
    const documents = [];
    for (const n of [8, 9, 10]) documents.push(await placeWaitingDocument(hub, { compartmentNumber: n }));
    hub.clock.set(deadline);
    const results = await Promise.all([
      expireDocuments(hub.ctx),
      expireDocuments(hub.ctx),
      expireDocuments(hub.ctx),
    ]);
    expect(results.reduce((sum, r) => sum + r.expired, 0)).toBe(3);
    expect(results.reduce((sum, r) => sum + r.failed, 0)).toBe(0);
    for (const document of documents) {
      expect((await documentRow(hub, document.id)).state).toBe('awaiting_return');
      expect(await smsOf(document.id, 'expired')).toHaveLength(1);
      expect(await auditOf(document.id, 'document.expire')).toHaveLength(1);
    }
  });

  it('leaves a document alone that the citizen is picking up right now', async () => {
    const document = await placeWaitingDocument(hub, { compartmentNumber: 11 });
    await hub.ctx.db
      .updateTable('documents')
      .set({ state: 'pickup_in_progress' })
      .where('id', '=', document.id)
      .execute();
    hub.clock.set(deadline);
    expect(await expireDocuments(hub.ctx)).toMatchObject({ checked: 0, expired: 0 });
  });
});

describe('reminder', () => {
  it('goes out on the day with two opening days left, with the deadline, once', async () => {
    const document = await placeWaitingDocument(hub, { compartmentNumber: 12 });
    hub.clock.set('2026-12-02T09:00:00.000Z'); // Wednesday: three days left
    expect((await sendReminders(hub.ctx)).sent).toBe(0);
    hub.clock.set('2026-12-03T09:00:00.000Z'); // Thursday: Friday and Saturday left
    expect(await sendReminders(hub.ctx)).toMatchObject({ sent: 1, failed: 0 });
    expect(await sendReminders(hub.ctx)).toMatchObject({ checked: 0, sent: 0 });
    hub.clock.set('2026-12-04T09:00:00.000Z');
    expect((await sendReminders(hub.ctx)).sent).toBe(0);

    expect((await documentRow(hub, document.id)).reminder_sent_at).toBe('2026-12-03T09:00:00.000Z');
    const [entry] = await auditOf(document.id, 'document.reminder_sent');
    expect(JSON.parse(entry!.data)).toEqual({ deadline, remainingOpeningDays: 2 });
    expect(await smsOf(document.id, 'reminder')).toHaveLength(1);
    const texts = await deliveredTexts('+4915123456789');
    // Pickup SMS and reminder, both delivered now.
    expect(texts).toHaveLength(2);
    expect(texts).toContain(
      renderSms(
        'reminder',
        { boxName: 'DokBox Hohen Neuendorf', deadline: 'Sa 05.12.', town: 'Hohen Neuendorf' },
        { documentType: { id: 'id_card', name: 'Personalausweis' } },
      ),
    );
  });

  it('waits for the morning and catches up on a missed day', async () => {
    const document = await placeWaitingDocument(hub, { compartmentNumber: 13 });
    hub.clock.set('2026-12-03T05:30:00.000Z'); // 06:30 local
    expect((await sendReminders(hub.ctx)).sent).toBe(0);
    hub.clock.set('2026-12-04T07:00:00.000Z'); // Friday 08:00 local; Thursday was missed
    expect((await sendReminders(hub.ctx)).sent).toBe(1);
    expect((await documentRow(hub, document.id)).reminder_sent_at).toBe('2026-12-04T07:00:00.000Z');
  });

  it('is not sent on the notification day nor after the deadline', async () => {
    await hub.ctx.db
      .updateTable('document_types')
      .set({ window_opening_days: 2 })
      .where('id', '=', 'passport')
      .execute();
    const document = await placeWaitingDocument(hub, { compartmentNumber: 14, typeId: 'passport' });
    hub.clock.set('2026-11-24T12:00:00.000Z'); // still Tuesday: Wed and Thu left, but just notified
    expect((await sendReminders(hub.ctx)).sent).toBe(0);
    hub.clock.set('2026-11-27T09:00:00.000Z'); // Friday: window over
    expect((await sendReminders(hub.ctx)).sent).toBe(0);
    hub.clock.set('2026-11-25T09:00:00.000Z');
    expect((await sendReminders(hub.ctx)).sent).toBe(1);
    expect((await documentRow(hub, document.id)).reminder_sent_at).not.toBeNull();
  });

  it('racing passes send one reminder', async () => {
    const document = await placeWaitingDocument(hub, { compartmentNumber: 15 });
    hub.clock.set('2026-12-03T09:00:00.000Z');
    const results = await Promise.all([
      sendReminders(hub.ctx),
      sendReminders(hub.ctx),
      sendReminders(hub.ctx),
    ]);
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(1);
    expect(results.reduce((sum, r) => sum + r.failed, 0)).toBe(0);
    expect(await smsOf(document.id, 'reminder')).toHaveLength(1);
    expect(await auditOf(document.id, 'document.reminder_sent')).toHaveLength(1);
  });
});
