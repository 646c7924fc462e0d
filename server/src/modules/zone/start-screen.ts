/**
 * Content of the kiosk start screen (and the site): announcements with a validity period and the zone's own
 * staffed opening hours, edited by zone staff (each change audited) and read by everyone.
 */
import { defaultTenantId } from '../tenants/tenant-ids.ts';
import { tenantIdOf } from '../tenants/tenant-scope.ts';
import type {
  Announcement,
  AnnouncementBody,
  PublicZoneInfo,
  ZoneOpeningHoursItem,
} from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import { badRequest, notFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import {
  deleteAnnouncement,
  findAnnouncement,
  insertAnnouncement,
  listAnnouncementRows,
  listAnnouncementsValidOn,
  listZoneOpeningHours,
  replaceZoneOpeningHours,
  updateAnnouncement,
  type AnnouncementRow,
} from './start-screen-repository.ts';
import { localToday } from './zone-time.ts';

function view(row: AnnouncementRow): Announcement {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function checked(body: AnnouncementBody): AnnouncementBody {
  const title = body.title.trim();
  const text = body.body.trim();
  if (title === '' || text === '') throw badRequest('announcement_empty');
  if (body.validTo !== null && body.validTo < body.validFrom) throw badRequest('announcement_dates_invalid');
  return { ...body, title, body: text };
}

export async function listAnnouncements(ctx: AppContext, tenantId?: string): Promise<Announcement[]> {
  return (await listAnnouncementRows(ctx.db, tenantId)).map(view);
}

export async function createAnnouncement(
  ctx: AppContext,
  input: AnnouncementBody,
  principal: Principal,
): Promise<Announcement> {
  const body = checked(input);
  const now = ctx.clock.now().toISOString();
  const row: AnnouncementRow = {
    id: ctx.ids.newId(),
    title: body.title,
    body: body.body,
    valid_from: body.validFrom,
    valid_to: body.validTo,
    created_by: principal.actor.id,
    created_at: now,
    updated_at: now,
    tenant_id: tenantIdOf(principal) ?? defaultTenantId,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await insertAnnouncement(trx, row);
    await recordAudit(trx, now, {
      actor: principal.actor,
      action: 'zone.announcement_create',
      entityType: 'zone_announcement',
      entityId: row.id,
      data: { title: row.title, validFrom: row.valid_from, validTo: row.valid_to },
    });
  });
  return view(row);
}

export async function changeAnnouncement(
  ctx: AppContext,
  id: string,
  input: AnnouncementBody,
  principal: Principal,
): Promise<Announcement> {
  const body = checked(input);
  const now = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await findAnnouncement(trx, id);
    if (!existing) throw notFound('announcement_not_found');
    const changes = {
      title: body.title,
      body: body.body,
      valid_from: body.validFrom,
      valid_to: body.validTo,
      updated_at: now,
    };
    await updateAnnouncement(trx, id, changes);
    await recordAudit(trx, now, {
      actor: principal.actor,
      action: 'zone.announcement_update',
      entityType: 'zone_announcement',
      entityId: id,
      data: { title: body.title, validFrom: body.validFrom, validTo: body.validTo },
    });
    return view({ ...existing, ...changes });
  });
}

export async function removeAnnouncement(ctx: AppContext, id: string, principal: Principal): Promise<void> {
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await findAnnouncement(trx, id);
    if (!existing) throw notFound('announcement_not_found');
    await deleteAnnouncement(trx, id);
    await recordAudit(trx, now, {
      actor: principal.actor,
      action: 'zone.announcement_delete',
      entityType: 'zone_announcement',
      entityId: id,
      data: { title: existing.title },
    });
  });
}

export async function getZoneOpeningHours(ctx: AppContext): Promise<ZoneOpeningHoursItem[]> {
  return listZoneOpeningHours(ctx.db);
}

export async function setZoneOpeningHours(
  ctx: AppContext,
  hours: readonly ZoneOpeningHoursItem[],
  principal: Principal,
): Promise<ZoneOpeningHoursItem[]> {
  for (const item of hours) {
    if (item.closes <= item.opens) throw badRequest('opening_hours_invalid', { weekday: item.weekday });
  }
  const sorted = [...hours].sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens));
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1]!, sorted[i]!];
    if (a.weekday === b.weekday && b.opens < a.closes) {
      throw badRequest('opening_hours_overlap', { weekday: b.weekday });
    }
  }
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await replaceZoneOpeningHours(
      trx,
      sorted.map((h) => ({ id: ctx.ids.newId(), weekday: h.weekday, opens: h.opens, closes: h.closes })),
    );
    await recordAudit(trx, now, {
      actor: principal.actor,
      action: 'zone.opening_hours_replace',
      entityType: 'zone',
      entityId: null,
      data: { hours: sorted },
    });
  });
  return sorted;
}

export async function publicZoneInfo(ctx: AppContext, tenantId?: string): Promise<PublicZoneInfo> {
  const today = localToday(ctx.clock.now(), ctx.config.zone.timezone);
  const [announcements, openingHours] = await Promise.all([
    listAnnouncementsValidOn(ctx.db, today, tenantId),
    listZoneOpeningHours(ctx.db),
  ]);
  return {
    today,
    announcements: announcements.map((a) => ({
      id: a.id,
      title: a.title,
      body: a.body,
      validFrom: a.valid_from,
      validTo: a.valid_to,
    })),
    openingHours,
  };
}
