import { describe, expect, it } from 'vitest';
import { demoCompartments } from '../../demo/demo-data.ts';
import { compartmentPosition } from './compartment-layout.ts';

describe('compartmentPosition', () => {
  it('numbers row by row from the top left of the 4 × 6 demo box', () => {
    expect(compartmentPosition(1)).toEqual({ row: 1, column: 1 });
    expect(compartmentPosition(4)).toEqual({ row: 1, column: 4 });
    expect(compartmentPosition(5)).toEqual({ row: 2, column: 1 });
    expect(compartmentPosition(10)).toEqual({ row: 3, column: 2 });
    expect(compartmentPosition(24)).toEqual({ row: 6, column: 4 });
  });

  it('agrees with the demo data: the wheelchair-reachable compartments are rows 3 and 4', () => {
    for (const c of demoCompartments) {
      const { row } = compartmentPosition(c.number);
      expect(c.wheelchair_reachable === 1, `compartment ${c.number}`).toBe(row === 3 || row === 4);
    }
  });

  it('refuses non-numbers and places numbers beyond the last row in further rows', () => {
    expect(() => compartmentPosition(0)).toThrow(RangeError);
    expect(compartmentPosition(25)).toEqual({ row: 7, column: 1 });
    expect(() => compartmentPosition(2.5)).toThrow(RangeError);
    expect(compartmentPosition(7, { columns: 2, rows: 10 })).toEqual({ row: 4, column: 1 });
  });
});
