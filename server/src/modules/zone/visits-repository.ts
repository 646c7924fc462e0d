/** SQL for the visit tally. */
import type { DbOrTrx } from '../../db/database.ts';
import type { ZoneVisitsTable } from '../../db/schema.ts';

export type VisitRow = ZoneVisitsTable;

export function findVisitsByIds(db: DbOrTrx, ids: readonly string[]) {
  return db.selectFrom('zone_visits').selectAll().where('id', 'in', ids).execute();
}

export function findVisit(db: DbOrTrx, id: string) {
  return db.selectFrom('zone_visits').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Inserts taps; one whose id is already stored (a concurrent resend) is skipped by the database. */
export async function insertVisits(db: DbOrTrx, rows: readonly VisitRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const result = await db
    .insertInto('zone_visits')
    .values([...rows])
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

export async function markVisitUndone(db: DbOrTrx, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('zone_visits')
    .set({ undone_at: at })
    .where('id', '=', id)
    .where('undone_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function countVisitsOn(db: DbOrTrx, localDate: string, recordedBy: string) {
  const row = await db
    .selectFrom('zone_visits')
    .select((eb) => [
      eb.fn.countAll<number | string>().as('total'),
      eb.fn
        .sum<number | string | null>(eb.case().when('recorded_by', '=', recordedBy).then(1).else(0).end())
        .as('mine'),
    ])
    .where('local_date', '=', localDate)
    .where('undone_at', 'is', null)
    .executeTakeFirstOrThrow();
  return { total: Number(row.total), mine: Number(row.mine ?? 0) };
}
