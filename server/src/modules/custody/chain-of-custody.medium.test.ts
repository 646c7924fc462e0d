/**
 * Chain of custody (issue 16), over HTTP with the simulated box: a pickup never opens a compartment that reads
 * empty and leaves the citizen's code usable; occupancy changes outside a flow raise their alert; the daily
 * reconciliation lists the differences; a document's custody timeline names openings with reason and both people.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoBox } from '../../testing/fixtures.ts';
import { hashPassword } from '../accounts/passwords.ts';
import { handleBoxEvent } from '../boxes/handle-box-event.ts';
import {
  alerts,
  compartment,
  createBoxTestHub,
  documentRow,
  documentState,
  loadAndNotify,
  type BoxTestHub,
} from '../boxes/box-test-support.ts';
import { latestCode } from '../kiosk/kiosk-test-support.ts';
import { runDailyCustodyReconciliation } from './reconcile-custody.ts';

const phone = '0151 23456789';
/** A type the code alone lets out (no extra check). */
const civil = { typeId: 'civil_certificate' };

describe('chain of custody', () => {
  let t: BoxTestHub;
  beforeEach(async () => {
    t = await createBoxTestHub();
    await t.hub.ctx.db
      .insertInto('staff_users')
      .values({
        id: 'second-loader-id',
        username: 'loader3',
        display_name: 'Lena Zweite (Test)',
        password_hash: await hashPassword('second-loader-pass'),
        roles: JSON.stringify(['loader']),
        office_id: null,
        active: 1,
        created_at: t.hub.ctx.clock.now().toISOString(),
      })
      .execute();
  });
  afterEach(() => t.hub.close());

  const kiosk = (method: 'GET' | 'POST', url: string, payload?: object) =>
    t.hub.app.inject({ method, url, headers: t.hub.terminalHeaders, ...(payload ? { payload } : {}) });

  /** The citizen at the kiosk: phone and code, then "open". */
  async function pickUp(code: string) {
    const started = await kiosk('POST', '/api/v1/kiosk/pickups', { phone, code });
    expect(started.statusCode, started.body).toBe(201);
    const pickupId = started.json().pickupId as string;
    const opened = await kiosk('POST', `/api/v1/kiosk/pickups/${pickupId}/open`);
    await t.sim.settle();
    return { pickupId, opened };
  }

  /** Staff open the compartment (admin alone), put the document back, close, and reconcile it as in the box. */
  async function staffPutBack(documentId: string, number: number) {
    const open = await t.hub.app.inject({
      method: 'POST',
      url: `/api/v1/boxes/${demoBox.id}/compartments/${number}/open`,
      headers: t.hub.staffHeaders.admin,
      payload: { reason: 'Dokument zurücklegen' },
    });
    expect(open.statusCode, open.body).toBe(202);
    await t.sim.settle();
    t.sim.box().place(number);
    t.sim.box().close(number);
    await t.sim.settle();
    const reconciled = await t.hub.app.inject({
      method: 'POST',
      url: `/api/v1/documents/${documentId}/reconcile`,
      headers: t.hub.staffHeaders.loader,
      payload: { outcome: 'in_box', note: 'Lag im Nachbarfach, zurückgelegt' },
    });
    expect(reconciled.statusCode, reconciled.body).toBe(200);
    expect(reconciled.json().state).toBe('notified');
  }

  const unlocksFor = (documentId: string) =>
    t.hub.ctx.db
      .selectFrom('box_commands')
      .select(['id', 'status', 'result', 'held_code_hash'])
      .where('type', '=', 'unlock')
      .where('document_id', '=', documentId)
      .orderBy('created_at')
      .execute();

  it("refuses the pickup of a compartment the box last read empty; the code stays valid and works after staff's fix", async () => {
    const { hub, sim } = t;
    const { documentId, number } = await loadAndNotify(t, civil);
    const code = await latestCode(hub, documentId);
    // Someone takes the document behind a door opened without an unlock.
    sim.box().openByForce(number);
    await sim.settle();
    sim.box().take(number);
    sim.box().close(number);
    await sim.settle();
    expect((await compartment(hub, number)).sensor_occupied).toBe(0);
    const unlocksBefore = (await unlocksFor(documentId)).length;

    const { pickupId, opened } = await pickUp(code);
    expect(opened.statusCode, opened.body).toBe(409);
    expect(opened.json().code).toBe('compartment_empty');
    expect(sim.box().compartment(number).door).toBe('closed');
    expect(await unlocksFor(documentId)).toHaveLength(unlocksBefore);
    const row = await documentRow(hub, documentId);
    expect(row.state).toBe('needs_reconcile');
    expect(row.code_hash).not.toBeNull();
    const [refused] = await alerts(hub, 'pickup_compartment_empty', documentId);
    expect(JSON.parse(refused!.data)).toMatchObject({
      via: 'hub',
      compartment: number,
      codeStillValid: true,
    });
    const status = await kiosk('GET', `/api/v1/kiosk/pickups/${pickupId}`);
    expect(status.json().phase).not.toBe('door_open');
    const audits = await hub.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', documentId)
      .execute();
    expect(audits.map((a) => a.action)).toContain('document.refuse_empty_compartment');

    await staffPutBack(documentId, number);
    const again = await pickUp(code);
    expect(again.opened.statusCode, again.opened.body).toBe(200);
    expect(sim.box().compartment(number).door).toBe('open');
    sim.box().take(number);
    sim.box().close(number);
    await sim.settle();
    expect(await documentState(hub, documentId)).toBe('picked_up');
  });

  it('the box refuses an unlock of a compartment it reads empty right before the pulse and gives the code back', async () => {
    const { hub, sim } = t;
    const { documentId, number } = await loadAndNotify(t, civil);
    const code = await latestCode(hub, documentId);
    // The document vanishes while the sensor is off: the hub's last reading says nothing (null).
    sim.box().setSensor(number, false);
    sim.box().openByForce(number);
    await sim.settle();
    sim.box().take(number);
    sim.box().close(number);
    await sim.settle();
    sim.box().setSensor(number, true);
    expect((await compartment(hub, number)).sensor_occupied).toBeNull();

    const { pickupId, opened } = await pickUp(code);
    expect(opened.statusCode, opened.body).toBe(200);
    expect(sim.box().compartment(number).door).toBe('closed');
    const [unlock] = (await unlocksFor(documentId)).slice(-1);
    expect(unlock).toMatchObject({ status: 'failed', held_code_hash: null });
    expect(JSON.parse(unlock!.result!)).toMatchObject({ ok: false, fault: 'compartment_empty' });
    const row = await documentRow(hub, documentId);
    expect(row.state).toBe('needs_reconcile');
    expect(row.code_hash).not.toBeNull();
    expect(await alerts(hub, 'pickup_compartment_empty', documentId)).toHaveLength(1);
    const status = await kiosk('GET', `/api/v1/kiosk/pickups/${pickupId}`);
    expect(status.json().phase).toBe('compartment_empty');

    await staffPutBack(documentId, number);
    const again = await pickUp(code);
    expect(again.opened.statusCode, again.opened.body).toBe(200);
    expect(sim.box().compartment(number).door).toBe('open');
  });

  it('an occupancy change outside a pickup or loading raises its alert and is a custody event', async () => {
    const { hub, sim } = t;
    const { documentId, number } = await loadAndNotify(t, civil);
    expect(await alerts(hub, 'document_removed_without_pickup')).toHaveLength(0);
    sim.box().openByForce(number);
    await sim.settle();
    sim.box().take(number);
    await sim.settle();
    const [removed, ...more] = await alerts(hub, 'document_removed_without_pickup', documentId);
    expect(more).toHaveLength(0);
    expect(JSON.parse(removed!.data)).toMatchObject({ number, occupied: false, documentState: 'notified' });
    sim.box().close(number);
    await sim.settle();
    expect(await alerts(hub, 'document_removed_without_pickup')).toHaveLength(1);
    const custody = await hub.ctx.db
      .selectFrom('audit_log')
      .select('data')
      .where('entity_id', '=', documentId)
      .where('action', '=', 'custody.occupancy_changed')
      .execute();
    expect(custody.map((c) => JSON.parse(c.data).occupied)).toEqual([false]);

    // Something appears behind the closed door of a free compartment.
    const free = 20;
    expect((await compartment(hub, free)).document_id).toBeNull();
    await hub.ctx.db.transaction().execute((trx) =>
      handleBoxEvent(
        trx,
        hub.ctx,
        demoBox.id,
        {
          kind: 'event',
          eventId: 'evt-appeared-1',
          type: 'occupancy_changed',
          compartment: free,
          occupied: true,
          at: hub.clock.now().toISOString(),
        },
        hub.clock.now().toISOString(),
      ),
    );
    const [appeared] = await alerts(hub, 'item_appeared_in_compartment');
    expect(JSON.parse(appeared!.data)).toMatchObject({ number: free, occupied: true });

    // A normal pickup raises none of these.
    const other = await loadAndNotify(t, civil);
    const picked = await pickUp(await latestCode(hub, other.documentId));
    expect(picked.opened.statusCode).toBe(200);
    sim.box().take(other.number);
    sim.box().close(other.number);
    await sim.settle();
    expect(await documentState(hub, other.documentId)).toBe('picked_up');
    expect(await alerts(hub, 'document_removed_without_pickup', other.documentId)).toHaveLength(0);
  });

  it('the daily reconciliation lists a seeded mismatch, runs once a day and on demand', async () => {
    const { hub } = t;
    const missing = await loadAndNotify(t, civil);
    const fine = await loadAndNotify(t, civil);
    // Seeded mismatch: the box last read the document's compartment empty, and a free compartment occupied.
    await hub.ctx.db
      .updateTable('compartments')
      .set({ sensor_occupied: 0 })
      .where('box_id', '=', demoBox.id)
      .where('number', '=', missing.number)
      .execute();
    await hub.ctx.db
      .updateTable('compartments')
      .set({ sensor_occupied: 1 })
      .where('box_id', '=', demoBox.id)
      .where('number', '=', 24)
      .execute();

    expect(await runDailyCustodyReconciliation(hub.ctx)).toEqual({ ran: true });
    expect(await runDailyCustodyReconciliation(hub.ctx)).toEqual({ ran: false });
    const latest = await hub.app.inject({
      url: '/api/v1/custody/reconciliations/latest',
      headers: hub.staffHeaders.clerk,
    });
    expect(latest.statusCode, latest.body).toBe(200);
    const run = latest.json().latest;
    expect(run).toMatchObject({ trigger: 'daily', counts: { notified: 2 } });
    const missingRow = await documentRow(hub, missing.documentId);
    expect(run.differences).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'document_missing',
          documentId: missing.documentId,
          reference: missingRow.reference,
          compartment: missing.number,
        }),
        expect.objectContaining({ kind: 'unexpected_item', compartment: 24, documentId: null }),
      ]),
    );
    expect(
      run.differences.filter((d: { documentId: string | null }) => d.documentId === fine.documentId),
    ).toEqual([]);

    // Staff may run it any time; the next local day runs again.
    const now = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/custody/reconciliations',
      headers: hub.staffHeaders.loader,
    });
    expect(now.statusCode, now.body).toBe(200);
    expect(now.json()).toMatchObject({ trigger: 'manual', ranByName: expect.any(String) });
    hub.clock.advance(24 * 3600_000);
    expect(await runDailyCustodyReconciliation(hub.ctx)).toEqual({ ran: true });
    const audits = await hub.ctx.db
      .selectFrom('audit_log')
      .select('data')
      .where('action', '=', 'custody.reconciliation')
      .orderBy('seq')
      .execute();
    expect(audits.map((a) => JSON.parse(a.data).trigger)).toEqual(['daily', 'manual', 'daily']);
  });

  it("a document's custody timeline names the remote opening with its reason and both people", async () => {
    const { hub, sim } = t;
    const { documentId, number } = await loadAndNotify(t, civil);
    const opened = await hub.app.inject({
      method: 'POST',
      url: `/api/v1/boxes/${demoBox.id}/compartments/${number}/open`,
      headers: hub.staffHeaders.loader,
      payload: {
        reason: 'Kundin vor Ort, Code verloren',
        secondLoader: { username: 'loader3', password: 'second-loader-pass' },
      },
    });
    expect(opened.statusCode, opened.body).toBe(202);
    await sim.settle();
    sim.box().close(number);
    await sim.settle();
    const timeline = await hub.app.inject({
      url: `/api/v1/documents/${documentId}/custody`,
      headers: hub.staffHeaders.clerk,
    });
    expect(timeline.statusCode, timeline.body).toBe(200);
    const entries = timeline.json() as { action: string; [k: string]: unknown }[];
    const actions = entries.map((e) => e.action);
    expect(actions.slice(0, 2)).toEqual(['document.register', 'document.prepare_transport']);
    expect(actions).toEqual(
      expect.arrayContaining([
        'document.start_loading',
        'document.confirm_loaded',
        'document.notify',
        'custody.remote_open',
        'compartment.door_opened',
        'compartment.door_closed',
      ]),
    );
    const remote = entries.find((e) => e.action === 'custody.remote_open');
    expect(remote).toMatchObject({
      reason: 'Kundin vor Ort, Code verloren',
      secondActorName: 'Lena Zweite (Test)',
      compartment: number,
    });
    expect(remote!.actorName).toEqual(expect.any(String));
  });
});
