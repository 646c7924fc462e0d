import { describe, expect, it } from 'vitest';
import { killPlan, killSeedFrom } from './kill-plan.ts';

describe('the kill test plan', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(killPlan(4711, 200)).toEqual(killPlan(4711, 200));
    expect(killPlan(4711, 200)).not.toEqual(killPlan(4712, 200));
  });

  it('does not change its first cycles when more cycles are asked for', () => {
    expect(killPlan(4711, 200).slice(0, 40)).toEqual(killPlan(4711, 40));
  });

  it('kills in about a quarter of the cycles, half of them right after an unlock pulse', () => {
    const kills = killPlan(4711, 200).flatMap((cycle) => (cycle.kill ? [cycle.kill] : []));
    expect(kills.length).toBeGreaterThan(30);
    expect(kills.length).toBeLessThan(70);
    const onPulse = kills.filter((kill) => kill.trigger === 'unlock-pulse');
    expect(onPulse.length).toBeGreaterThan(10);
    expect(Math.max(...onPulse.map((kill) => kill.afterMs))).toBeLessThan(25);
  });

  it('takes the seed from BP_KILL_SEED when given', () => {
    expect(killSeedFrom({ BP_KILL_SEED: '123' }, 999_999)).toBe(123);
    expect(killSeedFrom({}, 1_234_567)).toBe(34_567);
    expect(() => killSeedFrom({ BP_KILL_SEED: 'x' }, 0)).toThrow(/BP_KILL_SEED/);
  });
});
