/** The calendar read from the database: deadline and open status of the demo box, with a closure and an outage. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../demo/seed-demo.ts';
import { createTestHub, type TestHub } from '../../testing/test-context.ts';
import { isBoxOpenAt } from './box-open.ts';
import { computePickupDeadline, formatDeadlineForSms } from './pickup-window.ts';

const boxId = 'dokbox-hn';
const tuesdayMorning = '2026-11-24T09:00:00.000Z';

describe('pickup window of the demo box', () => {
  let hub: TestHub;
  beforeEach(async () => {
    hub = await createTestHub();
    await seedDemoData(hub.ctx, {
      password: () => 'irrelevant-password-123',
      terminalKey: 'kiosk_key_0123456789',
    });
  });
  afterEach(() => hub.close());

  it('ends ten opening days later at closing time: Sa 05.12.', async () => {
    const deadline = await computePickupDeadline(hub.ctx.db, boxId, tuesdayMorning, 10);
    expect(deadline).toBe('2026-12-05T19:00:00.000Z');
    expect(formatDeadlineForSms(deadline, 'Europe/Berlin')).toBe('Sa 05.12.');
  });

  it('moves with a closure and an outage stored for the box', async () => {
    await hub.ctx.db
      .insertInto('box_closures')
      .values({
        id: 'c1',
        box_id: boxId,
        starts_on: '2026-11-26',
        ends_on: '2026-11-27',
        reason: 'Inventur',
        created_at: tuesdayMorning,
      })
      .execute();
    await hub.ctx.db
      .insertInto('box_outages')
      .values({
        id: 'o1',
        box_id: boxId,
        started_at: '2026-11-25T12:00:00.000Z',
        ended_at: '2026-11-25T13:00:00.000Z',
        reason: 'Stromausfall',
      })
      .execute();
    // Wed lost to the outage, Thu and Fri closed, so Sat 28 is the first opening day and Mon 30 the second.
    expect(await computePickupDeadline(hub.ctx.db, boxId, tuesdayMorning, 2)).toBe(
      '2026-11-30T19:00:00.000Z',
    );
    expect(await isBoxOpenAt(hub.ctx.db, boxId, '2026-11-26T12:00:00.000Z')).toBe(false);
    expect(await isBoxOpenAt(hub.ctx.db, boxId, '2026-11-25T12:30:00.000Z')).toBe(false);
    expect(await isBoxOpenAt(hub.ctx.db, boxId, '2026-11-25T14:00:00.000Z')).toBe(true);
  });

  it('is open on a Tuesday morning, closed on Sunday and when the box is out of service', async () => {
    expect(await isBoxOpenAt(hub.ctx.db, boxId, tuesdayMorning)).toBe(true);
    expect(await isBoxOpenAt(hub.ctx.db, boxId, '2026-11-29T12:00:00.000Z')).toBe(false);
    await hub.ctx.db.updateTable('boxes').set({ in_service: 0 }).where('id', '=', boxId).execute();
    expect(await isBoxOpenAt(hub.ctx.db, boxId, tuesdayMorning)).toBe(false);
  });

  it('refuses an unknown box with 404 and a box without hours with 409', async () => {
    await expect(computePickupDeadline(hub.ctx.db, 'nope', tuesdayMorning, 10)).rejects.toMatchObject({
      status: 404,
      code: 'box_not_found',
    });
    await hub.ctx.db.deleteFrom('box_opening_hours').where('box_id', '=', boxId).execute();
    await expect(computePickupDeadline(hub.ctx.db, boxId, tuesdayMorning, 10)).rejects.toMatchObject({
      status: 409,
      code: 'box_has_no_opening_days',
    });
  });
});
