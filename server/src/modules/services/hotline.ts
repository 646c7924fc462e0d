/**
 * The 115 hotline's hours: Monday to Friday 8–18 o'clock (Europe/Berlin), not on public holidays. The holidays of
 * the tenant's federal state are used (`tenants.state_code`, default Brandenburg); the kiosk and the site show the
 * call-back form when it is closed.
 */
import type { HotlineStatus } from '@buergerpunkt/contracts';
import { DateTime } from 'luxon';
import type { AppContext } from '../../context.ts';
import { publicHolidayOn } from '../calendar/box-calendar.ts';
import { t } from '../../platform/i18n.ts';

const zone = 'Europe/Berlin';
const defaultStateCode = 'BB';
const opensHour = 8;
const closesHour = 18;

function isHotlineDay(day: DateTime, stateCode: string): boolean {
  return day.weekday <= 5 && publicHolidayOn(day.toISODate()!, stateCode) === null;
}

export function hotlineStatusAt(nowIso: string, stateCode: string = defaultStateCode): HotlineStatus {
  const now = DateTime.fromISO(nowIso, { zone });
  const today = now.startOf('day');
  const opensToday = today.set({ hour: opensHour });
  const closesToday = today.set({ hour: closesHour });
  const openNow = isHotlineDay(today, stateCode) && now >= opensToday && now < closesToday;
  let nextOpensAt: string | null = null;
  if (!openNow) {
    let day = now < opensToday ? today : today.plus({ days: 1 });
    for (let i = 0; i < 14 && !nextOpensAt; i++, day = day.plus({ days: 1 })) {
      if (isHotlineDay(day, stateCode)) nextOpensAt = day.set({ hour: opensHour }).toUTC().toISO();
    }
  }
  return {
    number: t('services.hotline.number'),
    openNow,
    now: nowIso,
    nextOpensAt,
    closesAt: openNow ? closesToday.toUTC().toISO() : null,
  };
}

export function hotlineStatus(ctx: AppContext, stateCode?: string): HotlineStatus {
  return hotlineStatusAt(ctx.clock.now().toISOString(), stateCode);
}
