// Each weekday once, in order, with its ranges in order (the Bürgeramt's demo hours list Tuesday in two rows).
import { describe, expect, it } from 'vitest';
import { groupOpeningHours } from './opening-hours.ts';

describe('groupOpeningHours', () => {
  it('lists each weekday once with its ranges sorted', () => {
    expect(
      groupOpeningHours([
        { weekday: 4, opens: '13:00', closes: '16:00' },
        { weekday: 2, opens: '13:00', closes: '18:00' },
        { weekday: 2, opens: '09:00', closes: '12:00' },
        { weekday: 4, opens: '09:00', closes: '12:00' },
        { weekday: 1, opens: '09:00', closes: '12:00' },
      ]),
    ).toEqual([
      { weekday: 1, ranges: [{ opens: '09:00', closes: '12:00' }] },
      {
        weekday: 2,
        ranges: [
          { opens: '09:00', closes: '12:00' },
          { opens: '13:00', closes: '18:00' },
        ],
      },
      {
        weekday: 4,
        ranges: [
          { opens: '09:00', closes: '12:00' },
          { opens: '13:00', closes: '16:00' },
        ],
      },
    ]);
  });
});
