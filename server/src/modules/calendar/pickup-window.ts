/**
 * The pickup window in opening days of a box. PLACEHOLDER until the calendar module lands (helper task):
 * computePickupDeadline must count opening days (hours, Brandenburg holidays, closures, outages).
 */
import type { DbOrTrx } from '../../db/database.ts';

export async function computePickupDeadline(
  _db: DbOrTrx,
  _boxId: string,
  _fromIso: string,
  _openingDays: number,
): Promise<string> {
  throw new Error('computePickupDeadline: calendar module not implemented yet');
}

export function formatDeadlineForSms(_deadlineIso: string, _timezone: string): string {
  throw new Error('formatDeadlineForSms: calendar module not implemented yet');
}
