/**
 * Call-back requests: when the 115 hotline is closed (or the caller prefers it), a citizen leaves a phone number
 * and a topic; zone staff call back and close the request. Only what is needed is kept, and only as long as
 * needed: name, number, topic and note are purged 7 days after the request was handled, and 30 days after it was
 * made if nobody handled it. A mobile number gets a confirmation SMS through the outbox. A filled-in honeypot field (bots) is answered like a success and stored nowhere.
 */
import { defaultTenantId } from '../tenants/tenant-ids.ts';
import { inTenant } from '../tenants/tenant-scope.ts';
import type {
  CallbackRequestBody,
  CallbackRequestCreated,
  CallbackRequestList,
  CallbackRequestUpdateBody,
  CallbackRequestView,
  CallbackStatus,
} from '@buergerpunkt/contracts';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { AppContext } from '../../context.ts';
import type { ServiceCallbackRequestsTable } from '../../db/schema.ts';
import { addMs } from '../../platform/clock.ts';
import { AppError, badRequest, notFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit, systemActor } from '../audit/audit-service.ts';
import { queueSms } from '../sms/queue-sms.ts';

export const handledRetentionMs = 7 * 24 * 3_600_000;
export const openRetentionMs = 30 * 24 * 3_600_000;

/** Any valid German (or international) number: a call-back may go to a landline; only a mobile gets an SMS. */
function normalisePhone(input: string): { e164: string; mobile: boolean } {
  const cleaned = input.replace(/\(0\)/g, '').trim();
  const parsed = cleaned.length >= 5 ? parsePhoneNumberFromString(cleaned, 'DE') : undefined;
  if (!parsed || !parsed.isValid()) throw badRequest('callback_phone_invalid');
  const type = parsed.getType();
  return { e164: parsed.number, mobile: type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE' };
}

function view(row: ServiceCallbackRequestsTable): CallbackRequestView {
  return {
    id: row.id,
    name: row.name,
    phone: row.phone_e164,
    topic: row.topic,
    preferredWindow: row.preferred_window as CallbackRequestView['preferredWindow'],
    source: row.source as CallbackRequestView['source'],
    status: row.status as CallbackStatus,
    note: row.note,
    createdAt: row.created_at,
    handledAt: row.handled_at,
    purgedAt: row.purged_at,
  };
}

export async function createCallbackRequest(
  ctx: AppContext,
  body: CallbackRequestBody,
  terminalId: string | null,
  tenantId: string = defaultTenantId,
): Promise<CallbackRequestCreated> {
  const at = ctx.clock.now().toISOString();
  const id = ctx.ids.newId();
  if (body.website && body.website.trim() !== '') return { id, createdAt: at, confirmationSms: false };
  if (body.consent !== true) throw new AppError(422, 'callback_consent_missing');
  const phone = normalisePhone(body.phone);
  const topic = body.topic.trim();
  if (topic.length < 3) throw new AppError(422, 'callback_rejected');
  const source = terminalId ? 'kiosk' : body.source === 'kiosk' ? 'site' : (body.source ?? 'site');
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('service_callback_requests')
      .values({
        id,
        name: body.name?.trim() || null,
        phone_e164: phone.e164,
        topic,
        preferred_window: body.preferredWindow ?? 'any',
        source,
        terminal_id: terminalId,
        tenant_id: tenantId,
        consent_at: at,
        status: 'open',
        note: null,
        created_at: at,
        handled_at: null,
        handled_by: null,
        purged_at: null,
      })
      .execute();
    // No personal data in the audit log: it outlives the request.
    await recordAudit(trx, at, {
      actor: terminalId ? { type: 'terminal', id: terminalId } : { type: 'system', id: null },
      action: 'callback.requested',
      entityType: 'callback_request',
      entityId: id,
      data: { source },
    });
    // The confirmation goes through the SMS outbox; its recipient and body are purged with other SMS.
    if (phone.mobile) {
      await queueSms(trx, ctx, at, {
        documentId: null,
        recipient: phone.e164,
        template: 'callback_received',
        params: { town: ctx.config.townName },
      });
    }
  });
  if (phone.mobile) ctx.onJobsQueued();
  return { id, createdAt: at, confirmationSms: phone.mobile };
}

export async function listCallbackRequests(
  ctx: AppContext,
  status: CallbackStatus | undefined,
  tenantId?: string,
): Promise<CallbackRequestList> {
  let query = ctx.db
    .selectFrom('service_callback_requests')
    .selectAll()
    .where(inTenant(tenantId, 'service_callback_requests.tenant_id'));
  if (status) query = query.where('status', '=', status);
  const rows = await query.orderBy('created_at', 'desc').limit(500).execute();
  return { items: rows.map(view) };
}

export async function updateCallbackRequest(
  ctx: AppContext,
  id: string,
  body: CallbackRequestUpdateBody,
  principal: Principal,
): Promise<CallbackRequestView> {
  const at = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('service_callback_requests')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound('callback_not_found');
    const handled = body.status !== 'open';
    await trx
      .updateTable('service_callback_requests')
      .set({
        status: body.status,
        // A purged request keeps no note either.
        note: row.purged_at ? null : body.note !== undefined ? body.note.trim() || null : row.note,
        handled_at: handled ? (row.handled_at ?? at) : null,
        handled_by: handled ? (principal.actor.id ?? null) : null,
      })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, at, {
      actor: principal.actor,
      action: 'callback.updated',
      entityType: 'callback_request',
      entityId: id,
      data: { from: row.status, to: body.status },
    });
  });
  const row = await ctx.db
    .selectFrom('service_callback_requests')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return view(row);
}

/** The purge pass (every minute with the others): wipes personal data past the retention. */
export async function purgeCallbackRequests(ctx: AppContext): Promise<{ purged: number }> {
  const now = ctx.clock.now().toISOString();
  const handledCutoff = addMs(now, -handledRetentionMs);
  const openCutoff = addMs(now, -openRetentionMs);
  return ctx.db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('service_callback_requests')
      .set({ name: null, phone_e164: null, topic: null, note: null, purged_at: now })
      .where('purged_at', 'is', null)
      .where((eb) =>
        eb.or([
          eb.and([eb('handled_at', 'is not', null), eb('handled_at', '<=', handledCutoff)]),
          eb('created_at', '<=', openCutoff),
        ]),
      )
      .executeTakeFirst();
    const purged = Number(result.numUpdatedRows);
    if (purged > 0) {
      await recordAudit(trx, now, {
        actor: systemActor,
        action: 'callback.purged',
        entityType: 'callback_request',
        entityId: null,
        data: { count: purged },
      });
    }
    return { purged };
  });
}
