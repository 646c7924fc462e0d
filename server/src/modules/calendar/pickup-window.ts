/**
 * The pickup window of a document in a box: its deadline in opening days, and that deadline as SMS text.
 *
 * Rule: the window ends at the closing time of the Nth opening day of the box counted from the day after
 * `fromIso` (the notification day itself never counts). Opening days are days with opening hours that are not a
 * public holiday of the box's federal state, not in a special closure, and on which the box was not out of
 * service during its opening hours (see box-calendar.ts). Outages added later move the deadline, so services
 * that act on the deadline (expiry, reminder) recompute it instead of storing it.
 */
import { DateTime } from 'luxon';
import type { DbOrTrx } from '../../db/database.ts';
import { conflict } from '../../platform/errors.ts';
import { defaultSmsLanguage, smsCatalogues, type SmsLanguage } from '@buergerpunkt/contracts';
import { deadlineAfterOpeningDays, NoOpeningDaysError, type BoxCalendar } from './box-calendar.ts';
import { loadBoxCalendar } from './box-calendar-repository.ts';

/** The deadline as an ISO-8601 UTC instant. Throws 409 `box_has_no_opening_days` for a box that never opens. */
export async function computePickupDeadline(
  db: DbOrTrx,
  boxId: string,
  fromIso: string,
  openingDays: number,
): Promise<string> {
  const calendar = await loadBoxCalendar(db, boxId, { sinceIso: fromIso });
  return deadlineFromCalendar(calendar, fromIso, openingDays, fromIso);
}

/** The same rule on an already loaded calendar, for passes that handle many documents of one box. */
export function deadlineFromCalendar(
  calendar: BoxCalendar,
  fromIso: string,
  openingDays: number,
  asOfIso: string,
): string {
  try {
    return deadlineAfterOpeningDays(calendar, fromIso, openingDays, asOfIso).deadline;
  } catch (error) {
    if (error instanceof NoOpeningDaysError) throw conflict('box_has_no_opening_days');
    throw error;
  }
}

/** Short date of the deadline's local day in the SMS language: "Sa 05.12." (German), "05.12. Cmt" (Turkish). */
export function formatDeadlineForSms(
  deadlineIso: string,
  timezone: string,
  language: SmsLanguage = defaultSmsLanguage,
): string {
  const local = DateTime.fromISO(deadlineIso, { zone: timezone });
  const catalogue = smsCatalogues[language];
  const weekday = catalogue.weekdays[String(local.weekday) as keyof typeof catalogue.weekdays];
  return catalogue.deadline
    .replace('{{weekday}}', weekday)
    .replace('{{day}}', local.toFormat('dd'))
    .replace('{{month}}', local.toFormat('MM'));
}
