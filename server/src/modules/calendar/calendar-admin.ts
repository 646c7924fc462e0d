/**
 * What an admin changes in a box's calendar: its weekly opening hours, special closures, and out-of-service
 * periods. Each change is one transaction with its audit entry. Deadlines of waiting documents are not stored but
 * recomputed from the calendar, so a change here moves them without touching the documents.
 */
import { DateTime } from 'luxon';
import type { AppContext } from '../../context.ts';
import type { Trx } from '../../db/database.ts';
import { badRequest, conflict, notFound } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import {
  findBox,
  listClosures,
  listOpeningHours,
  listRecentOutages,
  replaceOpeningHoursRows,
  type OpeningHoursRow,
} from './box-calendar-repository.ts';
import { localDateOf } from './box-calendar.ts';

/** Longest single closure: a year. Longer "closures" are a box that is gone, which is not a calendar matter. */
export const maxClosureDays = 366;

const timePattern = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

async function requireBox(trx: Trx | AppContext['db'], boxId: string) {
  const box = await findBox(trx, boxId);
  if (!box) throw notFound('box_not_found');
  return box;
}

/** Checks a weekly timetable: valid times, opens before closes, no overlapping intervals on one weekday. */
export function validateOpeningHours(hours: readonly OpeningHoursRow[]): OpeningHoursRow[] {
  for (const h of hours) {
    if (!Number.isInteger(h.weekday) || h.weekday < 1 || h.weekday > 7) throw badRequest('validation_failed');
    if (!timePattern.test(h.opens) || !timePattern.test(h.closes))
      throw badRequest('opening_hours_invalid_time');
    if (h.opens >= h.closes) {
      throw badRequest('opening_hours_order', {
        weekday: t(`calendar.weekdayLong.${h.weekday}`),
        opens: h.opens,
        closes: h.closes,
      });
    }
  }
  const sorted = [...hours].sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens));
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1]!;
    const current = sorted[i]!;
    if (previous.weekday === current.weekday && current.opens < previous.closes) {
      throw badRequest('opening_hours_overlap', { weekday: t(`calendar.weekdayLong.${current.weekday}`) });
    }
  }
  return sorted;
}

export async function getBoxCalendarView(ctx: AppContext, boxId: string) {
  const box = await requireBox(ctx.db, boxId);
  const today = localDateOf(ctx.clock.now().toISOString(), box.timezone);
  const [hours, closures, outages] = await Promise.all([
    listOpeningHours(ctx.db, boxId),
    listClosures(ctx.db, boxId, today),
    listRecentOutages(ctx.db, boxId, 20),
  ]);
  return {
    boxId,
    timezone: box.timezone,
    stateCode: box.state_code,
    inService: Number(box.in_service) === 1,
    hours,
    closures: closures.map((c) => ({
      id: c.id,
      startsOn: c.starts_on,
      endsOn: c.ends_on,
      reason: c.reason,
      createdAt: c.created_at,
    })),
    outages: outages.map((o) => ({
      id: o.id,
      startedAt: o.started_at,
      endedAt: o.ended_at,
      reason: o.reason,
    })),
  };
}

export async function replaceOpeningHours(
  ctx: AppContext,
  boxId: string,
  hours: readonly OpeningHoursRow[],
  principal: Principal,
): Promise<OpeningHoursRow[]> {
  const valid = validateOpeningHours(hours);
  const at = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await requireBox(trx, boxId);
    const before = await listOpeningHours(trx, boxId);
    await replaceOpeningHoursRows(
      trx,
      boxId,
      valid.map((h) => ({ ...h, id: ctx.ids.newId() })),
    );
    await recordAudit(trx, at, {
      actor: principal.actor,
      action: 'box.opening_hours_replaced',
      entityType: 'box',
      entityId: boxId,
      data: { before, after: valid },
    });
  });
  return valid;
}

function parseDate(value: string): DateTime {
  const date = DateTime.fromISO(value, { zone: 'UTC' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !date.isValid) throw badRequest('date_invalid');
  return date;
}

export interface NewClosure {
  startsOn: string;
  endsOn: string;
  reason: string;
}

export async function addClosure(ctx: AppContext, boxId: string, input: NewClosure, principal: Principal) {
  const starts = parseDate(input.startsOn);
  const ends = parseDate(input.endsOn);
  if (ends < starts) throw badRequest('closure_range_invalid');
  if (ends.diff(starts, 'days').days + 1 > maxClosureDays) {
    throw badRequest('closure_range_too_long', { maxDays: maxClosureDays });
  }
  const reason = input.reason.trim();
  if (reason.length === 0) throw badRequest('validation_failed');
  const at = ctx.clock.now().toISOString();
  const closure = {
    id: ctx.ids.newId(),
    box_id: boxId,
    starts_on: input.startsOn,
    ends_on: input.endsOn,
    reason,
    created_at: at,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await requireBox(trx, boxId);
    await trx.insertInto('box_closures').values(closure).execute();
    await recordAudit(trx, at, {
      actor: principal.actor,
      action: 'box.closure_added',
      entityType: 'box',
      entityId: boxId,
      data: { closureId: closure.id, startsOn: closure.starts_on, endsOn: closure.ends_on, reason },
    });
  });
  return {
    id: closure.id,
    startsOn: closure.starts_on,
    endsOn: closure.ends_on,
    reason,
    createdAt: at,
  };
}

export async function removeClosure(
  ctx: AppContext,
  boxId: string,
  closureId: string,
  principal: Principal,
): Promise<void> {
  const at = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const removed = await trx
      .deleteFrom('box_closures')
      .where('id', '=', closureId)
      .where('box_id', '=', boxId)
      .returningAll()
      .executeTakeFirst();
    if (!removed) throw notFound('closure_not_found');
    await recordAudit(trx, at, {
      actor: principal.actor,
      action: 'box.closure_removed',
      entityType: 'box',
      entityId: boxId,
      data: {
        closureId,
        startsOn: removed.starts_on,
        endsOn: removed.ends_on,
        reason: removed.reason,
      },
    });
  });
}

export interface ServiceState {
  boxId: string;
  inService: boolean;
  outageId: string | null;
  since: string;
}

/**
 * Sets the box's service flag only if it is the other way round, so of two callers racing for the same change one
 * wins and the other gets a 409.
 */
async function switchInService(trx: Trx, boxId: string, inService: boolean): Promise<void> {
  const changed = await trx
    .updateTable('boxes')
    .set({ in_service: inService ? 1 : 0 })
    .where('id', '=', boxId)
    .where('in_service', '=', inService ? 0 : 1)
    .executeTakeFirst();
  if (Number(changed.numUpdatedRows) !== 1) {
    throw conflict(inService ? 'box_already_in_service' : 'box_already_out_of_service');
  }
}

/**
 * Takes the box out of service inside the caller's transaction: citizens cannot pick up, and the opening days it
 * misses do not count against any pickup window. Conditional on the box being in service, so two callers racing
 * get one outage and one 409. Other modules (e.g. a box fault) may call it in their own transaction.
 */
export async function takeBoxOutOfService(
  trx: Trx,
  ctx: Pick<AppContext, 'ids'>,
  input: { boxId: string; reason: string; principal: Principal; at: string },
): Promise<ServiceState> {
  const { boxId, reason, principal, at } = input;
  const trimmed = reason.trim();
  if (trimmed.length === 0) throw badRequest('validation_failed');
  await requireBox(trx, boxId);
  await switchInService(trx, boxId, false);
  const outageId = ctx.ids.newId();
  await trx
    .insertInto('box_outages')
    .values({ id: outageId, box_id: boxId, started_at: at, ended_at: null, reason: trimmed })
    .execute();
  await recordAudit(trx, at, {
    actor: principal.actor,
    action: 'box.out_of_service',
    entityType: 'box',
    entityId: boxId,
    data: { outageId, reason: trimmed },
  });
  return { boxId, inService: false, outageId, since: at };
}

/** Puts the box back in service inside the caller's transaction and closes its running outage(s). */
export async function returnBoxToService(
  trx: Trx,
  input: { boxId: string; principal: Principal; at: string },
): Promise<ServiceState> {
  const { boxId, principal, at } = input;
  await requireBox(trx, boxId);
  await switchInService(trx, boxId, true);
  const closed = await trx
    .updateTable('box_outages')
    .set({ ended_at: at })
    .where('box_id', '=', boxId)
    .where('ended_at', 'is', null)
    .returning(['id'])
    .execute();
  await recordAudit(trx, at, {
    actor: principal.actor,
    action: 'box.back_in_service',
    entityType: 'box',
    entityId: boxId,
    data: { outageIds: closed.map((o) => o.id) },
  });
  return { boxId, inService: true, outageId: null, since: at };
}

export async function markOutOfService(
  ctx: AppContext,
  boxId: string,
  reason: string,
  principal: Principal,
): Promise<ServiceState> {
  const at = ctx.clock.now().toISOString();
  return ctx.db
    .transaction()
    .execute((trx) => takeBoxOutOfService(trx, ctx, { boxId, reason, principal, at }));
}

export async function markBackInService(
  ctx: AppContext,
  boxId: string,
  principal: Principal,
): Promise<ServiceState> {
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute((trx) => returnBoxToService(trx, { boxId, principal, at }));
}
