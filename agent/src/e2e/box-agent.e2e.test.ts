/**
 * End to end: hub (real HTTP, SQLite) + the agent as its own process + a Kerong CU16 bus simulated byte by byte
 * behind a pty pair. Loading, the SMS, the pickup and every fault the hardware and the network can throw at it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentRow } from '../../../server/src/testing/fixtures.ts';
import { KerongCommand } from '../drivers/kerong-frames.ts';
import { waitFor } from '../testing/wait-for.ts';
import {
  boardLock,
  boxConnected,
  doorOpenAtHub,
  documentState,
  journaledEvents,
  openAlerts,
  pickUpAtKiosk,
  requestLoading,
  settledState,
  startWorld,
  type E2eWorld,
} from './e2e-harness.ts';

describe('box agent end to end (hub + agent process + Kerong CU16 simulator over a pty)', () => {
  let world: E2eWorld;
  beforeAll(async () => {
    world = await startWorld({ leftOpenSeconds: 2 });
  });
  afterAll(async () => {
    await world?.close();
  });

  const hub = () => world.hub.hub;
  const sim = () => world.line.sim;

  /** The loader's whole loading: the hub picks and unlocks a compartment, the loader places and closes. */
  async function loadDocument(): Promise<{
    documentId: string;
    number: number;
    board: number;
    lock: number;
  }> {
    const { documentId, number } = await requestLoading(hub());
    const [board, lock] = boardLock(number);
    await doorOpenAtHub(hub(), number);
    sim().placeItem(board, lock);
    sim().closeDoor(board, lock);
    expect(await settledState(hub(), documentId)).toBe('notified');
    return { documentId, number, board, lock };
  }

  it('loads, sends the SMS, and completes the pickup on "door closed, compartment empty"', async () => {
    const { documentId, board, lock, number } = await loadDocument();
    const pulsesAfterLoading = sim().unlockFrames(board, lock).length;
    const sms = await waitFor('the SMS sent through the outbox', async () => {
      const row = await hub()
        .ctx.db.selectFrom('sms_messages')
        .selectAll()
        .where('document_id', '=', documentId)
        .executeTakeFirst();
      return row?.sent_at ? row : undefined;
    });
    expect(sms.status).not.toBe('failed');

    const { opened } = await pickUpAtKiosk(hub(), documentId);
    expect(opened.statusCode, opened.body).toBe(200);
    await doorOpenAtHub(hub(), number);
    expect(sim().compartment(board, lock).doorOpen).toBe(true);
    // Opening is not a pickup.
    expect(await documentState(hub(), documentId)).toBe('pickup_in_progress');
    sim().takeItem(board, lock);
    sim().closeDoor(board, lock);
    expect(await settledState(hub(), documentId)).toBe('picked_up');
    expect((await documentRow(hub(), documentId)).issued_at).not.toBeNull();
    expect(sim().unlockFrames(board, lock)).toHaveLength(pulsesAfterLoading + 1);
  });

  it('a door that does not open is a door fault for the citizen and staff', async () => {
    const { documentId, board, lock } = await loadDocument();
    sim().compartment(board, lock).stuck = true;
    const pulsesBefore = sim().unlockFrames(board, lock).length;
    const { opened } = await pickUpAtKiosk(hub(), documentId);
    expect(opened.statusCode, opened.body).toBe(200);
    expect(await settledState(hub(), documentId)).toBe('door_fault');
    expect(await openAlerts(hub(), 'door_fault', documentId)).toHaveLength(1);
    expect(sim().compartment(board, lock).doorOpen).toBe(false);
    // One pulse: an unconfirmed unlock is read back, never repeated.
    expect(sim().unlockFrames(board, lock)).toHaveLength(pulsesBefore + 1);
    sim().compartment(board, lock).stuck = false;
  });

  it('a door left open raises the alarm once; closing it empty still completes the pickup', async () => {
    const { documentId, board, lock, number } = await loadDocument();
    await pickUpAtKiosk(hub(), documentId);
    await doorOpenAtHub(hub(), number);
    expect(sim().compartment(board, lock).doorOpen).toBe(true);
    sim().takeItem(board, lock);
    const [alert] = await waitFor('the door-left-open alarm', () =>
      openAlerts(hub(), 'door_left_open', documentId).then((rows) => (rows.length ? rows : undefined)),
    );
    expect(JSON.parse(alert!.data)).toMatchObject({ reportedBy: 'box' });
    sim().closeDoor(board, lock);
    expect(await settledState(hub(), documentId)).toBe('picked_up');
    expect(await openAlerts(hub(), 'door_left_open', documentId)).toHaveLength(1);
  });

  it('a document left inside goes to a staff reconcile, never "picked up"', async () => {
    const { documentId, board, lock, number } = await loadDocument();
    await pickUpAtKiosk(hub(), documentId);
    await doorOpenAtHub(hub(), number);
    expect(sim().compartment(board, lock).doorOpen).toBe(true);
    sim().closeDoor(board, lock);
    expect(await settledState(hub(), documentId)).toBe('needs_reconcile');
    expect(await openAlerts(hub(), 'needs_reconcile', documentId)).toHaveLength(1);
    const compartment = await hub()
      .ctx.db.selectFrom('compartments')
      .selectAll()
      .where('document_id', '=', documentId)
      .executeTakeFirstOrThrow();
    expect(compartment.sensor_occupied).toBe(1);
  });

  it('a board that stops answering is reported, and no pulse is sent into the silence', async () => {
    sim().faults(0).silent = true;
    sim().faults(1).silent = true;
    await waitFor('the board-offline alarm', () =>
      openAlerts(hub(), 'box_fault').then((rows) =>
        rows.some((r) => String(JSON.parse(r.data).fault).startsWith('board_offline')),
      ),
    );
    const framesBefore = sim().received.filter((f) => f.command === KerongCommand.unlock).length;
    const { documentId } = await requestLoading(hub());
    expect(await settledState(hub(), documentId)).toBe('door_fault');
    expect(sim().received.filter((f) => f.command === KerongCommand.unlock).length).toBe(framesBefore);
    sim().faults(0).silent = false;
    sim().faults(1).silent = false;
  });

  it('a network cut during a pickup: the agent finishes the door cycle and reports it after reconnecting', async () => {
    const { documentId, board, lock, number } = await loadDocument();
    await pickUpAtKiosk(hub(), documentId);
    await doorOpenAtHub(hub(), number);
    world.proxy.cut();
    sim().takeItem(board, lock);
    sim().closeDoor(board, lock);
    const closedAt = hub().clock.now().toISOString();
    await waitFor('the hub noticed the box offline', async () => !(await boxConnected(hub())));
    // The agent finishes the door cycle on its own: the close waits in its journal.
    await waitFor('the close journaled by the agent', () =>
      journaledEvents(world.dataDir).some((e) => e.type === 'door_closed' && e.compartment === number),
    );
    expect(await documentState(hub(), documentId)).toBe('pickup_in_progress');
    // Keep the reconnect a clear second after the close, so the two times cannot be confused even though the
    // agent process keeps its own (shifted) clock, a few milliseconds off the hub's.
    await waitFor(
      'a second after the close',
      () => hub().clock.now().getTime() - Date.parse(closedAt) >= 1_000,
    );
    const restoredAt = hub().clock.now().toISOString();
    world.proxy.restore();
    expect(await settledState(hub(), documentId)).toBe('picked_up');
    const issuedAt = (await documentRow(hub(), documentId)).issued_at!;
    // The issue time is the close the agent journaled while offline, not the reconnect.
    expect(issuedAt < restoredAt).toBe(true);
    expect(Math.abs(Date.parse(issuedAt) - Date.parse(closedAt))).toBeLessThan(5_000);
    expect(await openAlerts(hub(), 'box_offline')).not.toHaveLength(0);
  });
});
