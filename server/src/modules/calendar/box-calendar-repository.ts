/** SQL of the calendar: loads a box's `BoxCalendar` (hours, closures, outages) and writes its parts. */
import type { DbOrTrx } from '../../db/database.ts';
import { notFound } from '../../platform/errors.ts';
import type { BoxCalendar } from './box-calendar.ts';

export interface LoadCalendarOptions {
  /**
   * Closures ending before this date and outages ending before this instant are left out: they cannot touch any
   * window computed from a later instant. Default: everything.
   */
  sinceIso?: string;
}

export async function loadBoxCalendar(
  db: DbOrTrx,
  boxId: string,
  options: LoadCalendarOptions = {},
): Promise<BoxCalendar> {
  const box = await db
    .selectFrom('boxes')
    .select(['timezone', 'state_code', 'in_service'])
    .where('id', '=', boxId)
    .executeTakeFirst();
  if (!box) throw notFound('box_not_found');
  const openingHours = await listOpeningHours(db, boxId);
  let closuresQuery = db
    .selectFrom('box_closures')
    .select(['starts_on', 'ends_on'])
    .where('box_id', '=', boxId);
  let outagesQuery = db
    .selectFrom('box_outages')
    .select(['started_at', 'ended_at'])
    .where('box_id', '=', boxId);
  if (options.sinceIso) {
    const since = options.sinceIso;
    // A day's margin on the date: local dates can be a day behind the UTC date of the instant.
    const sinceDate = new Date(Date.parse(since) - 86_400_000).toISOString().slice(0, 10);
    closuresQuery = closuresQuery.where('ends_on', '>=', sinceDate);
    outagesQuery = outagesQuery.where((eb) =>
      eb.or([eb('ended_at', 'is', null), eb('ended_at', '>=', since)]),
    );
  }
  const [closures, outages] = await Promise.all([closuresQuery.execute(), outagesQuery.execute()]);
  return {
    timezone: box.timezone,
    stateCode: box.state_code,
    inService: Number(box.in_service) === 1,
    openingHours,
    closures: closures.map((c) => ({ startsOn: c.starts_on, endsOn: c.ends_on })),
    outages: outages.map((o) => ({ startedAt: o.started_at, endedAt: o.ended_at })),
  };
}

export interface OpeningHoursRow {
  weekday: number;
  opens: string;
  closes: string;
}

export async function findBox(db: DbOrTrx, boxId: string) {
  return db
    .selectFrom('boxes')
    .select(['id', 'name', 'timezone', 'state_code', 'in_service'])
    .where('id', '=', boxId)
    .executeTakeFirst();
}

export async function listOpeningHours(db: DbOrTrx, boxId: string): Promise<OpeningHoursRow[]> {
  const rows = await db
    .selectFrom('box_opening_hours')
    .select(['weekday', 'opens', 'closes'])
    .where('box_id', '=', boxId)
    .orderBy('weekday')
    .orderBy('opens')
    .execute();
  return rows.map((r) => ({ weekday: Number(r.weekday), opens: r.opens, closes: r.closes }));
}

export async function replaceOpeningHoursRows(
  trx: DbOrTrx,
  boxId: string,
  hours: readonly (OpeningHoursRow & { id: string })[],
): Promise<void> {
  await trx.deleteFrom('box_opening_hours').where('box_id', '=', boxId).execute();
  if (hours.length > 0) {
    await trx
      .insertInto('box_opening_hours')
      .values(
        hours.map((h) => ({ id: h.id, box_id: boxId, weekday: h.weekday, opens: h.opens, closes: h.closes })),
      )
      .execute();
  }
}

export async function listClosures(db: DbOrTrx, boxId: string, endingOnOrAfter: string) {
  return db
    .selectFrom('box_closures')
    .selectAll()
    .where('box_id', '=', boxId)
    .where('ends_on', '>=', endingOnOrAfter)
    .orderBy('starts_on')
    .limit(500)
    .execute();
}

export async function listRecentOutages(db: DbOrTrx, boxId: string, limit: number) {
  return db
    .selectFrom('box_outages')
    .selectAll()
    .where('box_id', '=', boxId)
    .orderBy('started_at', 'desc')
    .limit(limit)
    .execute();
}
