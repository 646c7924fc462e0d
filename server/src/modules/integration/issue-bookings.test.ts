import { describe, expect, it } from 'vitest';
import { unbookedCutoff } from './issue-bookings.ts';

describe('unbooked after one working day', () => {
  const cutoff = (now: string) => unbookedCutoff(now, 'Europe/Berlin', 'BB');

  it('on a Tuesday: issues before Monday are overdue', () => {
    expect(cutoff('2026-11-24T09:00:00Z')).toBe('2026-11-22T23:00:00.000Z');
  });

  it('on a Monday: issues before Friday are overdue (the weekend is no working day)', () => {
    expect(cutoff('2026-11-23T09:00:00Z')).toBe('2026-11-19T23:00:00.000Z');
  });

  it('skips public holidays: on Monday 28 Dec, issues before Thursday 24 Dec are overdue', () => {
    expect(cutoff('2026-12-28T09:00:00Z')).toBe('2026-12-23T23:00:00.000Z');
  });

  it('counts local days: just after midnight in Berlin is already the next day', () => {
    expect(cutoff('2026-11-24T23:30:00Z')).toBe('2026-11-23T23:00:00.000Z');
  });
});
