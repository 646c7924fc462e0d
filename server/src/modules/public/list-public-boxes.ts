/**
 * The DokBox locations for the public site: name, where it stands, weekly hours, special closures still to come
 * and whether it is open now. No login; the answer is the same for everyone, so it is kept for a few seconds per
 * database to spare the calendar walks when many people open the page at once.
 */
import { defaultTenantId } from '../tenants/tenant-ids.ts';
import type { PublicBoxes } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import { currentInterval, localDateOf, nextOpening } from '../calendar/box-calendar.ts';
import { listOpeningHours, loadBoxCalendar } from '../calendar/box-calendar-repository.ts';
import { listBoxRows, listUpcomingClosures } from './public-repository.ts';

/** How long one computed answer is served (the opening status may lag by at most this much). */
export const publicBoxesCacheSeconds = 30;

const caches = new WeakMap<Db, Map<string, { computedAtMs: number; value: PublicBoxes }>>();

/** The boxes of one tenant (modules/tenants/), cached per tenant. */
export async function listPublicBoxes(
  ctx: AppContext,
  tenantId: string = defaultTenantId,
): Promise<PublicBoxes> {
  const nowMs = ctx.clock.now().getTime();
  let cache = caches.get(ctx.db);
  if (!cache) caches.set(ctx.db, (cache = new Map()));
  const cached = cache.get(tenantId);
  if (
    cached &&
    nowMs - cached.computedAtMs >= 0 &&
    nowMs - cached.computedAtMs < publicBoxesCacheSeconds * 1000
  ) {
    return cached.value;
  }
  const value = await computePublicBoxes(ctx, new Date(nowMs).toISOString(), tenantId);
  cache.set(tenantId, { computedAtMs: nowMs, value });
  return value;
}

async function computePublicBoxes(ctx: AppContext, now: string, tenantId: string): Promise<PublicBoxes> {
  const rows = await listBoxRows(ctx.db, [tenantId]);
  const boxes = [];
  for (const row of rows) {
    const calendar = await loadBoxCalendar(ctx.db, row.id, { sinceIso: now });
    const today = localDateOf(now, calendar.timezone);
    const open = currentInterval(calendar, now);
    const next = nextOpening(calendar, now);
    boxes.push({
      id: row.id,
      name: row.name,
      locationName: row.location_name,
      address: row.address,
      timezone: row.timezone,
      inService: calendar.inService && !calendar.outages.some((o) => o.endedAt === null),
      openNow: open !== null,
      closesAt: open ? new Date(open.end).toISOString() : null,
      nextOpensAt: next ? new Date(next.start).toISOString() : null,
      hours: await listOpeningHours(ctx.db, row.id),
      closures: await listUpcomingClosures(ctx.db, row.id, today),
    });
  }
  return { boxes, asOf: now };
}
