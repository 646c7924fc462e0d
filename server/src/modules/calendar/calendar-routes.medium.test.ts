/** The calendar over HTTP: admin edits of hours, closures and service state, audited; the public opening status. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { createTestHub } from '../../testing/test-context.ts';
import { computePickupDeadline } from './pickup-window.ts';

const boxId = 'dokbox-hn';

describe('calendar administration', () => {
  let hub: SeededHub;
  beforeEach(async () => {
    hub = await seedTestHub(await createTestHub());
  });
  afterEach(() => hub.close());

  const admin = () => hub.staffHeaders.admin;
  const auditActions = async () =>
    (await hub.ctx.db.selectFrom('audit_log').select('action').orderBy('seq').execute()).map((r) => r.action);

  it('replaces the opening hours and audits before and after', async () => {
    const hours = [
      { weekday: 1, opens: '14:00', closes: '18:00' },
      { weekday: 1, opens: '08:00', closes: '12:00' },
      { weekday: 6, opens: '10:00', closes: '16:00' },
    ];
    const put = await hub.app.inject({
      method: 'PUT',
      url: `/api/v1/boxes/${boxId}/opening-hours`,
      headers: admin(),
      payload: { hours },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json().hours).toEqual([hours[1], hours[0], hours[2]]);
    const view = await hub.app.inject({
      url: `/api/v1/boxes/${boxId}/calendar`,
      headers: hub.staffHeaders.clerk,
    });
    expect(view.json().hours).toEqual([hours[1], hours[0], hours[2]]);
    const entry = await hub.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'box.opening_hours_replaced')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(entry.data).before).toHaveLength(6);
    expect(JSON.parse(entry.data).after).toHaveLength(3);
    // Mondays and Saturdays only: from Tuesday 24 Nov the second opening day is Monday 30 Nov, closing 18:00.
    expect(await computePickupDeadline(hub.ctx.db, boxId, '2026-11-24T09:00:00.000Z', 2)).toBe(
      '2026-11-30T17:00:00.000Z',
    );
  });

  it('refuses invalid hours with a 400 and leaves the timetable alone', async () => {
    const cases: [unknown[], string][] = [
      [[{ weekday: 1, opens: '9:30', closes: '20:00' }], 'validation_failed'],
      [[{ weekday: 1, opens: '24:00', closes: '20:00' }], 'validation_failed'],
      [[{ weekday: 8, opens: '09:00', closes: '20:00' }], 'validation_failed'],
      [[{ weekday: 1, opens: '20:00', closes: '09:30' }], 'opening_hours_order'],
      [[{ weekday: 1, opens: '09:30', closes: '09:30' }], 'opening_hours_order'],
      [
        [
          { weekday: 2, opens: '09:00', closes: '13:00' },
          { weekday: 2, opens: '12:30', closes: '18:00' },
        ],
        'opening_hours_overlap',
      ],
      [[{ weekday: 1, opens: '09:00', closes: '20:00', extra: 1 }], 'validation_failed'],
    ];
    for (const [hours, code] of cases) {
      const put = await hub.app.inject({
        method: 'PUT',
        url: `/api/v1/boxes/${boxId}/opening-hours`,
        headers: admin(),
        payload: { hours },
      });
      expect({ hours, status: put.statusCode, code: put.json().code }).toEqual({ hours, status: 400, code });
      expect(put.headers['content-type']).toContain('application/problem+json');
      expect(put.json().title).toMatch(/[a-zäöü]/);
    }
    const count = await hub.ctx.db.selectFrom('box_opening_hours').select('id').execute();
    expect(count).toHaveLength(6);
  });

  it('only admins change the calendar; anonymous callers are refused', async () => {
    for (const role of ['clerk', 'loader', 'auditor'] as const) {
      const put = await hub.app.inject({
        method: 'PUT',
        url: `/api/v1/boxes/${boxId}/opening-hours`,
        headers: hub.staffHeaders[role],
        payload: { hours: [] },
      });
      expect(put.statusCode).toBe(403);
    }
    const anonymous = await hub.app.inject({
      method: 'POST',
      url: `/api/v1/boxes/${boxId}/out-of-service`,
      payload: { reason: 'x' },
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('adds and removes a closure; the deadline follows', async () => {
    const before = await computePickupDeadline(hub.ctx.db, boxId, '2026-11-24T09:00:00.000Z', 2);
    expect(before).toBe('2026-11-26T19:00:00.000Z');
    const added = await hub.app.inject({
      method: 'POST',
      url: `/api/v1/boxes/${boxId}/closures`,
      headers: admin(),
      payload: { startsOn: '2026-11-25', endsOn: '2026-11-26', reason: 'Inventur im Kaufhaus' },
    });
    expect(added.statusCode).toBe(201);
    expect(await computePickupDeadline(hub.ctx.db, boxId, '2026-11-24T09:00:00.000Z', 2)).toBe(
      '2026-11-28T19:00:00.000Z',
    );
    const removed = await hub.app.inject({
      method: 'DELETE',
      url: `/api/v1/boxes/${boxId}/closures/${added.json().id}`,
      headers: admin(),
    });
    expect(removed.statusCode).toBe(204);
    const again = await hub.app.inject({
      method: 'DELETE',
      url: `/api/v1/boxes/${boxId}/closures/${added.json().id}`,
      headers: admin(),
    });
    expect(again.statusCode).toBe(404);
    expect(again.json().code).toBe('closure_not_found');
    expect(await computePickupDeadline(hub.ctx.db, boxId, '2026-11-24T09:00:00.000Z', 2)).toBe(before);
    expect(await auditActions()).toEqual(
      expect.arrayContaining(['box.closure_added', 'box.closure_removed']),
    );
  });

  it('refuses invalid closures with a 400', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ startsOn: '2026-11-26', endsOn: '2026-11-25', reason: 'x' }, 'closure_range_invalid'],
      [{ startsOn: '2026-02-30', endsOn: '2026-03-01', reason: 'x' }, 'date_invalid'],
      [{ startsOn: '2026-01-01', endsOn: '2027-06-01', reason: 'x' }, 'closure_range_too_long'],
      [{ startsOn: '2026-01-01', endsOn: '2026-01-02', reason: '   ' }, 'validation_failed'],
      [{ startsOn: '1.1.2026', endsOn: '2026-01-02', reason: 'x' }, 'validation_failed'],
    ];
    for (const [payload, code] of cases) {
      const response = await hub.app.inject({
        method: 'POST',
        url: `/api/v1/boxes/${boxId}/closures`,
        headers: admin(),
        payload,
      });
      expect({ payload, status: response.statusCode, code: response.json().code }).toEqual({
        payload,
        status: 400,
        code,
      });
    }
    expect(await hub.ctx.db.selectFrom('box_closures').select('id').execute()).toHaveLength(0);
  });

  it('out of service and back: an outage row, the box closed meanwhile, the clock paused, 409 on repeats', async () => {
    // Tuesday 24 Nov, 11:00 local.
    hub.clock.set('2026-11-24T10:00:00.000Z');
    const out = await hub.app.inject({
      method: 'POST',
      url: `/api/v1/boxes/${boxId}/out-of-service`,
      headers: admin(),
      payload: { reason: 'Türsteuerung defekt' },
    });
    expect(out.statusCode).toBe(200);
    expect(out.json()).toMatchObject({ inService: false, since: '2026-11-24T10:00:00.000Z' });
    const twice = await hub.app.inject({
      method: 'POST',
      url: `/api/v1/boxes/${boxId}/out-of-service`,
      headers: admin(),
      payload: { reason: 'nochmal' },
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('box_already_out_of_service');

    const status = await hub.app.inject({ url: `/api/v1/boxes/${boxId}/opening-status` });
    expect(status.json()).toMatchObject({ openNow: false, inService: false, nextOpensAt: null });

    hub.clock.set('2026-11-24T11:00:00.000Z');
    const back = await hub.app.inject({
      method: 'POST',
      url: `/api/v1/boxes/${boxId}/back-in-service`,
      headers: admin(),
    });
    expect(back.statusCode).toBe(200);
    const backTwice = await hub.app.inject({
      method: 'POST',
      url: `/api/v1/boxes/${boxId}/back-in-service`,
      headers: admin(),
    });
    expect(backTwice.json().code).toBe('box_already_in_service');

    const outages = await hub.ctx.db.selectFrom('box_outages').selectAll().execute();
    expect(outages).toEqual([
      expect.objectContaining({
        started_at: '2026-11-24T10:00:00.000Z',
        ended_at: '2026-11-24T11:00:00.000Z',
        reason: 'Türsteuerung defekt',
      }),
    ]);
    // Tuesday no longer counts: one opening day from Monday is Wednesday.
    expect(await computePickupDeadline(hub.ctx.db, boxId, '2026-11-23T09:00:00.000Z', 1)).toBe(
      '2026-11-25T19:00:00.000Z',
    );
    expect(await auditActions()).toEqual(
      expect.arrayContaining(['box.out_of_service', 'box.back_in_service']),
    );
    const reopened = await hub.app.inject({ url: `/api/v1/boxes/${boxId}/opening-status` });
    expect(reopened.json()).toMatchObject({ openNow: true, inService: true });
  });

  it('two admins taking the box out of service at once make one outage', async () => {
    const responses = await Promise.all(
      [1, 2, 3].map(() =>
        hub.app.inject({
          method: 'POST',
          url: `/api/v1/boxes/${boxId}/out-of-service`,
          headers: admin(),
          payload: { reason: 'Wartung' },
        }),
      ),
    );
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409, 409]);
    expect(await hub.ctx.db.selectFrom('box_outages').select('id').execute()).toHaveLength(1);
    expect((await auditActions()).filter((a) => a === 'box.out_of_service')).toHaveLength(1);
  });

  it('unknown boxes are 404 for admin and public alike', async () => {
    const status = await hub.app.inject({ url: '/api/v1/boxes/nope/opening-status' });
    expect(status.statusCode).toBe(404);
    expect(status.json().code).toBe('box_not_found');
    const out = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/boxes/nope/out-of-service',
      headers: admin(),
      payload: { reason: 'x' },
    });
    expect(out.statusCode).toBe(404);
  });
});

describe('public opening status', () => {
  let hub: SeededHub;
  beforeEach(async () => {
    hub = await seedTestHub(await createTestHub());
  });
  afterEach(() => hub.close());

  it('is open on Tuesday morning with hours, closing time and next opening; needs no login', async () => {
    const response = await hub.app.inject({ url: `/api/v1/boxes/${boxId}/opening-status` });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      boxId,
      name: 'DokBox Hohen Neuendorf',
      inService: true,
      openNow: true,
      closesAt: '2026-11-24T19:00:00.000Z',
      nextOpensAt: '2026-11-25T08:30:00.000Z',
      today: {
        date: '2026-11-24',
        weekday: 2,
        hours: [{ opens: '09:30', closes: '20:00' }],
        closedReason: null,
      },
    });
    expect(body.nextDays).toHaveLength(7);
    expect(body.nextDays[4]).toMatchObject({ date: '2026-11-29', closedReason: 'no_hours', hours: [] });
  });

  it('names the holiday on Christmas and points to the next opening', async () => {
    hub.clock.set('2026-12-25T10:00:00.000Z');
    const body = (await hub.app.inject({ url: `/api/v1/boxes/${boxId}/opening-status` })).json();
    expect(body).toMatchObject({
      openNow: false,
      closesAt: null,
      nextOpensAt: '2026-12-28T08:30:00.000Z',
      today: { closedReason: 'holiday', holidayName: '1. Weihnachtstag', hours: [] },
    });
    expect(body.nextDays[0]).toMatchObject({ closedReason: 'holiday', holidayName: '2. Weihnachtstag' });
  });
});
