import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  alerts,
  auditActions,
  command,
  compartment,
  createBoxTestHub,
  documentRow,
  documentState,
  loadAndNotify,
  startPickup,
  type BoxTestHub,
} from './box-test-support.ts';
import { handleBoxEvent } from './handle-box-event.ts';

describe('pickup at the box: only door closed + empty issues the document', () => {
  let t: BoxTestHub;
  beforeEach(async () => {
    t = await createBoxTestHub();
  });
  afterEach(() => t.hub.close());

  it('opens the door on the kiosk path, completes on close + empty with the close time as issue time', async () => {
    const { hub, sim } = t;
    const { documentId, number } = await loadAndNotify(t);
    const commandId = await startPickup(t, documentId, number);
    expect(sim.box().compartment(number).door).toBe('open');
    expect(await command(hub, commandId)).toMatchObject({ status: 'done' });
    expect((await command(hub, commandId)).door_opened_at).not.toBeNull();

    // Door open, document taken: still not picked up.
    sim.box().take(number);
    await sim.settle();
    expect(await documentState(hub, documentId)).toBe('pickup_in_progress');
    expect(await compartment(hub, number)).toMatchObject({
      status: 'occupied',
      door: 'open',
      sensor_occupied: 0,
    });

    hub.clock.advance(42_000);
    const closedAt = hub.clock.now().toISOString();
    sim.box().close(number);
    hub.clock.advance(5_000); // processing happens later than the close: the register gets the close time
    await sim.settle();

    const row = await documentRow(hub, documentId);
    expect(row.state).toBe('picked_up');
    expect(row.issued_at).toBe(closedAt);
    expect(row.final_at).not.toBeNull();
    expect(await compartment(hub, number)).toMatchObject({
      status: 'free',
      door: 'closed',
      sensor_occupied: 0,
      document_id: null,
    });
    const actions = await auditActions(hub, documentId);
    expect(actions.slice(-2)).toEqual(['document.start_pickup', 'document.complete_pickup']);
    const compartmentActions = await auditActions(hub, `dokbox-hn-${number}`);
    expect(compartmentActions.filter((a) => a === 'compartment.door_opened').length).toBeGreaterThanOrEqual(
      2,
    );
  });

  it('sends the document to reconcile when the door is closed with it still inside', async () => {
    const { documentId, number } = await loadAndNotify(t);
    await startPickup(t, documentId, number);
    t.sim.box().close(number);
    await t.sim.settle();
    expect(await documentState(t.hub, documentId)).toBe('needs_reconcile');
    expect(await alerts(t.hub, 'needs_reconcile', documentId)).toHaveLength(1);
    expect(await compartment(t.hub, number)).toMatchObject({ status: 'occupied', document_id: documentId });
    expect((await documentRow(t.hub, documentId)).issued_at).toBeNull();
  });

  it('sends the document to reconcile when the compartment has no sensor', async () => {
    const { documentId, number } = await loadAndNotify(t);
    t.sim.box().setSensor(number, false);
    await startPickup(t, documentId, number);
    t.sim.box().take(number);
    t.sim.box().close(number);
    await t.sim.settle();
    expect(await documentState(t.hub, documentId)).toBe('needs_reconcile');
    expect(await compartment(t.hub, number)).toMatchObject({
      sensor_occupied: null,
      document_id: documentId,
    });
  });

  it('records a door fault when the lock is jammed', async () => {
    const { documentId, number } = await loadAndNotify(t);
    t.sim.box().jamNextUnlock(number);
    const commandId = await startPickup(t, documentId, number);
    expect(t.sim.box().compartment(number).door).toBe('closed');
    expect(await documentState(t.hub, documentId)).toBe('door_fault');
    expect(await command(t.hub, commandId)).toMatchObject({ status: 'failed' });
    expect(JSON.parse((await command(t.hub, commandId)).result!)).toMatchObject({
      ok: false,
      fault: 'lock_jammed',
    });
    expect(await alerts(t.hub, 'door_fault', documentId)).toHaveLength(1);
  });

  it('records a door fault when the door does not open in time, and never opens it late', async () => {
    const { hub, sim } = t;
    const { documentId, number } = await loadAndNotify(t);
    sim.box().disconnect();
    await sim.settle();
    const commandId = await startPickup(t, documentId, number);
    expect(await command(hub, commandId)).toMatchObject({ status: 'pending' });

    hub.clock.advance((hub.config.pickup.unlockTimeoutSeconds - 1) * 1000);
    expect((await sim.checkTimeouts()).doorFaults).toEqual([]);
    hub.clock.advance(2000);
    expect((await sim.checkTimeouts()).doorFaults).toEqual([documentId]);
    expect(await documentState(hub, documentId)).toBe('door_fault');
    expect(await alerts(hub, 'door_fault', documentId)).toHaveLength(1);
    expect((await sim.checkTimeouts()).doorFaults).toEqual([]);

    // The box comes back: the stale unlock must not open the door for a citizen who has long left.
    sim.box().connect();
    await sim.settle();
    expect(sim.box().executedCommandIds()).not.toContain(commandId);
    expect(sim.box().compartment(number).door).toBe('closed');
    expect(await command(hub, commandId)).toMatchObject({ status: 'failed' });
    expect(await alerts(hub, 'box_offline')).toHaveLength(0); // no flow was running when it dropped
  });

  it('alerts once when a door stays open too long', async () => {
    const { hub, sim } = t;
    const { documentId, number } = await loadAndNotify(t);
    await startPickup(t, documentId, number);
    hub.clock.advance(hub.config.pickup.doorOpenAlertSeconds * 1000 - 1000);
    expect((await sim.checkTimeouts()).doorsLeftOpen).toEqual([]);
    hub.clock.advance(2000);
    expect((await sim.checkTimeouts()).doorsLeftOpen).toEqual([`dokbox-hn-${number}`]);
    expect((await sim.checkTimeouts()).doorsLeftOpen).toEqual([]);
    expect(await alerts(hub, 'door_left_open', documentId)).toHaveLength(1);
    expect(await documentState(hub, documentId)).toBe('pickup_in_progress');
  });

  it('completes a pickup whose events arrive after a network outage, with the issue time of the close', async () => {
    const { hub, sim } = t;
    const { documentId, number } = await loadAndNotify(t);
    await startPickup(t, documentId, number);
    sim.box().disconnect();
    await sim.settle();
    expect(await alerts(hub, 'box_offline')).toHaveLength(1);
    sim.box().take(number);
    const closedAt = hub.clock.now().toISOString();
    sim.box().close(number);
    hub.clock.advance(10 * 60_000);
    await sim.settle();
    expect(await documentState(hub, documentId)).toBe('pickup_in_progress');

    sim.box().connect();
    await sim.settle();
    const row = await documentRow(hub, documentId);
    expect(row.state).toBe('picked_up');
    expect(row.issued_at).toBe(closedAt);
    expect(sim.box().state().journal).toBe(0);
  });

  it('never marks a pickup aborted by a power cut as picked up or the compartment as empty', async () => {
    const { hub, sim } = t;
    const { documentId, number } = await loadAndNotify(t);
    await startPickup(t, documentId, number);
    sim.box().disconnect();
    sim.box().take(number);
    sim.box().close(number);
    sim.box().loseJournal(); // the box restarts without its journal: the hub never hears of the close
    sim.box().connect();
    await sim.settle();
    expect(await documentState(hub, documentId)).toBe('needs_reconcile');
    expect((await documentRow(hub, documentId)).issued_at).toBeNull();
    expect(await compartment(hub, number)).toMatchObject({ status: 'occupied', document_id: documentId });
    expect(await alerts(hub, 'needs_reconcile', documentId)).toHaveLength(1);
  });

  it('raises a tamper alert for a door opened without an unlock and for occupancy changing behind a closed door', async () => {
    const { hub, sim } = t;
    const { documentId, number } = await loadAndNotify(t);
    sim.box().openByForce(number);
    await sim.settle();
    expect(await alerts(hub, 'compartment_tamper', documentId)).toHaveLength(1);
    expect(await documentState(hub, documentId)).toBe('notified');
    sim.box().close(number);
    await sim.settle();

    // A closed, empty compartment suddenly reads occupied: sensor fault or tampering.
    await hub.ctx.db.transaction().execute(async (trx) => {
      await handleBoxEvent(
        trx,
        hub.ctx,
        'dokbox-hn',
        {
          kind: 'event',
          eventId: 'evt-occupancy-1',
          type: 'occupancy_changed',
          compartment: 20,
          occupied: true,
          at: hub.clock.now().toISOString(),
        },
        hub.clock.now().toISOString(),
      );
    });
    // Since the chain of custody (issue 16) this is its own alert, not a second tamper alert.
    expect(await alerts(hub, 'compartment_tamper')).toHaveLength(1);
    const [appeared] = await alerts(hub, 'item_appeared_in_compartment');
    expect(appeared!.document_id).toBeNull();
    expect(JSON.parse(appeared!.data)).toMatchObject({ number: 20, occupied: true });
  });
});
