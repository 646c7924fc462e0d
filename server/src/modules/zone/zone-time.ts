/**
 * Local time in the zone's time zone (config `zone.timezone`): the day and hour a tap belongs to, and the UTC
 * instants that bound local days, so periods given as local dates select the right ISO-8601 UTC timestamps.
 */
import { DateTime } from 'luxon';
import { badRequest } from '../../platform/errors.ts';

export interface LocalSlot {
  date: string;
  hour: number;
}

export function localSlot(isoInstant: string, timezone: string): LocalSlot {
  const local = DateTime.fromISO(isoInstant, { zone: 'utc' }).setZone(timezone);
  return { date: local.toISODate()!, hour: local.hour };
}

export function localToday(now: Date, timezone: string): string {
  return DateTime.fromJSDate(now, { zone: timezone }).toISODate()!;
}

/** The UTC instant (ISO, with milliseconds and Z) at which local day `date` starts. */
export function startOfLocalDay(date: string, timezone: string): string {
  const start = DateTime.fromISO(date, { zone: timezone }).startOf('day');
  if (!start.isValid) throw badRequest('invalid_date', { date });
  return start.toUTC().toJSDate().toISOString();
}

export function nextDate(date: string): string {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days: 1 }).toISODate()!;
}

/** Every local date from `from` to `to`, both included. */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let d = from; d <= to; d = nextDate(d)) dates.push(d);
  return dates;
}

export interface LocalPeriod {
  /** First local date, included. */
  from: string;
  /** Last local date, included. */
  to: string;
  /** UTC instant of the start of `from`. */
  startsAt: string;
  /** UTC instant of the start of the day after `to` (excluded). */
  endsAt: string;
}

export const maxPeriodDays = 400;

/** Checks a period given as two local dates (inclusive) and turns it into UTC bounds. */
export function localPeriod(from: string, to: string, timezone: string): LocalPeriod {
  const a = DateTime.fromISO(from, { zone: timezone });
  const b = DateTime.fromISO(to, { zone: timezone });
  if (!a.isValid || !b.isValid) throw badRequest('invalid_period');
  if (to < from) throw badRequest('invalid_period');
  if (b.diff(a, 'days').days > maxPeriodDays) throw badRequest('period_too_long', { days: maxPeriodDays });
  return {
    from,
    to,
    startsAt: startOfLocalDay(from, timezone),
    endsAt: startOfLocalDay(nextDate(to), timezone),
  };
}

/** A calendar month `YYYY-MM` as a local period. */
export function monthPeriod(month: string, timezone: string): LocalPeriod {
  const start = DateTime.fromFormat(month, 'yyyy-MM', { zone: timezone });
  if (!start.isValid) throw badRequest('invalid_month');
  return localPeriod(start.toISODate()!, start.endOf('month').toISODate()!, timezone);
}

/**
 * The UTC instants at which each local day of the period starts, plus the end: bucket boundaries for counting
 * timestamps per local day in SQL (a CASE over these constants works the same on SQLite and PostgreSQL, which
 * SQLite's lack of time zones would otherwise prevent).
 */
export function localDayBoundaries(
  period: LocalPeriod,
  timezone: string,
): { date: string; endsAt: string }[] {
  return datesBetween(period.from, period.to).map((date) => ({
    date,
    endsAt: startOfLocalDay(nextDate(date), timezone),
  }));
}
