// Staffed hours in the zone's time zone: inside a range, at its edges, on another weekday, and without any hours.
import { describe, expect, it } from 'vitest';
import { isStaffedAt } from './staffed-now.ts';

const hours = [
  { weekday: 2, opens: '10:00', closes: '13:00' },
  { weekday: 2, opens: '14:00', closes: '18:00' },
  { weekday: 6, opens: '10:00', closes: '14:00' },
];
const berlin = 'Europe/Berlin';

describe('isStaffedAt', () => {
  it('is true inside a range of the local weekday, from opening up to (not including) closing', () => {
    expect(isStaffedAt(new Date('2027-03-02T10:00:00+01:00'), berlin, hours)).toBe(true);
    expect(isStaffedAt(new Date('2027-03-02T12:59:00+01:00'), berlin, hours)).toBe(true);
    expect(isStaffedAt(new Date('2027-03-02T13:00:00+01:00'), berlin, hours)).toBe(false);
    expect(isStaffedAt(new Date('2027-03-06T13:30:00+01:00'), berlin, hours)).toBe(true);
  });
  it('is false on a Monday morning and reads the local, not the UTC, time', () => {
    expect(isStaffedAt(new Date('2027-03-01T06:20:00+01:00'), berlin, hours)).toBe(false);
    // 09:30 UTC is 10:30 in Berlin on that Tuesday.
    expect(isStaffedAt(new Date('2027-03-02T09:30:00Z'), berlin, hours)).toBe(true);
    // 09:30 in Berlin is 08:30 UTC: not yet.
    expect(isStaffedAt(new Date('2027-03-02T08:30:00Z'), berlin, hours)).toBe(false);
  });
  it('counts a zone without hours as staffed', () => {
    expect(isStaffedAt(new Date('2027-03-01T06:20:00+01:00'), berlin, [])).toBe(true);
  });
});
