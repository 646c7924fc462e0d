/**
 * Zone statistics against hand-computed figures. The seed is small and every expected number below was worked
 * out by hand from it (see the comments); the same test runs on SQLite and PostgreSQL.
 */
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import { createTestHub } from '../../testing/test-context.ts';
import { registerTestDocument, seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { recordAudit, systemActor } from '../audit/audit-service.ts';
import { markAlert } from '../alerts/alerts-service.ts';
import { raiseAlert } from '../alerts/raise-alert.ts';

const at = (iso: string) => `${iso}.000Z`;

/** Documents: [id-key, loaded at (one or more), picked up at (or null), pickup action]. */
const documentPlan = [
  // D1: 6 h = 21600 s
  {
    key: 'D1',
    registered: '2026-11-02T10:00:00',
    loaded: ['2026-11-02T12:00:00'],
    picked: '2026-11-02T18:00:00',
  },
  // D2: 24 h = 86400 s
  {
    key: 'D2',
    registered: '2026-11-02T10:00:00',
    loaded: ['2026-11-03T08:00:00'],
    picked: '2026-11-04T08:00:00',
  },
  // D3: 1 h = 3600 s
  {
    key: 'D3',
    registered: '2026-11-02T10:00:00',
    loaded: ['2026-11-03T08:00:00'],
    picked: '2026-11-03T09:00:00',
  },
  // D4: loaded twice (put back after a reconcile); measured from the first loading: 3 days = 259200 s
  {
    key: 'D4',
    registered: '2026-11-02T10:00:00',
    loaded: ['2026-11-05T10:00:00', '2026-11-06T10:00:00'],
    picked: '2026-11-08T10:00:00',
    reconciled: true,
  },
  // D5: never picked up: expired 19 Nov, returned 20 Nov
  { key: 'D5', registered: '2026-11-02T10:00:00', loaded: ['2026-11-05T10:00:00'], picked: null },
  // D6: October (registered 29 Oct, picked up 31 Oct 23:30 local): 36.5 h = 131400 s
  {
    key: 'D6',
    registered: '2026-10-29T10:00:00',
    loaded: ['2026-10-30T10:00:00'],
    picked: '2026-10-31T22:30:00',
  },
  // D7: picked up 30 Nov 23:59:59 local, still November: 10799 s
  {
    key: 'D7',
    registered: '2026-11-02T10:00:00',
    loaded: ['2026-11-30T20:00:00'],
    picked: '2026-11-30T22:59:59',
  },
  // D8: picked up 1 Dec 00:00 local (30 Nov 23:00 UTC): December
  {
    key: 'D8',
    registered: '2026-11-02T10:00:00',
    loaded: ['2026-11-30T20:00:00'],
    picked: '2026-11-30T23:00:00',
  },
];

async function seedStatistics(hub: SeededHub): Promise<void> {
  const audit = (when: string, action: string, entityId: string) =>
    hub.ctx.db
      .transaction()
      .execute((trx) =>
        recordAudit(trx, at(when), { actor: systemActor, action, entityType: 'document', entityId }),
      );

  for (const plan of documentPlan) {
    hub.clock.set(at(plan.registered));
    const doc = await registerTestDocument(hub);
    for (const loaded of plan.loaded) await audit(loaded, 'document.confirm_loaded', doc.id);
    if (plan.picked) {
      await audit(
        plan.picked,
        plan.reconciled ? 'document.reconcile_as_picked_up' : 'document.complete_pickup',
        doc.id,
      );
      await hub.ctx.db
        .updateTable('documents')
        .set({ issued_at: at(plan.picked) })
        .where('id', '=', doc.id)
        .execute();
    }
    if (plan.key === 'D5') {
      await audit('2026-11-19T10:00:00', 'document.expire', doc.id);
      await audit('2026-11-20T10:00:00', 'document.record_return', doc.id);
    }
  }
  // Around the end of summer time (25 Oct 2026, 03:00 CEST → 02:00 CET), for day bucketing only.
  await audit('2026-10-24T22:30:00', 'document.expire', 'dst-1'); // 25 Oct 00:30 CEST
  await audit('2026-10-25T22:30:00', 'document.expire', 'dst-2'); // 25 Oct 23:30 CET
  await audit('2026-10-25T23:00:00', 'document.expire', 'dst-3'); // 26 Oct 00:00 CET

  const sms = (n: number, status: string, created: string) =>
    hub.ctx.db
      .insertInto('sms_messages')
      .values({
        id: `sms-${n}`,
        document_id: null,
        recipient: null,
        template: 'ready',
        body_sealed: null,
        segments: 1,
        status,
        provider: 'outbox',
        provider_message_id: null,
        attempts: 1,
        last_error: null,
        created_at: at(created),
        sent_at: null,
        status_at: null,
      })
      .execute();
  await sms(1, 'delivered', '2026-11-03T08:00:00');
  await sms(2, 'delivered', '2026-11-04T08:00:00');
  await sms(3, 'delivered', '2026-11-05T08:00:00');
  await sms(4, 'failed', '2026-11-05T09:00:00');
  await sms(5, 'sent', '2026-11-06T09:00:00');
  await sms(6, 'queued', '2026-11-30T22:59:00');
  await sms(7, 'delivered', '2026-10-31T22:59:00'); // 31 Oct local: October

  const suggestion = (n: number, status: string, created: string, answered: string | null) =>
    hub.ctx.db
      .insertInto('suggestions')
      .values({
        id: `s-${n}`,
        reference: `A-TEST-000${n}`,
        text: 'Eine Anregung zum Zählen',
        topic: null,
        source: 'site',
        terminal_id: null,
        ip_hash: null,
        contact_name: null,
        contact_email: null,
        contact_phone: null,
        contact_consent_at: null,
        contact_purged_at: null,
        status,
        public_answer: answered ? 'Antwort' : null,
        published: 0,
        status_changed_at: at(answered ?? created),
        answered_at: answered ? at(answered) : null,
        created_at: at(created),
        updated_at: at(answered ?? created),
        version: 0,
      })
      .execute();
  await suggestion(1, 'received', '2026-11-03T10:00:00', null);
  await suggestion(2, 'received', '2026-11-04T10:00:00', null);
  await suggestion(3, 'in_review', '2026-11-05T10:00:00', null);
  await suggestion(4, 'answered', '2026-11-06T10:00:00', '2026-11-07T10:00:00');
  await suggestion(5, 'implemented', '2026-11-06T11:00:00', '2026-11-08T10:00:00');
  await suggestion(6, 'received', '2026-10-15T10:00:00', null);

  // Call staff: response times 45, 120, 30, 600 s; one never acknowledged; a door fault does not count.
  const callStaff = async (created: string, acknowledgedAfterSeconds: number | null, kind = 'call_staff') => {
    hub.clock.set(at(created));
    const id = await hub.ctx.db
      .transaction()
      .execute((trx) => raiseAlert(trx, hub.ctx, at(created), { kind: kind as 'call_staff' }));
    if (acknowledgedAfterSeconds !== null) {
      hub.clock.advance(acknowledgedAfterSeconds * 1000);
      await markAlert(hub.ctx, id, 'acknowledge', hub.staffPrincipal('zone'));
    }
  };
  await callStaff('2026-11-10T10:00:00', 45);
  await callStaff('2026-11-11T10:00:00', 120);
  await callStaff('2026-11-12T10:00:00', 30);
  await callStaff('2026-11-13T10:00:00', 600);
  await callStaff('2026-11-14T10:00:00', null);
  await callStaff('2026-11-14T11:00:00', 5, 'door_fault');

  // Visits, through the API at the test's "now" (24 Nov 09:00 UTC); the last one is undone.
  hub.clock.set('2026-11-24T09:00:00.000Z');
  const visits = [
    ['2026-11-23T23:30:00', '65_plus', 'dokbox'], // 24 Nov, hour 0
    ['2026-11-24T08:15:00', 'under_30', 'map'], // 24 Nov, hour 9
    ['2026-11-24T08:45:00', '65_plus', 'dokbox'], // 24 Nov, hour 9
    ['2026-11-20T14:00:00', '30_49', 'service_115'], // 20 Nov, hour 15
    ['2026-11-10T23:10:00', '30_49', 'tour'], // 11 Nov, hour 0
    ['2026-11-20T14:10:00', '50_64', 'dokbox'], // undone below
  ].map(([time, ageGroup, topic], i) => ({
    id: `00000000-0000-4000-8000-00000000000${i}`,
    time: at(time!),
    ageGroup,
    topic,
  }));
  const posted = await hub.app.inject({
    method: 'POST',
    url: '/api/v1/zone/visits',
    headers: hub.staffHeaders.zone,
    payload: { visits },
  });
  if (posted.statusCode !== 200) throw new Error(posted.body);
  await hub.app.inject({
    method: 'DELETE',
    url: `/api/v1/zone/visits/${visits[5]!.id}`,
    headers: hub.staffHeaders.zone,
  });
}

describe('zone statistics (hand-computed)', () => {
  let hub: SeededHub;
  beforeAll(async () => {
    hub = await seedTestHub(await createTestHub());
    await seedStatistics(hub);
  }, 120_000);
  afterAll(() => hub.close());
  afterEach(() => hub.clock.set('2026-11-24T09:00:00.000Z'));

  const get = (url: string, role: 'zone' | 'admin' | 'clerk' = 'zone') =>
    hub.app.inject({ url, headers: hub.staffHeaders[role] });

  it('counts November 2026 in Europe/Berlin', async () => {
    const response = await get('/api/v1/zone/stats?from=2026-11-01&to=2026-11-30');
    expect(response.statusCode).toBe(200);
    const stats = response.json();

    expect(stats.visits.total).toBe(5);
    expect(stats.visits.byDay.filter((d: { count: number }) => d.count > 0)).toEqual([
      { date: '2026-11-11', count: 1 },
      { date: '2026-11-20', count: 1 },
      { date: '2026-11-24', count: 3 },
    ]);
    expect(stats.visits.byDay).toHaveLength(30);
    expect(stats.visits.byHour.filter((h: { count: number }) => h.count > 0)).toEqual([
      { hour: 0, count: 2 },
      { hour: 9, count: 2 },
      { hour: 15, count: 1 },
    ]);
    expect(stats.visits.byTopic).toEqual([
      { topic: 'dokbox', count: 2 },
      { topic: 'service_115', count: 1 },
      { topic: 'map', count: 1 },
      { topic: 'tour', count: 1 },
      { topic: 'suggestion', count: 0 },
      { topic: 'other', count: 0 },
    ]);
    expect(stats.visits.byAgeGroup).toEqual([
      { ageGroup: 'under_30', count: 1 },
      { ageGroup: '30_49', count: 2 },
      { ageGroup: '50_64', count: 0 },
      { ageGroup: '65_plus', count: 2 },
    ]);

    // Registered: D1–D5, D7, D8 on 2 Nov = 7. Loaded: D1, D2, D3, D4 twice, D5, D7, D8 = 8.
    // Picked up: D1, D2, D3, D4 (reconciled), D7 = 5 (D8 is 1 Dec local, D6 October). Expired D5, returned D5.
    expect(stats.documents.totals).toEqual({
      registered: 7,
      loaded: 8,
      pickedUp: 5,
      expired: 1,
      returned: 1,
    });
    const day = (date: string) => stats.documents.byDay.find((d: { date: string }) => d.date === date);
    expect(day('2026-11-02')).toEqual({
      date: '2026-11-02',
      registered: 7,
      loaded: 1,
      pickedUp: 1,
      expired: 0,
      returned: 0,
    });
    expect(day('2026-11-03')).toEqual({
      date: '2026-11-03',
      registered: 0,
      loaded: 2,
      pickedUp: 1,
      expired: 0,
      returned: 0,
    });
    expect(day('2026-11-30')).toEqual({
      date: '2026-11-30',
      registered: 0,
      loaded: 2,
      pickedUp: 1,
      expired: 0,
      returned: 0,
    });

    // Sorted: 3600, 10799, 21600, 86400, 259200. Median = rank ⌈2.5⌉ = 3rd; p90 = rank ⌈4.5⌉ = 5th;
    // average 381599 / 5 = 76319.8 → 76320.
    expect(stats.loadToPickup).toEqual({
      count: 5,
      averageSeconds: 76320,
      medianSeconds: 21600,
      p90Seconds: 259200,
    });

    expect(stats.sms).toEqual({ pending: 1, sent: 1, delivered: 3, failed: 1 });
    expect(stats.suggestions).toEqual({
      total: 5,
      byStatus: [
        { status: 'received', count: 2 },
        { status: 'in_review', count: 1 },
        { status: 'answered', count: 1 },
        { status: 'implemented', count: 1 },
        { status: 'declined', count: 0 },
      ],
    });
    // Sorted: 30, 45, 120, 600. Median = rank ⌈2⌉ = 2nd = 45; p90 = rank ⌈3.6⌉ = 4th = 600; average 795 / 4 = 198.75 → 199.
    expect(stats.callStaff).toEqual({
      total: 5,
      acknowledged: 4,
      responseTime: { count: 4, averageSeconds: 199, medianSeconds: 45, p90Seconds: 600 },
    });
  });

  it('buckets days correctly around the end of summer time', async () => {
    const stats = (await get('/api/v1/zone/stats?from=2026-10-24&to=2026-10-26')).json();
    expect(stats.documents.byDay.map((d: { date: string; expired: number }) => [d.date, d.expired])).toEqual([
      ['2026-10-24', 0],
      ['2026-10-25', 2],
      ['2026-10-26', 1],
    ]);
    // A single day: only the three 24 Nov visits.
    const one = (await get('/api/v1/zone/stats?from=2026-11-24&to=2026-11-24')).json();
    expect(one.visits.total).toBe(3);
    // October (D6 alone): 131400 s.
    const october = (await get('/api/v1/zone/stats?from=2026-10-01&to=2026-10-31')).json();
    expect(october.loadToPickup).toEqual({
      count: 1,
      averageSeconds: 131400,
      medianSeconds: 131400,
      p90Seconds: 131400,
    });
    expect(october.sms.delivered).toBe(1);
  });

  it('gives the monthly report as JSON and CSV tables, for zone staff and admins only', async () => {
    const report = await get('/api/v1/zone/reports/monthly?month=2026-11', 'admin');
    expect(report.statusCode).toBe(200);
    const body = report.json();
    expect(body).toMatchObject({ month: '2026-11', townName: 'Hohen Neuendorf' });
    expect(body.stats.documents.totals.pickedUp).toBe(5);
    expect(body.auditHead.seq).toBeGreaterThan(0);
    expect(body.auditHead.hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await get('/api/v1/zone/reports/monthly?month=2026-11', 'clerk')).statusCode).toBe(403);
    expect((await get('/api/v1/zone/reports/monthly?month=2026-13')).statusCode).toBe(400);

    const csv = await get('/api/v1/zone/reports/monthly?month=2026-11&format=csv&table=documents_by_day');
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('Datum;Registriert;Eingelegt;Abgeholt;Abgelaufen;Zurückgegeben');
    expect(lines).toContain('2026-11-02;7;1;1;0;0');
    expect(lines).toContain('2026-11-20;0;0;0;0;1');
    expect(lines).toHaveLength(31);
    const summary = (await get('/api/v1/zone/reports/monthly?month=2026-11&format=csv')).body;
    expect(summary).toContain('Einlegen bis Abholung, Median (Sekunden);21600\r\n');
    expect(summary).toContain('Reaktionszeit Personalruf, 90. Perzentil (Sekunden);600\r\n');
    expect(summary).toContain('Anregungen: Eingegangen;2\r\n');
  });

  it('publishes aggregate transparency figures without login', async () => {
    const response = await hub.app.inject({ url: '/api/v1/public/transparency' });
    expect(response.statusCode).toBe(200);
    const figures = response.json();
    expect(figures.months).toHaveLength(13);
    expect(figures.months[0].month).toBe('2025-11');
    // November: 5 handed out, 76320 s = 0.88 days → 0.9; 5 received, 2 answered.
    expect(figures.months[12]).toEqual({
      month: '2026-11',
      documentsHandedOut: 5,
      averageDaysToPickup: 0.9,
      suggestionsReceived: 5,
      suggestionsAnswered: 2,
    });
    // October: D6, 131400 s = 1.52 days → 1.5; suggestion 6 received.
    expect(figures.months[11]).toEqual({
      month: '2026-10',
      documentsHandedOut: 1,
      averageDaysToPickup: 1.5,
      suggestionsReceived: 1,
      suggestionsAnswered: 0,
    });
    // All six: (381599 + 131400) / 6 = 85499.8 → 85500 s = 0.99 days → 1.0.
    expect(figures.totals).toEqual({
      documentsHandedOut: 6,
      averageDaysToPickup: 1,
      suggestionsReceived: 6,
      suggestionsAnswered: 2,
    });
  });

  it('refuses bad periods with 400', async () => {
    for (const query of [
      'from=2026-11-30&to=2026-11-01',
      'from=2024-01-01&to=2026-11-01',
      'from=2026-02-30&to=2026-03-01',
      'from=x&to=y',
    ]) {
      const response = await get(`/api/v1/zone/stats?${query}`);
      expect(response.statusCode, query).toBe(400);
    }
    expect((await get('/api/v1/zone/stats?from=2026-11-01&to=2026-11-30', 'clerk')).statusCode).toBe(403);
  });
});
