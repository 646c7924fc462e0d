/**
 * The kill test: 200 door cycles (loadings and pickups) through hub + agent process + Kerong CU16 simulator, with the
 * agent SIGKILLed at random moments of random cycles and started again. Whatever the moment, no compartment may be
 * unlocked twice for one command (counted in unlock frames at the simulated board), and every document must end in
 * a known state that matches what is physically in the compartments. Faults the kills cause (door faults, unclear
 * closes) are what staff would see; the test reconciles them the way staff would, from the physical truth.
 *
 * The whole schedule (`kill-plan.ts`) comes from one seed, printed before the first cycle; rerun a failure with
 * `BP_KILL_SEED=<seed>` to replay the same kills. Half of the kills are aimed just after the board's unlock pulse; the
 * test records which kills landed while the cycle's unlock command was sent but not yet acknowledged, and requires
 * enough of them (a kill schedule that misses the dangerous moment tests nothing).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KerongCommand } from '../drivers/kerong-frames.ts';
import { waitFor } from '../testing/wait-for.ts';
import {
  boardLock,
  boxConnected,
  documentState,
  pickUpAtKiosk,
  requestLoading,
  startWorld,
  type E2eWorld,
} from './e2e-harness.ts';
import { killPlan, killSeedFrom, type PlannedKill } from './kill-plan.ts';

const cycles = Number(process.env.BP_KILL_CYCLES ?? 200);
const seed = killSeedFrom(process.env, Date.now());
const plan = killPlan(seed, cycles);
// First, so that even a run that dies in setup can be replayed; the planned kills show that a replay repeats them.
console.log(
  `kill test: seed ${seed}, ${cycles} cycles (replay with BP_KILL_SEED=${seed}); kills planned in cycles ` +
    plan
      .flatMap((c, i) =>
        c.kill ? [`${i}:${c.kill.trigger === 'timer' ? 't' : 'p'}+${c.kill.afterMs}ms`] : [],
      )
      .join(' '),
);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface CycleRecord {
  cycle: number;
  flow: 'loading' | 'pickup';
  documentId: string;
  number: number;
  kill: PlannedKill | null;
  /** The cycle's unlock command at the moment of the kill: `sent` is a kill between pulse and acknowledgement. */
  unlockAtKill: string | null;
  outcome: string;
  pulses: number;
  strayPulses: number;
}

describe('agent killed at random moments over 200 door cycles', () => {
  let world: E2eWorld;
  beforeAll(async () => {
    // The unlock timeout is longer than an agent restart, so unacknowledged unlocks reach the restarted agent again.
    world = await startWorld({ unlockTimeoutSeconds: 15 });
  });
  afterAll(async () => {
    await world?.close();
  });

  it('never unlocks twice for one command, and every document ends in a known state', async () => {
    const hub = world.hub.hub;
    const sim = world.line.sim;
    const notified: { documentId: string; number: number }[] = [];
    const records: CycleRecord[] = [];
    const unlocks = () => sim.received.filter((f) => f.command === KerongCommand.unlock);

    for (let cycle = 0; cycle < cycles; cycle++) {
      if (!world.agent.running) world.agent.start();
      await waitFor(
        'the agent connected',
        async () => world.hub.link.isConnected('dokbox-hn') && (await boxConnected(hub)),
        60_000,
      );
      const before = unlocks().length;
      const planned = plan[cycle]!;
      const pickup = notified.length > 0 && (notified.length >= 12 || planned.pickupDraw < 0.5);
      const flow = pickup ? 'pickup' : 'loading';
      // What the person will do once the door is open: place (loading), take, or (rarely) leave it inside.
      const leaveInside = pickup && planned.leaveInside;
      const actAfterMs = planned.actAfterMs;
      const kill = planned.kill;

      let target: { documentId: string; number: number };
      // Unlock frames are collected from before the request, so a pulse-aimed kill cannot miss a quick unlock.
      const pulses: { board: number; lock: number }[] = [];
      let onPulse = () => {};
      const collectPulse = (frame: { board: number; lock: number }) => {
        pulses.push(frame);
        onPulse();
      };
      sim.on('unlock', collectPulse);
      if (pickup) {
        target = notified.splice(Math.floor(planned.pickIndexDraw * notified.length), 1)[0]!;
        const { opened } = await pickUpAtKiosk(hub, target.documentId);
        if (opened.statusCode !== 200) throw new Error(`kiosk open refused: ${opened.body}`);
      } else {
        target = await requestLoading(hub);
      }
      const [board, lock] = boardLock(target.number);
      const pulsed =
        kill?.trigger === 'unlock-pulse'
          ? Promise.race([
              new Promise<void>((resolve) => {
                onPulse = () => {
                  if (pulses.some((p) => p.board === board && p.lock === lock)) resolve();
                };
                onPulse();
              }),
              sleep(5_000),
            ])
          : null;
      let unlockAtKill: string | null = null;
      const killing =
        kill === null
          ? Promise.resolve()
          : (pulsed ?? Promise.resolve()).then(async () => {
              await sleep(kill.afterMs);
              const command = await hub.ctx.db
                .selectFrom('box_commands')
                .select('status')
                .where('document_id', '=', target.documentId)
                .where('type', '=', 'unlock')
                .orderBy('created_at', 'desc')
                .executeTakeFirst();
              unlockAtKill = command?.status ?? 'none';
              await world.agent.kill();
              // The hub sees the connection drop (the OS closes a killed process's sockets) before it comes back.
              await waitFor('the hub saw the agent go', () => !world.hub.link.isConnected('dokbox-hn'));
              world.agent.start();
            });

      // The person at the box: acts once the door is open, closes it, and closes it again if it opens again.
      let acted = false;
      let settled: string | undefined;
      while (settled === undefined) {
        if (sim.compartment(board, lock).doorOpen) {
          await sleep(acted ? 20 : actAfterMs);
          const compartment = sim.compartment(board, lock);
          if (!acted) {
            if (!pickup && !compartment.occupied) sim.placeItem(board, lock);
            if (pickup && !leaveInside && compartment.occupied) sim.takeItem(board, lock);
            acted = true;
          }
          sim.closeDoor(board, lock);
        }
        const state = await documentState(hub, target.documentId);
        if (!['loading', 'pickup_in_progress'].includes(state)) settled = state;
        else await sleep(15);
      }
      await killing;
      sim.off('unlock', collectPulse);
      if (sim.compartment(board, lock).doorOpen) sim.closeDoor(board, lock);

      const window = unlocks().slice(before);
      const [b, l] = [board, lock];
      records.push({
        cycle,
        flow,
        documentId: target.documentId,
        number: target.number,
        kill,
        unlockAtKill,
        outcome: settled,
        pulses: window.filter((f) => f.board === b && f.lock === l).length,
        strayPulses: window.filter((f) => f.board !== b || f.lock !== l).length,
      });

      // Staff sort out what the kills made unclear, from what is physically in the compartment.
      let state = settled;
      if (state === 'door_fault' || state === 'needs_reconcile') {
        const inside = sim.compartment(board, lock).occupied;
        const outcome = inside ? 'in_box' : flow === 'pickup' ? 'picked_up' : 'removed';
        const response = await hub.app.inject({
          method: 'POST',
          url: `/api/v1/documents/${target.documentId}/reconcile`,
          headers: hub.staffHeaders.loader,
          payload: { outcome, note: `kill test cycle ${cycle}: found ${inside ? 'inside' : 'empty'}` },
        });
        if (response.statusCode !== 200) throw new Error(`reconcile refused: ${response.body}`);
        state = response.json().state as string;
      }
      if (state === 'notified') notified.push(target);
    }
    await world.agent.stop();

    const outcomes = records.reduce<Record<string, number>>((counts, r) => {
      const key = `${r.flow}${r.kill === null ? '' : ' (killed)'} → ${r.outcome}`;
      counts[key] = (counts[key] ?? 0) + 1;
      return counts;
    }, {});
    const midUnlock = records.filter((r) => r.unlockAtKill === 'sent');
    console.log(`kill test, seed ${seed}:`, outcomes, `kills mid-unlock: ${midUnlock.length}`);
    const context = `seed ${seed} (replay with BP_KILL_SEED=${seed})`;
    expect(
      records.filter((r) => r.pulses > 1 || r.strayPulses > 0),
      context,
    ).toEqual([]);
    expect(records.filter((r) => r.kill !== null).length, context).toBeGreaterThan(cycles / 10);
    // Kills between the pulse and its acknowledgement are the ones that could unlock twice; about half of the
    // pulse-aimed kills land there on a loaded machine, so a twentieth of the cycles is a safe floor.
    expect(midUnlock.length, context).toBeGreaterThanOrEqual(Math.max(1, Math.floor(cycles / 20)));

    // Every document is in a known, final or waiting state, and the compartments hold exactly what the hub says.
    const documents = await hub.ctx.db
      .selectFrom('documents')
      .select(['id', 'state', 'compartment_id'])
      .execute();
    const states = new Set(documents.map((d) => d.state));
    for (const state of states) expect(['notified', 'picked_up', 'collected_for_return']).toContain(state);
    const compartments = await hub.ctx.db
      .selectFrom('compartments')
      .select(['number', 'status', 'document_id'])
      .where('box_id', '=', 'dokbox-hn')
      .execute();
    const mismatches = compartments.filter((c) => {
      const [board, lock] = boardLock(c.number);
      const physical = sim.compartment(board, lock);
      return physical.doorOpen || physical.occupied !== (c.status === 'occupied');
    });
    expect(mismatches, context).toEqual([]);
    const pickedUp = records.filter((r) => r.outcome === 'picked_up').length;
    expect(pickedUp, context).toBeGreaterThan(0);
  });
});
