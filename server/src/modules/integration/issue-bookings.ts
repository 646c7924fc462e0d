/**
 * The issue register of the office (Ausgaberegister): documents issued through the box, per local day, with their
 * booking in the specialist procedure. The procedure acknowledges a booking over the API (`booked`); a clerk may
 * mark one booked by hand. What is still unbooked after one working day is listed for the clerks to follow up.
 */
import { allOffices, inOfficeScope, officeScopeOf, type OfficeScope } from '../privacy/office-scope.ts';
import { DateTime } from 'luxon';
import type { IssueRegisterEntry } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import type { Trx } from '../../db/database.ts';
import { badRequest, conflict, notFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { addDays, localDateOf, publicHolidayOn } from '../calendar/box-calendar.ts';
import { publishLive } from '../live/live-bus.ts';

export type BookingSource = 'api' | 'manual';

const entryColumns = [
  'd.id',
  'd.reference',
  'd.office_id',
  'd.issued_at',
  'd.booked_at',
  'd.booked_by',
  'd.booking_source',
  't.name as type_name',
] as const;

interface EntryRow {
  id: string;
  reference: string;
  office_id: string;
  issued_at: string | null;
  booked_at: string | null;
  booked_by: string | null;
  booking_source: string | null;
  type_name: string;
}

function entryOf(row: EntryRow): IssueRegisterEntry {
  return {
    documentId: row.id,
    reference: row.reference,
    officeId: row.office_id,
    documentType: row.type_name,
    issuedAt: row.issued_at!,
    bookedAt: row.booked_at,
    bookedBy: row.booked_by,
    bookingSource:
      row.booking_source === 'api' || row.booking_source === 'manual' ? row.booking_source : null,
  };
}

function issuedBetween(ctx: AppContext, from: string, to: string, scope: OfficeScope) {
  return ctx.db
    .selectFrom('documents as d')
    .innerJoin('document_types as t', 't.id', 'd.type_id')
    .select(entryColumns)
    .where(inOfficeScope(scope, 'd.office_id'))
    .where('d.state', '=', 'picked_up')
    .where('d.issued_at', '>=', from)
    .where('d.issued_at', '<', to);
}

/** The UTC instant at which local day `date` starts. */
function startOfLocalDay(date: string, timezone: string): string {
  return DateTime.fromISO(date, { zone: timezone }).startOf('day').toUTC().toISO()!;
}

/** Issues of one local day (YYYY-MM-DD; default today), in issue order. */
export async function issuesOfDay(ctx: AppContext, date?: string, scope: OfficeScope = allOffices) {
  const { registerTimezone: zone } = ctx.config.integration;
  const day = date ?? localDateOf(ctx.clock.now().toISOString(), zone);
  if (!DateTime.fromISO(day, { zone }).isValid) throw badRequest('date_invalid');
  const rows = await issuedBetween(
    ctx,
    startOfLocalDay(day, zone),
    startOfLocalDay(addDays(day, 1), zone),
    scope,
  )
    .orderBy('d.issued_at')
    .orderBy('d.id')
    .execute();
  return { date: day, items: rows.map(entryOf) };
}

function isWorkingDay(date: string, stateCode: string): boolean {
  const weekday = DateTime.fromISO(date, { zone: 'UTC' }).weekday;
  return weekday <= 5 && publicHolidayOn(date, stateCode) === null;
}

/**
 * An issue is due for booking by the end of the next working day after it; from the start of the working day before
 * today on, what is still unbooked is overdue. Example: on Tuesday, Friday's and older issues.
 */
export function unbookedCutoff(nowIso: string, timezone: string, stateCode: string): string {
  let day = addDays(localDateOf(nowIso, timezone), -1);
  while (!isWorkingDay(day, stateCode)) day = addDays(day, -1);
  return startOfLocalDay(day, timezone);
}

export async function unbookedIssues(ctx: AppContext, scope: OfficeScope = allOffices) {
  const { registerTimezone, registerStateCode } = ctx.config.integration;
  const issuedBefore = unbookedCutoff(ctx.clock.now().toISOString(), registerTimezone, registerStateCode);
  const rows = await issuedBetween(ctx, '0000', issuedBefore, scope)
    .where('d.booked_at', 'is', null)
    .orderBy('d.issued_at')
    .orderBy('d.id')
    .limit(1000)
    .execute();
  return { issuedBefore, items: rows.map(entryOf) };
}

/** Who booked, as the register shows it: a staff member's name or the API token's name. */
async function bookedByLabel(trx: Trx, principal: Principal): Promise<string> {
  const { type, id } = principal.actor;
  if (type === 'staff' && id) {
    const user = await trx
      .selectFrom('staff_users')
      .select('display_name')
      .where('id', '=', id)
      .executeTakeFirst();
    if (user) return user.display_name;
  }
  if (type === 'token' && id) {
    const token = await trx.selectFrom('api_tokens').select('name').where('id', '=', id).executeTakeFirst();
    if (token) return token.name;
  }
  return id ?? type;
}

/**
 * Marks an issued document booked in the specialist procedure. Idempotent: booking it again changes nothing and
 * answers the first booking. Only issued documents can be booked.
 */
export async function markIssueBooked(
  ctx: AppContext,
  documentId: string,
  source: BookingSource,
  principal: Principal,
  bookingReference?: string,
): Promise<IssueRegisterEntry> {
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const find = () =>
      trx
        .selectFrom('documents as d')
        .innerJoin('document_types as t', 't.id', 'd.type_id')
        .select([...entryColumns, 'd.state'])
        .where('d.id', '=', documentId)
        .where(inOfficeScope(officeScopeOf(principal), 'd.office_id'))
        .executeTakeFirst();
    const before = await find();
    if (!before) throw notFound('document_not_found');
    if (before.state !== 'picked_up' || !before.issued_at) throw conflict('document_not_issued');
    if (before.booked_at) return entryOf(before);
    const updated = await trx
      .updateTable('documents')
      .set({ booked_at: at, booked_by: await bookedByLabel(trx, principal), booking_source: source })
      .where('id', '=', documentId)
      .where('booked_at', 'is', null)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) return entryOf((await find())!);
    await recordAudit(trx, at, {
      actor: principal.actor,
      action: 'document.booked',
      entityType: 'document',
      entityId: documentId,
      data: { reference: before.reference, source, ...(bookingReference ? { bookingReference } : {}) },
    });
    publishLive(trx, { type: 'document', documentId, state: before.state, boxId: null });
    return entryOf((await find())!);
  });
}
