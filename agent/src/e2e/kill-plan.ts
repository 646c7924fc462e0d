/**
 * The kill test's schedule, drawn from one seed before the test starts: per cycle what the person does and whether,
 * when and how the agent is killed. Every cycle takes the same number of draws, so the plan of a seed does not depend
 * on how earlier cycles ended, and rerunning with `BP_KILL_SEED=<seed>` replays the same kills.
 */

/** A small seeded PRNG (mulberry32): the same seed gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface PlannedKill {
  /**
   * `timer`: a number of ms after the cycle's request, wherever the door cycle then is. `unlock-pulse`: a few ms
   * after the board received the cycle's unlock frame, so the agent dies between pulsing the lock and acknowledging
   * the command (the moment a replayed command could pulse a second time).
   */
  trigger: 'timer' | 'unlock-pulse';
  afterMs: number;
}

export interface PlannedCycle {
  /** Compared with 0.5 to choose a pickup when documents are waiting (fewer than 12: always then). */
  pickupDraw: number;
  /** Which waiting document is picked up, as a fraction of the list. */
  pickIndexDraw: number;
  /** A pickup where the person leaves the document inside. */
  leaveInside: boolean;
  /** How long the person takes once the door is open. */
  actAfterMs: number;
  kill: PlannedKill | null;
}

export const killProbability = 0.25;

export function killPlan(seed: number, cycles: number): PlannedCycle[] {
  const rand = seededRandom(seed);
  const plan: PlannedCycle[] = [];
  for (let cycle = 0; cycle < cycles; cycle++) {
    // Seven draws per cycle, always, whatever is used.
    const [pickupDraw, pickIndexDraw, leaveDraw, actDraw, killDraw, triggerDraw, delayDraw] = Array.from(
      { length: 7 },
      rand,
    ) as [number, number, number, number, number, number, number];
    const trigger = triggerDraw < 0.5 ? 'unlock-pulse' : 'timer';
    plan.push({
      pickupDraw,
      pickIndexDraw,
      leaveInside: leaveDraw < 0.1,
      actAfterMs: 60 + Math.floor(actDraw * 200),
      kill:
        killDraw < killProbability
          ? { trigger, afterMs: Math.floor(delayDraw * (trigger === 'timer' ? 600 : 25)) }
          : null,
    });
  }
  return plan;
}

/** The seed of this run: `BP_KILL_SEED` when given (a replay), otherwise a new one. */
export function killSeedFrom(env: NodeJS.ProcessEnv, now: number): number {
  const given = env.BP_KILL_SEED;
  if (given === undefined || given === '') return now % 100_000;
  if (!/^\d{1,9}$/.test(given)) throw new Error(`BP_KILL_SEED must be a whole number, not "${given}"`);
  return Number(given);
}
