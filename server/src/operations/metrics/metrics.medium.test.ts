/**
 * `GET /metrics` on a real hub and database: who may read it (allowed addresses, the bearer token), and that the
 * `bp_…` values follow the database (pickups, documents, SMS queue, box link, door faults, job lag, audit head)
 * and the HTTP histogram is labelled with route patterns.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { raiseAlert } from '../../modules/alerts/raise-alert.ts';
import { placeNotifiedDocument, startKioskPickup } from '../../modules/kiosk/kiosk-test-support.ts';
import { completeTestPickup } from '../../testing/waiting-document-fixture.ts';
import { seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { createTestHub } from '../../testing/test-context.ts';
import { countSmsSendFailure } from './sms-send-failures.ts';

const metricsToken = 'metrics-token-for-tests-0123456789abcdef';

/** The value of one sample, e.g. `sample(text, 'bp_documents', { state: 'notified' })`; undefined when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]),
    );
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) return Number(match[3]);
  }
  return undefined;
}

describe('GET /metrics', () => {
  let hub: SeededHub;
  afterEach(() => hub?.close());

  const scrape = async (headers: Record<string, string> = {}, remoteAddress = '127.0.0.1') =>
    hub.app.inject({ method: 'GET', url: '/metrics', headers, remoteAddress });

  it('answers the allowed addresses and the token, nobody else', async () => {
    hub = await seedTestHub(
      await createTestHub({
        config: { metrics: { token: metricsToken, allowFrom: ['127.0.0.1', '10.1.0.0/16'] } },
      }),
    );
    expect((await scrape()).statusCode).toBe(200);
    expect((await scrape({}, '10.1.200.3')).statusCode).toBe(200);
    expect((await scrape({}, '::ffff:10.1.0.9')).statusCode).toBe(200);
    const stranger = await scrape({}, '192.0.2.9');
    expect(stranger.statusCode).toBe(403);
    expect(stranger.json()).toMatchObject({ code: 'metrics_forbidden' });
    expect((await scrape({ authorization: 'Bearer wrong-token' }, '192.0.2.9')).statusCode).toBe(403);
    const withToken = await scrape({ authorization: `Bearer ${metricsToken}` }, '192.0.2.9');
    expect(withToken.statusCode).toBe(200);
    expect(withToken.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    // Not part of the API document.
    const openapi = (await hub.app.inject({ url: '/api/openapi.json' })).json() as { paths: object };
    expect(Object.keys(openapi.paths)).not.toContain('/metrics');
  });

  it('is gone when disabled, and loopback-only by default', async () => {
    hub = await seedTestHub(await createTestHub({ config: { metrics: { enabled: false } } }));
    // No metrics route: the path falls to the public site (not built in the tests).
    const disabled = await scrape();
    expect(disabled.statusCode).not.toBe(200);
    expect(disabled.body).not.toContain('bp_');
    await hub.close();
    hub = await seedTestHub(await createTestHub());
    expect((await scrape({}, '::1')).statusCode).toBe(200);
    expect((await scrape({}, '192.168.1.5')).statusCode).toBe(403);
    expect((await scrape({ authorization: `Bearer ${metricsToken}` }, '192.168.1.5')).statusCode).toBe(403);
    // Through a reverse proxy on the same machine (loopback, but forwarded for a stranger): refused unless the hub
    // knows its proxies.
    expect((await scrape({ 'x-forwarded-for': '203.0.113.7' })).statusCode).toBe(403);
    expect((await scrape({ forwarded: 'for=203.0.113.7' })).statusCode).toBe(403);
    await hub.close();
    hub = await seedTestHub(await createTestHub({ config: { http: { trustProxy: ['127.0.0.1'] } } }));
    expect((await scrape({ 'x-forwarded-for': '203.0.113.7' })).statusCode).toBe(403);
    expect((await scrape({ 'x-forwarded-for': '127.0.0.1' })).statusCode).toBe(200);
  });

  it('reports process, pickup, document, SMS, box, door, job, audit and HTTP metrics', async () => {
    hub = await seedTestHub(await createTestHub());
    const picked = await placeNotifiedDocument(hub, { compartmentNumber: 4 });
    await placeNotifiedDocument(hub, { compartmentNumber: 6, phone: '0151 99999999' });
    expect((await startKioskPickup(hub, picked.phone, '000000')).statusCode).toBe(401);
    await completeTestPickup(hub, picked.documentId);
    await hub.ctx.db
      .updateTable('boxes')
      .set({ link_heartbeat_at: new Date(hub.clock.now().getTime() - 30_000).toISOString() })
      .where('id', '=', 'dokbox-hn')
      .execute();
    await hub.ctx.db.transaction().execute((trx) =>
      raiseAlert(trx, hub.ctx, hub.clock.now().toISOString(), {
        kind: 'door_fault',
        boxId: 'dokbox-hn',
        data: { compartment: 4 },
      }),
    );
    countSmsSendFailure(hub.ctx.db, 'http', new Error('SMS gateway answered 502 (E42)'));
    countSmsSendFailure(hub.ctx.db, 'http', new Error('SMS gateway answered 502 (E42)'));
    countSmsSendFailure(hub.ctx.db, 'seven', new Error('seven.io refused with code 900'));
    // The SMS and their send jobs wait (no job runner in this test): two minutes pass.
    hub.clock.advance(120_000);

    const response = await scrape();
    expect(response.statusCode, response.body).toBe(200);
    const text = response.body;
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(10_000_000);
    expect(sample(text, 'bp_pickups_total', { outcome: 'picked_up' })).toBe(1);
    expect(sample(text, 'bp_pickups_total', { outcome: 'code_wrong' })).toBe(1);
    expect(sample(text, 'bp_pickups_total', { outcome: 'cancelled' })).toBe(0);
    expect(sample(text, 'bp_documents', { state: 'picked_up' })).toBe(1);
    expect(sample(text, 'bp_documents', { state: 'notified' })).toBe(1);
    expect(sample(text, 'bp_sms_queue_depth')).toBe(2);
    expect(sample(text, 'bp_sms_oldest_waiting_seconds')).toBeGreaterThanOrEqual(120);
    expect(sample(text, 'bp_sms_send_failures_total', { provider: 'http', code: 'E42' })).toBe(2);
    expect(sample(text, 'bp_sms_send_failures_total', { provider: 'seven', code: '900' })).toBe(1);
    expect(sample(text, 'bp_box_link_up', { box: 'dokbox-hn' })).toBe(1);
    expect(sample(text, 'bp_box_heartbeat_age_seconds', { box: 'dokbox-hn' })).toBe(150);
    expect(sample(text, 'bp_door_faults_total', { box: 'dokbox-hn' })).toBe(1);
    expect(sample(text, 'bp_alerts_open', { kind: 'door_fault' })).toBe(1);
    expect(sample(text, 'bp_job_lag_seconds')).toBeGreaterThanOrEqual(120);
    const head = await hub.ctx.db.selectFrom('audit_head').select('seq').executeTakeFirstOrThrow();
    expect(head.seq).toBeGreaterThan(0);
    expect(sample(text, 'bp_audit_head_seq')).toBe(Number(head.seq));
    // Route patterns, never raw URLs.
    expect(
      sample(text, 'bp_http_request_duration_seconds_count', {
        method: 'POST',
        route: '/api/v1/kiosk/pickups',
        status_code: '401',
      }),
    ).toBe(1);
    await hub.app.inject({ url: `/api/v1/documents/${picked.documentId}`, headers: hub.staffHeaders.clerk });
    const again = (await scrape()).body;
    expect(
      sample(again, 'bp_http_request_duration_seconds_count', {
        method: 'GET',
        route: '/api/v1/documents/:id',
      }),
    ).toBe(1);
    expect(again).not.toContain(picked.documentId);
    // The database is read at each scrape: a connected box that drops shows at once.
    await hub.ctx.db.updateTable('boxes').set({ link_connected: 0 }).where('id', '=', 'dokbox-hn').execute();
    expect(sample((await scrape()).body, 'bp_box_link_up', { box: 'dokbox-hn' })).toBe(0);
  });
});
