/**
 * The simulated boxes of one hub: one `SimulatedBox` per box in the database, connected to the hub's box link.
 * hub.ts starts them when `box.simulated` is set; tests start them through testing/simulated-box-fixture.ts; the
 * dev simulator routes find them by the hub's context.
 */
import type { AppContext } from '../context.ts';
import type { BoxLinkHub } from '../modules/boxes/box-link-hub.ts';
import { listBoxIds } from '../modules/boxes/boxes-repository.ts';
import { SimulatedBox } from './simulated-box.ts';
import type { SimulatorTargets } from './simulator-target.ts';

export class SimulatedBoxes implements SimulatorTargets {
  readonly #boxes = new Map<string, SimulatedBox>();
  readonly link: BoxLinkHub;

  constructor(link: BoxLinkHub) {
    this.link = link;
  }

  add(box: SimulatedBox): void {
    this.#boxes.set(box.boxId, box);
  }

  get(boxId: string): SimulatedBox | undefined {
    return this.#boxes.get(boxId);
  }

  all(): SimulatedBox[] {
    return [...this.#boxes.values()];
  }

  /**
   * Waits until every message in flight between the boxes and the hub has been delivered and processed, so the
   * database shows the outcome of what just happened (a door closed, a command queued and woken).
   */
  async settle(): Promise<void> {
    let quietRounds = 0;
    for (let round = 0; round < 10_000; round++) {
      await this.link.whenIdle();
      await new Promise<void>((resolve) => setImmediate(resolve));
      const quiet = this.link.isIdle() && this.all().every((box) => box.isIdle());
      quietRounds = quiet ? quietRounds + 1 : 0;
      if (quietRounds >= 2) return;
    }
    throw new Error('the simulated boxes did not settle');
  }
}

const registry = new WeakMap<AppContext, SimulatorTargets>();

/** The simulated boxes running for this hub, if any (the dev simulator routes use it). */
export function simulatedBoxesOf(ctx: AppContext): SimulatorTargets | undefined {
  return registry.get(ctx);
}

/** Makes a hub's simulated boxes (in-memory or embedded agents) the ones the dev simulator routes drive. */
export function registerSimulatorTargets(ctx: AppContext, targets: SimulatorTargets): void {
  registry.set(ctx, targets);
}

/** Builds a simulated box for every box in the database, in the state the database records, and connects it. */
export async function startSimulatedBoxes(ctx: AppContext, link: BoxLinkHub): Promise<SimulatedBoxes> {
  const registered = registry.get(ctx);
  const boxes = registered instanceof SimulatedBoxes ? registered : new SimulatedBoxes(link);
  registry.set(ctx, boxes);
  for (const boxId of await listBoxIds(ctx.db)) {
    if (boxes.get(boxId)) continue;
    const compartments = await ctx.db
      .selectFrom('compartments')
      .select(['number', 'status', 'door', 'sensor_occupied'])
      .where('box_id', '=', boxId)
      .orderBy('number')
      .execute();
    const box = new SimulatedBox({
      boxId,
      link,
      clock: ctx.clock,
      ids: ctx.ids,
      log: ctx.log,
      compartments: compartments.map((c) => ({
        number: c.number,
        doorOpen: c.door === 'open',
        occupied: c.sensor_occupied === 1 || (c.sensor_occupied === null && c.status === 'occupied'),
      })),
    });
    boxes.add(box);
    box.connect();
  }
  await boxes.settle();
  return boxes;
}
