import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoBox, registerTestDocument } from '../../testing/fixtures.ts';
import {
  alerts,
  auditActions,
  compartment,
  createBoxTestHub,
  documentRow,
  documentState,
  requestLoading,
  startLoading,
  type BoxTestHub,
} from './box-test-support.ts';

describe('loading a document into the box', () => {
  let t: BoxTestHub;
  beforeEach(async () => {
    t = await createBoxTestHub();
  });
  afterEach(() => t.hub.close());

  it('opens a fitting compartment, and door closed with the document inside notifies the citizen', async () => {
    const { hub, sim } = t;
    const document = await registerTestDocument(hub);
    const response = await requestLoading(hub, { reference: document.reference });
    expect(response.statusCode, response.body).toBe(200);
    // Smallest fitting size first, wheelchair-reachable compartments kept free.
    expect(response.json()).toMatchObject({
      documentId: document.id,
      state: 'loading',
      compartment: { number: 1, size: 'S', wheelchairReachable: false },
    });
    await sim.settle();
    expect(sim.box().compartment(1).door).toBe('open');
    expect(await compartment(hub, 1)).toMatchObject({
      status: 'reserved',
      door: 'open',
      document_id: document.id,
    });

    sim.box().place(1);
    await sim.settle();
    expect(await documentState(hub, document.id)).toBe('loading');
    sim.box().close(1);
    await sim.settle();

    const row = await documentRow(hub, document.id);
    expect(row.state).toBe('notified');
    expect(row.code_hash).toBeTruthy();
    expect(row.box_id).toBe(demoBox.id);
    expect(await compartment(hub, 1)).toMatchObject({
      status: 'occupied',
      door: 'closed',
      sensor_occupied: 1,
      document_id: document.id,
    });
    const sms = await hub.ctx.db
      .selectFrom('sms_messages')
      .select(['template', 'status'])
      .where('document_id', '=', document.id)
      .execute();
    expect(sms).toEqual([{ template: 'pickup_ready', status: 'queued' }]);
    expect(await auditActions(hub, document.id)).toEqual([
      'document.register',
      'document.prepare_transport',
      'document.start_loading',
      'document.confirm_loaded',
      'document.notify',
    ]);
  });

  it('puts the document back to ready for transport when the door is closed with the compartment empty', async () => {
    const { documentId, number } = await startLoading(t);
    t.sim.box().close(number);
    await t.sim.settle();
    const row = await documentRow(t.hub, documentId);
    expect(row).toMatchObject({ state: 'ready_for_transport', box_id: null, compartment_id: null });
    expect(await compartment(t.hub, number)).toMatchObject({
      status: 'free',
      document_id: null,
      door: 'closed',
    });
    expect(await alerts(t.hub, 'loading_empty', documentId)).toHaveLength(1);
    const sms = await t.hub.ctx.db.selectFrom('sms_messages').select('id').execute();
    expect(sms).toHaveLength(0);
  });

  it('gives a document that needs wheelchair access a reachable compartment', async () => {
    const response = await requestLoading(t.hub, {
      documentId: (await registerTestDocument(t.hub, { needsWheelchairAccess: true })).id,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().compartment).toEqual({ number: 9, size: 'M', wheelchairReachable: true });
  });

  it('never gives two concurrent loaders the same compartment, and says box_full when none is left', async () => {
    const { hub } = t;
    // Three usable compartments, six loaders at once.
    await hub.ctx.db
      .updateTable('compartments')
      .set({ status: 'out_of_service' })
      .where('box_id', '=', demoBox.id)
      .where('number', '>', 3)
      .execute();
    const documents = [];
    for (let i = 0; i < 6; i++) documents.push(await registerTestDocument(hub));
    const responses = await Promise.all(documents.map((d) => requestLoading(hub, { documentId: d.id })));
    const ok = responses.filter((r) => r.statusCode === 200);
    const full = responses.filter((r) => r.statusCode === 409);
    expect(ok).toHaveLength(3);
    expect(full).toHaveLength(3);
    expect(new Set(ok.map((r) => r.json().compartment.number))).toEqual(new Set([1, 2, 3]));
    for (const r of full) {
      expect(r.json()).toMatchObject({
        code: 'box_full',
        title: expect.stringContaining('kein passendes Fach'),
      });
    }
    const reserved = await hub.ctx.db
      .selectFrom('compartments')
      .select(['number', 'document_id'])
      .where('status', '=', 'reserved')
      .execute();
    expect(reserved).toHaveLength(3);
    expect(new Set(reserved.map((r) => r.document_id)).size).toBe(3);
    // The refused loadings left their documents untouched (the whole transaction rolled back).
    const states = await hub.ctx.db.selectFrom('documents').select('state').execute();
    expect(states.filter((s) => s.state === 'loading')).toHaveLength(3);
    expect(states.filter((s) => s.state === 'registered')).toHaveLength(3);
  });

  it('refuses loading into a box that is out of service or offline', async () => {
    const document = await registerTestDocument(t.hub);
    await t.hub.ctx.db.updateTable('boxes').set({ in_service: 0 }).where('id', '=', demoBox.id).execute();
    const outOfService = await requestLoading(t.hub, { documentId: document.id });
    expect(outOfService.json()).toMatchObject({ status: 409, code: 'box_out_of_service' });
    await t.hub.ctx.db.updateTable('boxes').set({ in_service: 1 }).where('id', '=', demoBox.id).execute();
    t.sim.box().disconnect();
    await t.sim.settle();
    const offline = await requestLoading(t.hub, { documentId: document.id });
    expect(offline.json()).toMatchObject({ status: 409, code: 'box_offline' });
    expect(await documentState(t.hub, document.id)).toBe('registered');
  });

  it('answers hostile or wrong loading requests with 4xx problems', async () => {
    const { hub } = t;
    const document = await registerTestDocument(hub);
    const cases: [Record<string, unknown> | string, number, Record<string, string>?][] = [
      [{ documentId: document.id, reference: document.reference }, 400],
      [{}, 400],
      [{ documentId: document.id, boxId: 'no-such-box' }, 404],
      [{ documentId: 'x'.repeat(65) }, 400],
      [{ documentId: document.id, extra: 1 }, 400],
      [{ documentId: { a: 1 } }, 400],
      [{ reference: "' OR 1=1 --" }, 404],
      ['{"documentId":', 400, { 'content-type': 'application/json' }],
    ];
    for (const [payload, status, headers] of cases) {
      const response = await hub.app.inject({
        method: 'POST',
        url: '/api/v1/loading',
        headers: { ...hub.staffHeaders.loader, ...headers },
        payload: typeof payload === 'string' ? payload : { boxId: demoBox.id, ...payload },
      });
      expect(response.statusCode, JSON.stringify(payload)).toBe(status);
      expect(response.json().code).toBeTypeOf('string');
    }
    const asClerk = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/loading',
      headers: hub.staffHeaders.zone,
      payload: { documentId: document.id, boxId: demoBox.id },
    });
    expect(asClerk.statusCode).toBe(403);
    const anonymous = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/loading',
      payload: { documentId: document.id, boxId: demoBox.id },
    });
    expect(anonymous.statusCode).toBe(401);
    // A document already in the box cannot be loaded twice.
    expect((await requestLoading(hub, { documentId: document.id })).statusCode).toBe(200);
    const again = await requestLoading(hub, { documentId: document.id });
    expect(again.json()).toMatchObject({ status: 409, code: 'invalid_transition' });
    expect(await documentState(hub, document.id)).toBe('loading');
  });
});
