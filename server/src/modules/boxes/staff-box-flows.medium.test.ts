import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoBox } from '../../testing/fixtures.ts';
import { transitionDocument } from '../documents/transition-document.ts';
import {
  alerts,
  auditActions,
  compartment,
  createBoxTestHub,
  documentRow,
  documentState,
  loadAndNotify,
  startLoading,
  startPickup,
  type BoxTestHub,
} from './box-test-support.ts';

describe('staff flows at the box', () => {
  let t: BoxTestHub;
  beforeEach(async () => {
    t = await createBoxTestHub();
  });
  afterEach(() => t.hub.close());

  const reconcile = (documentId: string, payload: unknown, role: 'loader' | 'admin' | 'zone' = 'loader') =>
    t.hub.app.inject({
      method: 'POST',
      url: `/api/v1/documents/${documentId}/reconcile`,
      headers: t.hub.staffHeaders[role],
      payload: payload as Record<string, unknown>,
    });

  async function leftInside(): Promise<{ documentId: string; number: number }> {
    const loaded = await loadAndNotify(t);
    t.hub.clock.advance(60_000);
    await startPickup(t, loaded.documentId, loaded.number);
    t.sim.box().close(loaded.number);
    await t.sim.settle();
    expect(await documentState(t.hub, loaded.documentId)).toBe('needs_reconcile');
    return loaded;
  }

  it('reconcile "in box": a new code goes out and the next pickup works', async () => {
    const { hub, sim } = t;
    const { documentId, number } = await leftInside();
    hub.clock.advance(60_000);
    const response = await reconcile(documentId, { outcome: 'in_box', note: 'Ausweis lag noch im Fach' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ documentId, state: 'notified' });
    const sms = await hub.ctx.db
      .selectFrom('sms_messages')
      .select('id')
      .where('document_id', '=', documentId)
      .execute();
    expect(sms).toHaveLength(2);
    expect(await compartment(hub, number)).toMatchObject({ status: 'occupied', document_id: documentId });
    const audit = await hub.ctx.db
      .selectFrom('audit_log')
      .select('data')
      .where('action', '=', 'document.reconcile_as_in_box')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.data)).toMatchObject({ outcome: 'in_box', note: 'Ausweis lag noch im Fach' });

    hub.clock.advance(60_000);
    await startPickup(t, documentId, number);
    expect(sim.box().compartment(number).door).toBe('open');
    sim.box().take(number);
    sim.box().close(number);
    await sim.settle();
    expect(await documentState(hub, documentId)).toBe('picked_up');
  });

  it('reconcile "picked up" records the issue time and frees the compartment', async () => {
    const { hub } = t;
    const { documentId, number } = await leftInside();
    hub.clock.advance(60_000);
    const response = await reconcile(
      documentId,
      { outcome: 'picked_up', note: 'Fach leer, Sensor defekt' },
      'admin',
    );
    expect(response.json()).toEqual({ documentId, state: 'picked_up' });
    expect((await documentRow(hub, documentId)).issued_at).toBe(hub.clock.now().toISOString());
    expect(await compartment(hub, number)).toMatchObject({ status: 'free', document_id: null });
  });

  it('reconcile "removed" after a door fault sends the document back, and refuses "picked up" for a loading fault', async () => {
    const { hub, sim } = t;
    const loaded = await loadAndNotify(t);
    sim.box().jamNextUnlock(loaded.number);
    hub.clock.advance(60_000);
    await startPickup(t, loaded.documentId, loaded.number);
    expect(await documentState(hub, loaded.documentId)).toBe('door_fault');
    const removed = await reconcile(loaded.documentId, {
      outcome: 'removed',
      note: 'Mit Schlüssel geöffnet',
    });
    expect(removed.json()).toEqual({ documentId: loaded.documentId, state: 'collected_for_return' });
    expect(await compartment(hub, loaded.number)).toMatchObject({ status: 'free', document_id: null });

    // A fault while loading: the document was never offered, so it cannot have been picked up.
    sim.box().jamNextUnlock(2);
    const loading = await startLoading(t);
    expect(loading.number).toBe(2);
    expect(await documentState(hub, loading.documentId)).toBe('door_fault');
    const refused = await reconcile(loading.documentId, { outcome: 'picked_up', note: 'x' });
    expect(refused.json()).toMatchObject({ status: 409, code: 'reconcile_outcome_invalid' });
    expect(await documentState(hub, loading.documentId)).toBe('door_fault');
  });

  it('refuses reconcile in the wrong state, for the wrong role and with bad input', async () => {
    const { documentId } = await loadAndNotify(t);
    expect((await reconcile(documentId, { outcome: 'in_box', note: 'x' })).json()).toMatchObject({
      status: 409,
      code: 'invalid_transition',
    });
    expect((await reconcile(documentId, { outcome: 'in_box', note: 'x' }, 'zone')).statusCode).toBe(403);
    for (const payload of [
      { outcome: 'in_box' },
      { outcome: 'stolen', note: 'x' },
      { outcome: 'in_box', note: '' },
      { outcome: 'in_box', note: 'x'.repeat(501) },
      { outcome: 'in_box', note: 'x', extra: true },
    ]) {
      const response = await reconcile(documentId, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
    }
    expect((await reconcile('no-such-document', { outcome: 'in_box', note: 'x' })).statusCode).toBe(404);
    expect(await documentState(t.hub, documentId)).toBe('notified');
  });

  it('collects an expired or withdrawn document: door closed with it inside keeps it waiting, empty confirms', async () => {
    const { hub, sim } = t;
    const { documentId, number } = await loadAndNotify(t);
    await hub.ctx.db.transaction().execute((trx) =>
      transitionDocument(trx, {
        documentId,
        transition: 'withdraw',
        principal: hub.staffPrincipal('clerk'),
        at: hub.clock.now().toISOString(),
      }),
    );
    const collect = () =>
      hub.app.inject({
        method: 'POST',
        url: `/api/v1/documents/${documentId}/collect`,
        headers: hub.staffHeaders.loader,
      });
    hub.clock.advance(60_000);
    const first = await collect();
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ state: 'collecting_for_return', compartment: { number } });
    await sim.settle();
    expect(sim.box().compartment(number).door).toBe('open');
    sim.box().close(number);
    await sim.settle();
    expect(await documentState(hub, documentId)).toBe('awaiting_return');

    hub.clock.advance(60_000);
    expect((await collect()).statusCode).toBe(200);
    await sim.settle();
    sim.box().take(number);
    sim.box().close(number);
    await sim.settle();
    expect(await documentState(hub, documentId)).toBe('collected_for_return');
    expect(await compartment(hub, number)).toMatchObject({ status: 'free', document_id: null });
    expect((await collect()).json()).toMatchObject({ status: 409 });
  });

  it('shows boxes with compartments and takes free compartments out of service, never occupied ones', async () => {
    const { hub } = t;
    const { documentId, number } = await loadAndNotify(t);
    const list = await hub.app.inject({ url: '/api/v1/boxes', headers: hub.staffHeaders.clerk });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual([
      expect.objectContaining({
        id: demoBox.id,
        connected: true,
        inService: true,
        compartments: { total: 24, free: 22, reserved: 0, occupied: 1, outOfService: 0, deposit: 1 },
      }),
    ]);
    const detail = await hub.app.inject({
      url: `/api/v1/boxes/${demoBox.id}`,
      headers: hub.staffHeaders.auditor,
    });
    const row = detail.json().compartmentList.find((c: { number: number }) => c.number === number);
    expect(row).toMatchObject({
      status: 'occupied',
      door: 'closed',
      sensorOccupied: true,
      document: { id: documentId, state: 'notified' },
    });

    const patch = (n: number | string, payload: unknown, role: 'admin' | 'loader' = 'admin') =>
      hub.app.inject({
        method: 'PATCH',
        url: `/api/v1/boxes/${demoBox.id}/compartments/${n}`,
        headers: hub.staffHeaders[role],
        payload: payload as Record<string, unknown>,
      });
    expect((await patch(5, { outOfService: true })).json()).toMatchObject({
      number: 5,
      status: 'out_of_service',
    });
    expect((await patch(5, { outOfService: true })).json()).toMatchObject({
      number: 5,
      status: 'out_of_service',
    });
    expect((await patch(number, { outOfService: true })).json()).toMatchObject({
      status: 409,
      code: 'compartment_occupied',
    });
    expect((await patch(5, { outOfService: true }, 'loader')).statusCode).toBe(403);
    for (const [n, payload] of [
      [0, { outOfService: true }],
      ['abc', { outOfService: true }],
      [5, { outOfService: 'maybe' }],
      [5, {}],
    ] as const) {
      expect((await patch(n, payload)).statusCode, `${n} ${JSON.stringify(payload)}`).toBe(400);
    }
    expect((await patch(99, { outOfService: true })).statusCode).toBe(404);
    expect(
      (
        await hub.app.inject({
          method: 'PATCH',
          url: `/api/v1/boxes/nope/compartments/5`,
          headers: hub.staffHeaders.admin,
          payload: { outOfService: true },
        })
      ).statusCode,
    ).toBe(404);
    expect(await compartment(hub, 5)).toMatchObject({ status: 'out_of_service' });
    expect((await patch(5, { outOfService: false })).json()).toMatchObject({ number: 5, status: 'free' });
    expect(await auditActions(hub, `${demoBox.id}-5`)).toEqual([
      'compartment.out_of_service',
      'compartment.in_service',
    ]);
    expect(
      (await hub.app.inject({ url: '/api/v1/boxes/nope', headers: hub.staffHeaders.clerk })).statusCode,
    ).toBe(404);
    expect((await hub.app.inject({ url: '/api/v1/boxes' })).statusCode).toBe(401);
  });

  it('lists open alerts in German, acknowledges and resolves them once, audited', async () => {
    const { hub, sim } = t;
    const { documentId, number } = await loadAndNotify(t);
    sim.box().jamNextUnlock(number);
    await startPickup(t, documentId, number);
    const [alert] = await alerts(hub, 'door_fault', documentId);
    const open = await hub.app.inject({ url: '/api/v1/alerts?open=true', headers: hub.staffHeaders.zone });
    expect(open.statusCode).toBe(200);
    expect(open.json()).toEqual([
      expect.objectContaining({
        id: alert!.id,
        kind: 'door_fault',
        title: 'Fach öffnet nicht (Türstörung)',
        documentId,
        data: expect.objectContaining({ fault: 'lock_jammed', number }),
      }),
    ]);
    const step = (id: string, s: string, role: 'zone' | 'loader' | 'clerk' = 'zone') =>
      hub.app.inject({ method: 'POST', url: `/api/v1/alerts/${id}/${s}`, headers: hub.staffHeaders[role] });
    const acknowledged = await step(alert!.id, 'acknowledge');
    expect(acknowledged.json()).toMatchObject({ acknowledgedAt: expect.any(String), resolvedAt: null });
    expect((await step(alert!.id, 'acknowledge', 'loader')).statusCode).toBe(200);
    expect((await step(alert!.id, 'resolve', 'clerk')).statusCode).toBe(403);
    expect((await step(alert!.id, 'resolve', 'loader')).json()).toMatchObject({
      resolvedAt: expect.any(String),
    });
    expect((await step(alert!.id, 'resolve')).statusCode).toBe(200);
    expect((await step('no-such-alert', 'resolve')).json()).toMatchObject({
      status: 404,
      code: 'alert_not_found',
    });
    expect((await step(alert!.id, 'explode')).statusCode).toBe(404);
    expect(
      (await hub.app.inject({ url: '/api/v1/alerts?open=true', headers: hub.staffHeaders.zone })).json(),
    ).toEqual([]);
    expect(
      (await hub.app.inject({ url: '/api/v1/alerts?open=sometimes', headers: hub.staffHeaders.zone }))
        .statusCode,
    ).toBe(400);
    expect(await auditActions(hub, alert!.id)).toEqual(['alert.raise', 'alert.acknowledge', 'alert.resolve']);
  });
});
