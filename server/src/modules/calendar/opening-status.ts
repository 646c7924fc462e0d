/** Whether a box is open now and when it opens next, for the kiosk and the public web (no personal data). */
import type { AppContext } from '../../context.ts';
import { notFound } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import {
  addDays,
  currentInterval,
  isClosureDay,
  localDateOf,
  nextOpening,
  publicHolidayOn,
  type BoxCalendar,
} from './box-calendar.ts';
import { findBox, loadBoxCalendar } from './box-calendar-repository.ts';
import { DateTime } from 'luxon';

export type ClosedReason = 'holiday' | 'closure' | 'no_hours' | null;

export interface DayHours {
  date: string;
  weekday: number;
  /** Local `HH:MM` intervals; empty when closed all day. */
  hours: { opens: string; closes: string }[];
  closedReason: ClosedReason;
  /** German name of the public holiday, when that is why the day is closed. */
  holidayName: string | null;
}

function dayHours(calendar: BoxCalendar, date: string): DayHours {
  const weekday = DateTime.fromISO(date, { zone: 'UTC' }).weekday;
  const holiday = publicHolidayOn(date, calendar.stateCode);
  const base = { date, weekday, holidayName: holiday ? t(`calendar.holiday.${holiday}`) : null };
  if (holiday) return { ...base, hours: [], closedReason: 'holiday' };
  if (isClosureDay(calendar, date)) return { ...base, hours: [], closedReason: 'closure' };
  const hours = calendar.openingHours
    .filter((h) => h.weekday === weekday)
    .map((h) => ({ opens: h.opens, closes: h.closes }))
    .sort((a, b) => a.opens.localeCompare(b.opens));
  return { ...base, hours, closedReason: hours.length === 0 ? 'no_hours' : null };
}

export async function getOpeningStatus(ctx: AppContext, boxId: string) {
  const box = await findBox(ctx.db, boxId);
  if (!box) throw notFound('box_not_found');
  const now = ctx.clock.now().toISOString();
  const calendar = await loadBoxCalendar(ctx.db, boxId, { sinceIso: now });
  const today = localDateOf(now, calendar.timezone);
  const open = currentInterval(calendar, now);
  const next = nextOpening(calendar, now);
  const running = calendar.outages.some((o) => o.endedAt === null);
  return {
    boxId,
    name: box.name,
    timezone: calendar.timezone,
    now,
    inService: calendar.inService && !running,
    openNow: open !== null,
    closesAt: open ? new Date(open.end).toISOString() : null,
    nextOpensAt: next ? new Date(next.start).toISOString() : null,
    today: dayHours(calendar, today),
    nextDays: Array.from({ length: 7 }, (_, i) => dayHours(calendar, addDays(today, i + 1))),
  };
}
