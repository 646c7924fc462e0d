// The 115 hotline's hours: weekdays 8–18 Berlin time, closed at weekends and on Brandenburg's public holidays.
import { describe, expect, it } from 'vitest';
import { hotlineStatusAt } from './hotline.ts';

describe('hotlineStatusAt', () => {
  it('is open on a Tuesday morning and says when it closes', () => {
    const status = hotlineStatusAt('2026-11-24T09:00:00.000Z'); // 10:00 in Berlin
    expect(status.openNow).toBe(true);
    expect(status.closesAt).toBe('2026-11-24T17:00:00.000Z');
    expect(status.nextOpensAt).toBeNull();
  });

  it('is closed before 8 and after 18 o’clock Berlin time', () => {
    expect(hotlineStatusAt('2026-11-24T06:59:00.000Z').openNow).toBe(false);
    expect(hotlineStatusAt('2026-11-24T06:59:00.000Z').nextOpensAt).toBe('2026-11-24T07:00:00.000Z');
    expect(hotlineStatusAt('2026-11-24T17:00:00.000Z').openNow).toBe(false);
    expect(hotlineStatusAt('2026-11-24T17:00:00.000Z').nextOpensAt).toBe('2026-11-25T07:00:00.000Z');
  });

  it('is closed at the weekend and opens on Monday', () => {
    const status = hotlineStatusAt('2026-11-28T10:00:00.000Z'); // Saturday
    expect(status.openNow).toBe(false);
    expect(status.nextOpensAt).toBe('2026-11-30T07:00:00.000Z');
  });

  it('is closed on a public holiday (Reformationstag in Brandenburg) and in summer time opens at 6 UTC', () => {
    expect(hotlineStatusAt('2025-10-31T10:00:00.000Z').openNow).toBe(false); // a Friday
    expect(hotlineStatusAt('2025-10-31T10:00:00.000Z').nextOpensAt).toBe('2025-11-03T07:00:00.000Z');
    expect(hotlineStatusAt('2026-06-16T06:30:00.000Z').openNow).toBe(true);
  });

  it("follows the tenant's state: Reformationstag closes it in Brandenburg, not in Bavaria (issue 20)", () => {
    expect(hotlineStatusAt('2025-10-31T10:00:00.000Z', 'BB').openNow).toBe(false);
    expect(hotlineStatusAt('2025-10-31T10:00:00.000Z', 'BY').openNow).toBe(true);
  });
});
