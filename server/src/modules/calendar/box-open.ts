/** Whether a box serves citizens at an instant (hours in its timezone, holidays, closures, service state). */
import type { DbOrTrx } from '../../db/database.ts';
import { notFound } from '../../platform/errors.ts';
import { isOpenAt, type BoxCalendar } from './box-calendar.ts';
import { loadBoxCalendar } from './box-calendar-repository.ts';

/**
 * The kiosk asks on every door opening; a box's calendar changes a few times a year. Calendars are kept for
 * `calendarCacheMs` per database handle (the admin routes forget them at once in this process; another hub instance
 * sees a change within that time). With many boxes a box's kiosk is used every few seconds, not every few
 * milliseconds, so a cache of 2 s (as before) missed almost always (issue 17: four statements on every door opening).
 * The box's service flag and link are read fresh on every call: taking a box out of service must stop the next door
 * opening, everywhere.
 */
export const calendarCacheMs = 30_000;
const cache = new WeakMap<object, Map<string, { calendar: BoxCalendar; loadedAt: number; since: string }>>();

function cacheOf(db: DbOrTrx) {
  // Transactions and the handle share one adapter object: one cache per database, whichever is passed.
  const key = db.getExecutor().adapter;
  let boxes = cache.get(key);
  if (!boxes) {
    boxes = new Map();
    cache.set(key, boxes);
  }
  return boxes;
}

/** Called after any change to a box's hours, closures or service state. */
export function forgetBoxCalendar(db: DbOrTrx, boxId: string): void {
  cacheOf(db).delete(boxId);
}

/**
 * True when the instant lies in the box's opening hours (local time of the box), the day is not a public holiday
 * of its state nor in a closure, the box is in service and no outage is running. Throws 404 for an unknown box.
 */
export async function isBoxOpenAt(
  db: DbOrTrx,
  boxId: string,
  instantIso: string,
  /** The box's row as the caller has just read it in this request (saves reading it again). */
  boxRow?: { in_service: number },
): Promise<boolean> {
  const box =
    boxRow ?? (await db.selectFrom('boxes').select('in_service').where('id', '=', boxId).executeTakeFirst());
  if (!box) throw notFound('box_not_found');
  if (Number(box.in_service) !== 1) return false;
  const boxes = cacheOf(db);
  const cached = boxes.get(boxId);
  const now = Date.now();
  // A calendar loaded for an instant holds what matters from a day before it on, so it serves later instants only.
  const fresh = cached && now - cached.loadedAt < calendarCacheMs && instantIso >= cached.since;
  let calendar = fresh ? cached.calendar : undefined;
  if (!calendar) {
    const since = new Date(Date.parse(instantIso) - 86_400_000).toISOString();
    calendar = await loadBoxCalendar(db, boxId, { sinceIso: since });
    boxes.set(boxId, { calendar, loadedAt: now, since });
  }
  return isOpenAt({ ...calendar, inService: true }, instantIso);
}
