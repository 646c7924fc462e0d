/** SQL for the kiosk start screen's content: announcements and the zone's opening hours. */
import { inTenant } from '../tenants/tenant-scope.ts';
import type { DbOrTrx } from '../../db/database.ts';
import type { ZoneAnnouncementsTable, ZoneOpeningHoursTable } from '../../db/schema.ts';

export type AnnouncementRow = ZoneAnnouncementsTable;

export function listAnnouncementRows(db: DbOrTrx, tenantId?: string) {
  return db
    .selectFrom('zone_announcements')
    .selectAll()
    .where(inTenant(tenantId, 'zone_announcements.tenant_id'))
    .orderBy('valid_from', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

/** Announcements valid on local date `today` (validity dates are inclusive). */
export function listAnnouncementsValidOn(db: DbOrTrx, today: string, tenantId?: string) {
  return db
    .selectFrom('zone_announcements')
    .selectAll()
    .where(inTenant(tenantId, 'zone_announcements.tenant_id'))
    .where('valid_from', '<=', today)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', today)]))
    .orderBy('valid_from', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

export function findAnnouncement(db: DbOrTrx, id: string) {
  return db.selectFrom('zone_announcements').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertAnnouncement(db: DbOrTrx, row: AnnouncementRow): Promise<void> {
  await db.insertInto('zone_announcements').values(row).execute();
}

export async function updateAnnouncement(
  db: DbOrTrx,
  id: string,
  changes: Pick<AnnouncementRow, 'title' | 'body' | 'valid_from' | 'valid_to' | 'updated_at'>,
): Promise<void> {
  await db.updateTable('zone_announcements').set(changes).where('id', '=', id).execute();
}

export async function deleteAnnouncement(db: DbOrTrx, id: string): Promise<void> {
  await db.deleteFrom('zone_announcements').where('id', '=', id).execute();
}

export function listZoneOpeningHours(db: DbOrTrx) {
  return db
    .selectFrom('zone_opening_hours')
    .select(['weekday', 'opens', 'closes'])
    .orderBy('weekday')
    .orderBy('opens')
    .execute();
}

export async function replaceZoneOpeningHours(
  db: DbOrTrx,
  rows: readonly ZoneOpeningHoursTable[],
): Promise<void> {
  await db.deleteFrom('zone_opening_hours').execute();
  if (rows.length > 0)
    await db
      .insertInto('zone_opening_hours')
      .values([...rows])
      .execute();
}
