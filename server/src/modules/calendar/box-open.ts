/** Whether a box serves citizens at an instant (hours in its timezone, holidays, closures, service state). */
import type { DbOrTrx } from '../../db/database.ts';
import { isOpenAt } from './box-calendar.ts';
import { loadBoxCalendar } from './box-calendar-repository.ts';

/**
 * True when the instant lies in the box's opening hours (local time of the box), the day is not a public holiday
 * of its state nor in a closure, the box is in service and no outage is running. Throws 404 for an unknown box.
 */
export async function isBoxOpenAt(db: DbOrTrx, boxId: string, instantIso: string): Promise<boolean> {
  const calendar = await loadBoxCalendar(db, boxId, { sinceIso: instantIso });
  return isOpenAt(calendar, instantIso);
}
