/**
 * The double-use rule (docs/offline.md): while a box's link is down and its agent holds valid verifiers, the box may
 * hand out its waiting documents with the codes it knows, so nothing may create a second valid way to open the same
 * compartment (a new code, a new number). Boxes that never received verifiers are not held.
 */
import type { DbOrTrx } from '../../db/database.ts';

export async function offlineHoldApplies(db: DbOrTrx, boxId: string, at: string): Promise<boolean> {
  const row = await db
    .selectFrom('boxes as b')
    .innerJoin('offline_boxes as o', 'o.box_id', 'b.id')
    .select(['b.link_connected', 'o.valid_until', 'o.documents'])
    .where('b.id', '=', boxId)
    .executeTakeFirst();
  return (
    row !== undefined && Number(row.link_connected) !== 1 && row.valid_until > at && Number(row.documents) > 0
  );
}
