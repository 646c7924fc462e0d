import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestHub } from '../../testing/test-context.ts';
import { seedTestHub, type SeededHub } from '../../testing/fixtures.ts';

const tap = (n: number, overrides: Record<string, string> = {}) => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  time: '2026-11-24T08:59:00.000Z',
  ageGroup: '65_plus',
  topic: 'dokbox',
  ...overrides,
});

describe('visit tally', () => {
  let hub: SeededHub;
  beforeEach(async () => {
    hub = await seedTestHub(await createTestHub());
  });
  afterEach(() => hub.close());

  const post = (visits: unknown[], role: 'zone' | 'clerk' | 'admin' = 'zone') =>
    hub.app.inject({
      method: 'POST',
      url: '/api/v1/zone/visits',
      headers: hub.staffHeaders[role],
      payload: { visits },
    });
  const today = async (role: 'zone' | 'admin' = 'zone') =>
    (await hub.app.inject({ url: '/api/v1/zone/visits/today', headers: hub.staffHeaders[role] })).json();

  it('stores a resent batch exactly once and refuses the same id with other content', async () => {
    const batch = [tap(1), tap(2, { ageGroup: 'under_30', topic: 'map' }), tap(3)];
    const first = await post(batch);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ recorded: 3, alreadyKnown: 0 });

    // The network dropped after the hub stored the batch; the tablet sends it again with one new tap.
    const again = await post([...batch, tap(4)]);
    expect(again.json()).toEqual({ recorded: 1, alreadyKnown: 3 });
    expect(await today()).toEqual({ date: '2026-11-24', total: 4, mine: 4 });

    const changed = await post([tap(5), tap(2, { topic: 'tour' })]);
    expect(changed.statusCode).toBe(409);
    expect(changed.json().code).toBe('visit_id_conflict');
    // All or nothing: tap 5 of the refused batch was not stored.
    expect((await today()).total).toBe(4);
  });

  it('stores local day and hour in Europe/Berlin, also across midnight UTC', async () => {
    // 23:30 UTC on 23 Nov is 00:30 on 24 Nov in Berlin.
    await post([tap(7, { time: '2026-11-23T23:30:00.000Z' })]);
    const row = await hub.ctx.db
      .selectFrom('zone_visits')
      .select(['local_date', 'local_hour'])
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ local_date: '2026-11-24', local_hour: 0 });
  });

  it('undoes only own taps, within the undo time, once, with an audit entry', async () => {
    await post([tap(1), tap(2)]);
    await post([tap(3)], 'admin');
    const undo = (id: string, role: 'zone' | 'admin' = 'zone') =>
      hub.app.inject({ method: 'DELETE', url: `/api/v1/zone/visits/${id}`, headers: hub.staffHeaders[role] });

    expect((await undo(tap(3).id)).json().code).toBe('visit_not_yours');
    const ok = await undo(tap(2).id);
    expect(ok.statusCode).toBe(200);
    expect((await undo(tap(2).id)).statusCode).toBe(200);
    expect(await today()).toEqual({ date: '2026-11-24', total: 2, mine: 1 });
    // A resend of the undone tap does not bring it back.
    expect((await post([tap(2)])).json()).toEqual({ recorded: 0, alreadyKnown: 1 });
    expect((await today()).total).toBe(2);

    hub.clock.advance(10 * 60_000 + 1);
    const late = await undo(tap(1).id);
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('visit_undo_too_late');
    expect((await undo('00000000-0000-4000-8000-999999999999')).statusCode).toBe(404);

    const audit = await hub.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('action', '=', 'zone.visit_undo')
      .execute();
    expect(audit).toEqual([{ action: 'zone.visit_undo', entity_id: tap(2).id }]);
  });

  it('refuses other roles, bad input and implausible times with 4xx', async () => {
    expect((await post([tap(1)], 'clerk')).statusCode).toBe(403);
    const cases = [
      [{ ...tap(1), id: 'not-a-uuid' }],
      [{ ...tap(1), ageGroup: 'teen' }],
      [{ ...tap(1), topic: 'weather' }],
      [{ ...tap(1), extra: 1 }],
      [],
    ];
    for (const visits of cases) expect((await post(visits)).statusCode).toBe(400);
    const future = await post([tap(1, { time: '2026-11-24T09:10:00.000Z' })]);
    expect(future.json().code).toBe('visit_time_in_future');
    const old = await post([tap(1, { time: '2026-11-01T09:00:00.000Z' })]);
    expect(old.json().code).toBe('visit_too_old');
  });
});
