/**
 * Where a compartment sits in its box, so the kiosk can point at it ("3rd row from the top, 2nd column from the
 * left"). Compartments are numbered row by row from the top left, as on the demo box's front.
 */

export interface BoxLayout {
  columns: number;
  rows: number;
}

/** The demo box (and today's only model): 4 columns × 6 rows. */
export const defaultBoxLayout: BoxLayout = { columns: 4, rows: 6 };

export interface CompartmentPosition {
  /** 1 = top row. */
  row: number;
  /** 1 = leftmost column. */
  column: number;
}

export function compartmentPosition(
  number: number,
  layout: BoxLayout = defaultBoxLayout,
): CompartmentPosition {
  // Numbers beyond the last row still get a place (further rows), so a larger box never breaks the kiosk.
  if (!Number.isInteger(number) || number < 1) throw new RangeError(`no compartment number: ${number}`);
  const index = number - 1;
  return { row: Math.floor(index / layout.columns) + 1, column: (index % layout.columns) + 1 };
}
