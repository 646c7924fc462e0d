/**
 * Statistics over the demo data (`npm start`: demo documents through the real lifecycle, plus the zone's demo week),
 * checked against figures worked out by hand from demo-zone.ts and seed-demo-documents.ts. The clock stands at
 * Tuesday 24 Nov 2026, 10:00 in Berlin, so "yesterday" is Monday 23 Nov.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoDocuments } from '../../demo/seed-demo-documents.ts';
import { createTestHub } from '../../testing/test-context.ts';
import { seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { seedDemoZone } from './demo-zone.ts';

describe('statistics over the demo data (hand-computed)', () => {
  let hub: SeededHub;
  beforeAll(async () => {
    hub = await seedTestHub(await createTestHub());
    const terminal = await hub.ctx.db.selectFrom('terminals').select('id').executeTakeFirstOrThrow();
    await seedDemoDocuments(hub.ctx, terminal.id);
    await seedDemoZone(hub.ctx);
  }, 120_000);
  afterAll(() => hub.close());

  const get = async (url: string) => (await hub.app.inject({ url, headers: hub.staffHeaders.zone })).json();

  it('counts the demo week of visits, suggestions and the call for staff (18–23 Nov)', async () => {
    const stats = await get('/api/v1/zone/stats?from=2026-11-18&to=2026-11-23');
    // Days before the 24th: 1 → 4 taps, 2 → 2, 3 → 1, 4 → 3, 6 → 2.
    expect(stats.visits.total).toBe(12);
    expect(stats.visits.byDay.map((d: { count: number }) => d.count)).toEqual([2, 0, 3, 1, 2, 4]);
    expect(stats.visits.byHour.filter((h: { count: number }) => h.count > 0)).toEqual([
      { hour: 10, count: 4 },
      { hour: 11, count: 2 },
      { hour: 12, count: 2 },
      { hour: 15, count: 1 },
      { hour: 16, count: 1 },
      { hour: 17, count: 1 },
      { hour: 18, count: 1 },
    ]);
    expect(stats.visits.byTopic.map((t: { count: number }) => t.count)).toEqual([5, 2, 2, 1, 1, 1]);
    expect(stats.visits.byAgeGroup.map((a: { count: number }) => a.count)).toEqual([2, 2, 3, 5]);
    // Received 1 day ago (received) and 3 days ago (in review); the others are older.
    expect(stats.suggestions.total).toBe(2);
    expect(stats.suggestions.byStatus.map((s: { count: number }) => s.count)).toEqual([1, 1, 0, 0, 0]);
    // Yesterday 11:00, taken on after 90 s.
    expect(stats.callStaff).toEqual({
      total: 1,
      acknowledged: 1,
      responseTime: { count: 1, averageSeconds: 90, medianSeconds: 90, p90Seconds: 90 },
    });
    // The demo documents were all made "now" (the 24th): none in this period.
    expect(stats.documents.totals).toEqual({
      registered: 0,
      loaded: 0,
      pickedUp: 0,
      expired: 0,
      returned: 0,
    });
  });

  it('counts the demo documents of today', async () => {
    const stats = await get('/api/v1/zone/stats?from=2026-11-24&to=2026-11-24');
    // 10 registered; 7 placed in the box (3 waiting, picked up, expired, returned, reconcile); 1 picked up;
    // 2 expired (the expired and the returned story); 1 returned. All in one instant: 0 s to pickup.
    expect(stats.documents.totals).toEqual({
      registered: 10,
      loaded: 7,
      pickedUp: 1,
      expired: 2,
      returned: 1,
    });
    expect(stats.loadToPickup).toEqual({ count: 1, averageSeconds: 0, medianSeconds: 0, p90Seconds: 0 });
    // One "ready" SMS per document placed in the box, none sent yet (no job runner in the test).
    expect(stats.sms).toEqual({ pending: 7, sent: 0, delivered: 0, failed: 0 });
    expect(stats.visits.total).toBe(0);
  });

  it('shows the three published demo suggestions publicly, newest first, and the figures of November', async () => {
    const list = await get('/api/v1/public/suggestions');
    expect(list.items.map((i: { status: string }) => i.status)).toEqual([
      'declined',
      'answered',
      'implemented',
    ]);
    expect(JSON.stringify(list)).not.toContain('Beispiel');
    const figures = await get('/api/v1/public/transparency');
    // Suggestions came in 20, 12, 9, 3 and 1 days ago (all November); answered a day later for three of them.
    expect(figures.months[12]).toEqual({
      month: '2026-11',
      documentsHandedOut: 1,
      averageDaysToPickup: 0,
      suggestionsReceived: 5,
      suggestionsAnswered: 3,
    });
    const zone = await get('/api/v1/public/zone');
    expect(zone.announcements.map((a: { title: string }) => a.title)).toEqual([
      'Vorlesestunde in der Servicezone',
    ]);
    expect(zone.openingHours).toHaveLength(5);
  });
});
