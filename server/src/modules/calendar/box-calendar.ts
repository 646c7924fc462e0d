/**
 * The pure calendar of one box: when it is open, which days count as opening days for the pickup window, and
 * where a window of N opening days ends. No database and no clock here; `box-calendar-repository.ts` loads a
 * `BoxCalendar` and the callers pass the instants.
 *
 * Rules (the product brief: "the pickup window counts opening days; a closed or out-of-service box pauses the
 * clock"):
 * - Opening hours are given per ISO weekday (1 = Monday) as local wall-clock times `HH:MM` in the box's timezone;
 *   a weekday may have several non-overlapping intervals, a weekday without any is closed.
 * - A local date is closed all day when it is a public holiday of the box's federal state (feiertagejs) or lies in
 *   a special closure (inclusive `YYYY-MM-DD` range).
 * - An *opening day* is a local date with at least one opening interval left after holidays and closures, and on
 *   which the box was not out of service during its opening hours: an outage that overlaps any of the day's
 *   opening intervals removes the whole day from the count (the citizen never loses a day to our fault).
 * - An outage that is still running (`endedAt` null) is assumed to last until `asOf` (usually "now"); what lies
 *   beyond is projected as if the box were back in service. A deadline that lies before `asOf` is therefore final.
 * - The window of N opening days starts the day after the notification (the day of notification never counts,
 *   however early it was) and ends at the closing time of the last interval of the Nth opening day.
 */
import { getHolidays, type Region } from 'feiertagejs';
import { DateTime } from 'luxon';

export interface OpeningHours {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** `HH:MM`, local time of the box. */
  opens: string;
  closes: string;
}

export interface Closure {
  /** Inclusive `YYYY-MM-DD` range in the box's local calendar. */
  startsOn: string;
  endsOn: string;
}

export interface Outage {
  startedAt: string;
  /** null while the box is still out of service. */
  endedAt: string | null;
}

export interface BoxCalendar {
  timezone: string;
  /** Federal state code as feiertagejs knows it, e.g. `BB`. */
  stateCode: string;
  inService: boolean;
  openingHours: readonly OpeningHours[];
  closures: readonly Closure[];
  outages: readonly Outage[];
}

/** One opening interval as epoch milliseconds, end exclusive. */
export interface Interval {
  start: number;
  end: number;
}

/** How far ahead (in calendar days) the arithmetic searches before it declares a box to have no opening days. */
export const searchHorizonDays = 800;

const supportedStates: readonly string[] = [
  'BW',
  'BY',
  'BE',
  'BB',
  'HB',
  'HE',
  'HH',
  'MV',
  'NI',
  'NW',
  'RP',
  'SL',
  'SN',
  'ST',
  'SH',
  'TH',
];

export function isSupportedStateCode(code: string): boolean {
  return supportedStates.includes(code);
}

const holidayCache = new Map<string, Map<string, string>>();

/** Public holidays of one state and year as `YYYY-MM-DD` → holiday id (e.g. `OSTERSONNTAG`). */
function holidaysOf(stateCode: string, year: number): Map<string, string> {
  const key = `${stateCode}:${year}`;
  let days = holidayCache.get(key);
  if (!days) {
    if (!isSupportedStateCode(stateCode)) throw new Error(`unsupported federal state code: ${stateCode}`);
    // feiertagejs puts each holiday at noon UTC of its date, so the UTC date is the German calendar date.
    days = new Map(
      getHolidays(year, stateCode as Region).map((h) => [h.date.toISOString().slice(0, 10), h.name]),
    );
    holidayCache.set(key, days);
  }
  return days;
}

/** The public holiday on a local date in a state, or null. */
export function publicHolidayOn(date: string, stateCode: string): string | null {
  return holidaysOf(stateCode, Number(date.slice(0, 4))).get(date) ?? null;
}

/** en-CA formats as YYYY-MM-DD; one formatter per zone, because building one costs far more than using it. */
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

export function localDateOf(instantIso: string, timezone: string): string {
  let formatter = dateFormatters.get(timezone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone: timezone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dateFormatters.set(timezone, formatter);
  }
  return formatter.format(new Date(instantIso));
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

function isoWeekday(date: string): number {
  return DateTime.fromISO(date, { zone: 'UTC' }).weekday;
}

function localInstant(date: string, time: string, timezone: string): number {
  return DateTime.fromISO(`${date}T${time}`, { zone: timezone }).toMillis();
}

export function isClosureDay(calendar: BoxCalendar, date: string): boolean {
  return calendar.closures.some((c) => c.startsOn <= date && date <= c.endsOn);
}

/** The opening intervals of a local date by the timetable, after holidays and closures (outages not applied). */
export function scheduledIntervals(calendar: BoxCalendar, date: string): Interval[] {
  if (publicHolidayOn(date, calendar.stateCode) || isClosureDay(calendar, date)) return [];
  const weekday = isoWeekday(date);
  return calendar.openingHours
    .filter((h) => h.weekday === weekday)
    .map((h) => ({
      start: localInstant(date, h.opens, calendar.timezone),
      end: localInstant(date, h.closes, calendar.timezone),
    }))
    .filter((i) => i.end > i.start)
    .sort((a, b) => a.start - b.start);
}

function outageIntervals(calendar: BoxCalendar, asOf: number): Interval[] {
  return calendar.outages.map((o) => ({
    start: Date.parse(o.startedAt),
    end: o.endedAt === null ? Math.max(asOf, Date.parse(o.startedAt)) : Date.parse(o.endedAt),
  }));
}

function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether a local date counts as an opening day of the pickup window (see the rules at the top). */
export function isOpeningDay(calendar: BoxCalendar, date: string, asOfIso: string): boolean {
  const intervals = scheduledIntervals(calendar, date);
  if (intervals.length === 0) return false;
  const outages = outageIntervals(calendar, Date.parse(asOfIso));
  return !intervals.some((i) => outages.some((o) => overlaps(i, o)));
}

/** Number of opening days d with `afterDate` < d ≤ `upToDate` (local dates). */
export function openingDaysBetween(
  calendar: BoxCalendar,
  afterDate: string,
  upToDate: string,
  asOfIso: string,
): number {
  let count = 0;
  for (let d = addDays(afterDate, 1); d <= upToDate; d = addDays(d, 1)) {
    if (isOpeningDay(calendar, d, asOfIso)) count++;
  }
  return count;
}

export class NoOpeningDaysError extends Error {
  constructor() {
    super(`no opening day within ${searchHorizonDays} days`);
    this.name = 'NoOpeningDaysError';
  }
}

export interface PickupDeadline {
  /** Local date of the last opening day of the window. */
  date: string;
  /** Closing instant of that day, ISO-8601 UTC. */
  deadline: string;
}

/** The end of the `openingDays`-th opening day after the local date of `fromIso`. */
export function deadlineAfterOpeningDays(
  calendar: BoxCalendar,
  fromIso: string,
  openingDays: number,
  asOfIso: string = fromIso,
): PickupDeadline {
  if (!Number.isInteger(openingDays) || openingDays < 1) throw new Error('openingDays must be ≥ 1');
  let date = localDateOf(fromIso, calendar.timezone);
  let counted = 0;
  for (let step = 0; step < searchHorizonDays; step++) {
    date = addDays(date, 1);
    if (!isOpeningDay(calendar, date, asOfIso)) continue;
    counted++;
    if (counted === openingDays) {
      const intervals = scheduledIntervals(calendar, date);
      return { date, deadline: new Date(intervals[intervals.length - 1]!.end).toISOString() };
    }
  }
  throw new NoOpeningDaysError();
}

/**
 * Opening days still ahead after today (local date of `nowIso`) up to and including the deadline's day: on the
 * deadline day itself 0, on the opening day before it 1, and so on.
 */
export function remainingOpeningDays(calendar: BoxCalendar, deadlineIso: string, nowIso: string): number {
  const today = localDateOf(nowIso, calendar.timezone);
  const deadlineDay = localDateOf(deadlineIso, calendar.timezone);
  if (deadlineDay <= today) return 0;
  return openingDaysBetween(calendar, today, deadlineDay, nowIso);
}

/** Whether the box serves citizens at an instant: in service, no running outage, and within its opening hours. */
export function isOpenAt(calendar: BoxCalendar, instantIso: string): boolean {
  if (!calendar.inService) return false;
  const at = Date.parse(instantIso);
  const outOfService = calendar.outages.some(
    (o) => Date.parse(o.startedAt) <= at && (o.endedAt === null || at < Date.parse(o.endedAt)),
  );
  if (outOfService) return false;
  return scheduledIntervals(calendar, localDateOf(instantIso, calendar.timezone)).some(
    (i) => i.start <= at && at < i.end,
  );
}

/** The current opening interval at an instant (timetable, holidays, closures), or null. */
export function currentInterval(calendar: BoxCalendar, instantIso: string): Interval | null {
  if (!isOpenAt(calendar, instantIso)) return null;
  const at = Date.parse(instantIso);
  return (
    scheduledIntervals(calendar, localDateOf(instantIso, calendar.timezone)).find(
      (i) => i.start <= at && at < i.end,
    ) ?? null
  );
}

/**
 * The next opening interval that starts after `instantIso` (by timetable, holidays and closures), or null when the
 * box is out of service (nobody knows when it will be back) or has no opening day within the horizon.
 */
export function nextOpening(calendar: BoxCalendar, instantIso: string): Interval | null {
  if (!calendar.inService || calendar.outages.some((o) => o.endedAt === null)) return null;
  const at = Date.parse(instantIso);
  let date = localDateOf(instantIso, calendar.timezone);
  for (let step = 0; step < searchHorizonDays; step++, date = addDays(date, 1)) {
    const next = scheduledIntervals(calendar, date).find((i) => i.start > at);
    if (next) return next;
  }
  return null;
}
