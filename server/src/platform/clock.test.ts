import { describe, expect, it } from 'vitest';
import { ManualClock, startingAt } from './clock.ts';

describe('startingAt', () => {
  it('starts at the given instant and runs on with the real clock', () => {
    const real = new ManualClock('2026-12-07T06:00:00Z');
    const clock = startingAt('2027-03-03T10:00:00+01:00', real);
    expect(clock.now().toISOString()).toBe('2027-03-03T09:00:00.000Z');
    real.advance(90_000);
    expect(clock.now().toISOString()).toBe('2027-03-03T09:01:30.000Z');
  });
});
