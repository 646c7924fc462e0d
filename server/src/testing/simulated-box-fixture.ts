/**
 * Attaches the box link and a simulated box for every box in a test hub's database (seed first), wired like the
 * running hub: `ctx.onBoxCommandsQueued` wakes the dispatcher, and the dev simulator routes find the boxes.
 * Delivery between hub and boxes is asynchronous; `settle()` waits until everything in flight is processed.
 */
import type { BoxTimeoutResult } from '../modules/boxes/box-timeouts.ts';
import { checkBoxTimeouts } from '../modules/boxes/box-timeouts.ts';
import { BoxLinkHub } from '../modules/boxes/box-link-hub.ts';
import type { SimulatedBox } from '../sim/simulated-box.ts';
import { startSimulatedBoxes, type SimulatedBoxes } from '../sim/simulated-boxes.ts';
import { demoBox } from '../demo/demo-data.ts';
import type { TestHub } from './test-context.ts';

export interface SimulatedBoxLink {
  link: BoxLinkHub;
  boxes: SimulatedBoxes;
  /** The simulated box (default: the demo box `dokbox-hn`). */
  box(boxId?: string): SimulatedBox;
  /** Waits until every message between hub and boxes has been delivered and processed. */
  settle(): Promise<void>;
  /** Runs the unlock / door-open timeout checks at the hub clock's time, then settles. */
  checkTimeouts(): Promise<BoxTimeoutResult>;
}

export async function attachSimulatedBoxes(hub: TestHub): Promise<SimulatedBoxLink> {
  const link = new BoxLinkHub(hub.ctx);
  hub.ctx.onBoxCommandsQueued = (boxId) => link.wake(boxId);
  const boxes = await startSimulatedBoxes(hub.ctx, link);
  const close = hub.close;
  // The link must finish its work before the test database goes away.
  hub.close = async () => {
    await link.stop();
    await close();
  };
  return {
    link,
    boxes,
    box: (boxId = demoBox.id) => {
      const box = boxes.get(boxId);
      if (!box) throw new Error(`no simulated box ${boxId}`);
      return box;
    },
    settle: () => boxes.settle(),
    checkTimeouts: async () => {
      const result = await checkBoxTimeouts(hub.ctx);
      await boxes.settle();
      return result;
    },
  };
}
