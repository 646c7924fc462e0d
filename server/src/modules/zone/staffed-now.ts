/**
 * Is someone of the zone staff in the zone now? By the zone's staffed hours (the opening hours zone staff edit, in
 * the zone's time zone) and the hub's clock. A zone without any hours set counts as staffed (nothing says otherwise).
 */
import { DateTime } from 'luxon';
import type { AppContext } from '../../context.ts';
import { listZoneOpeningHours } from './start-screen-repository.ts';

export interface StaffedRange {
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  opens: string;
  closes: string;
}

export function isStaffedAt(now: Date, timezone: string, hours: readonly StaffedRange[]): boolean {
  if (hours.length === 0) return true;
  const local = DateTime.fromJSDate(now, { zone: timezone });
  const time = local.toFormat('HH:mm');
  return hours.some((h) => h.weekday === local.weekday && h.opens <= time && time < h.closes);
}

export async function staffedNow(ctx: AppContext): Promise<boolean> {
  return isStaffedAt(ctx.clock.now(), ctx.config.zone.timezone, await listZoneOpeningHours(ctx.db));
}
