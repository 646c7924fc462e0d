/**
 * Box layouts (issue 13): where each compartment sits (column from the left, place from the top), how high it is
 * and how far above the floor, and which board and lock the hardware knows it by; per box the band a wheelchair
 * user can reach. Existing compartments get the place they had on the 4 × 6 demo front (numbered row by row from
 * the top left), so existing boxes keep working as before; their stored wheelchair flags are kept.
 */
import type { Kysely } from 'kysely';

/** The migration's own view of the two tables it fills (later code may change the app's types). */
interface Tables {
  compartments: {
    id: string;
    box_id: string;
    number: number;
    layout_column: number | null;
    layout_position: number | null;
    height_cm: number | null;
    bottom_cm: number | null;
    lock_board: number | null;
    lock_number: number | null;
  };
}

/** The demo front's rows from the top: [bottom edge, inner height] in cm (the `demo-24` preset). */
const demoRows: readonly (readonly [number, number])[] = [
  [142, 22],
  [120, 21],
  [96, 24],
  [71, 24],
  [36, 34],
  [1, 34],
];

export function legacyPlacement(number: number, rowsInBox: number) {
  const index = number - 1;
  const position = Math.floor(index / 4) + 1;
  let bottom: number;
  let height: number;
  if (rowsInBox <= demoRows.length) {
    [bottom, height] = demoRows[position - 1]!;
  } else {
    const pitch = Math.max(2, Math.floor(180 / rowsInBox));
    height = pitch - 1;
    bottom = Math.max(0, 180 - position * pitch);
  }
  return {
    layout_column: (index % 4) + 1,
    layout_position: position,
    height_cm: height,
    bottom_cm: bottom,
    lock_board: Math.min(9, Math.floor(index / 48)),
    lock_number: (index % 48) + 1,
  };
}

export async function up(untyped: Kysely<unknown>): Promise<void> {
  const db = untyped as unknown as Kysely<Tables>;
  await db.schema
    .alterTable('boxes')
    .addColumn('reach_min_cm', 'integer', (c) => c.notNull().defaultTo(40))
    .execute();
  await db.schema
    .alterTable('boxes')
    .addColumn('reach_max_cm', 'integer', (c) => c.notNull().defaultTo(120))
    .execute();
  for (const column of [
    'layout_column',
    'layout_position',
    'height_cm',
    'bottom_cm',
    'lock_board',
    'lock_number',
  ]) {
    await db.schema.alterTable('compartments').addColumn(column, 'integer').execute();
  }
  const rows = await db.selectFrom('compartments').select(['id', 'box_id', 'number']).execute();
  const rowsInBox = new Map<string, number>();
  for (const row of rows) {
    const position = Math.floor((Number(row.number) - 1) / 4) + 1;
    rowsInBox.set(row.box_id, Math.max(rowsInBox.get(row.box_id) ?? 0, position));
  }
  for (const row of rows) {
    await db
      .updateTable('compartments')
      .set(legacyPlacement(Number(row.number), rowsInBox.get(row.box_id)!))
      .where('id', '=', row.id)
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of [
    'lock_number',
    'lock_board',
    'bottom_cm',
    'height_cm',
    'layout_position',
    'layout_column',
  ]) {
    await db.schema.alterTable('compartments').dropColumn(column).execute();
  }
  await db.schema.alterTable('boxes').dropColumn('reach_max_cm').execute();
  await db.schema.alterTable('boxes').dropColumn('reach_min_cm').execute();
}
