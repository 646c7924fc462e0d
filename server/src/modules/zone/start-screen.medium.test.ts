import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestHub } from '../../testing/test-context.ts';
import { seedTestHub, type SeededHub } from '../../testing/fixtures.ts';

describe('kiosk start screen content', () => {
  let hub: SeededHub;
  beforeEach(async () => {
    hub = await seedTestHub(await createTestHub());
  });
  afterEach(() => hub.close());

  const send = (
    method: 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: object,
    role: 'zone' | 'clerk' = 'zone',
  ) => hub.app.inject({ method, url, payload, headers: hub.staffHeaders[role] });

  it('shows announcements valid today (local date) and the opening hours to everyone; zone staff edit them', async () => {
    const current = await send('POST', '/api/v1/zone/announcements', {
      title: 'Weihnachtsmarkt',
      body: 'Am Samstag ist die Zone bis 22 Uhr besetzt.',
      validFrom: '2026-11-20',
      validTo: '2026-11-24',
    });
    expect(current.statusCode).toBe(201);
    await send('POST', '/api/v1/zone/announcements', {
      title: 'Später',
      body: 'Erst ab morgen sichtbar.',
      validFrom: '2026-11-25',
      validTo: null,
    });
    expect(
      (
        await send('POST', '/api/v1/zone/announcements', {
          title: 'x',
          body: 'y',
          validFrom: '2026-11-25',
          validTo: '2026-11-24',
        })
      ).json().code,
    ).toBe('announcement_dates_invalid');
    expect(
      (
        await send(
          'POST',
          '/api/v1/zone/announcements',
          { title: 'x', body: 'y', validFrom: '2026-11-25', validTo: null },
          'clerk',
        )
      ).statusCode,
    ).toBe(403);

    const hours = await send('PUT', '/api/v1/zone/opening-hours', {
      hours: [
        { weekday: 2, opens: '14:00', closes: '18:00' },
        { weekday: 2, opens: '10:00', closes: '12:00' },
      ],
    });
    expect(hours.json()).toEqual([
      { weekday: 2, opens: '10:00', closes: '12:00' },
      { weekday: 2, opens: '14:00', closes: '18:00' },
    ]);
    const overlap = await send('PUT', '/api/v1/zone/opening-hours', {
      hours: [
        { weekday: 3, opens: '10:00', closes: '12:00' },
        { weekday: 3, opens: '11:00', closes: '13:00' },
      ],
    });
    expect(overlap.json().code).toBe('opening_hours_overlap');

    const info = async () => (await hub.app.inject({ url: '/api/v1/public/zone' })).json();
    expect(await info()).toMatchObject({
      today: '2026-11-24',
      announcements: [{ title: 'Weihnachtsmarkt', validTo: '2026-11-24' }],
      openingHours: [
        { weekday: 2, opens: '10:00', closes: '12:00' },
        { weekday: 2, opens: '14:00', closes: '18:00' },
      ],
    });
    // 23:30 UTC is already 25 November in Berlin.
    hub.clock.set('2026-11-24T23:30:00.000Z');
    expect((await info()).announcements.map((a: { title: string }) => a.title)).toEqual(['Später']);
    hub.clock.set('2026-11-24T09:00:00.000Z');

    const id = current.json().id;
    const changed = await send('PUT', `/api/v1/zone/announcements/${id}`, {
      title: 'Weihnachtsmarkt (geändert)',
      body: 'Bis 21 Uhr.',
      validFrom: '2026-11-20',
      validTo: '2026-11-24',
    });
    expect(changed.json().title).toBe('Weihnachtsmarkt (geändert)');
    expect((await send('DELETE', `/api/v1/zone/announcements/${id}`)).statusCode).toBe(204);
    expect((await send('DELETE', `/api/v1/zone/announcements/${id}`)).statusCode).toBe(404);
    expect((await info()).announcements).toEqual([]);

    const actions = await hub.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'zone.%')
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'zone.announcement_create',
      'zone.announcement_create',
      'zone.opening_hours_replace',
      'zone.announcement_update',
      'zone.announcement_delete',
    ]);
  });
});
