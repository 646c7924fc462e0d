/**
 * "Call staff" at the kiosk: raises a live `call_staff` alert for the zone staff. Pressing again while a call is
 * still open raises nothing new (staff are already on their way); new calls are limited per terminal and hour so
 * a playful or stuck finger cannot flood the office.
 */
import type { CallStaffReason, StaffCalled, StaffCallStatus } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import type { Trx } from '../../db/database.ts';
import { addMs } from '../../platform/clock.ts';
import { notFound, tooManyRequests } from '../../platform/errors.ts';
import { terminalPrincipal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { raiseAlert } from '../alerts/raise-alert.ts';
import { staffedNow } from '../zone/staffed-now.ts';
import type { KioskTerminal } from './terminal-session.ts';

/** An open call younger than this counts as "staff are already coming". */
const repeatWindowMs = 10 * 60 * 1000;
const hourMs = 60 * 60 * 1000;

export async function callStaff(
  ctx: AppContext,
  terminal: KioskTerminal,
  reason: CallStaffReason = 'help',
  /** The kiosk's current step, carried into the alert so staff know where the visitor is stuck (issue 18). */
  step?: string,
): Promise<StaffCalled> {
  const at = ctx.clock.now().toISOString();
  const actor = terminalPrincipal(terminal.id).actor;
  const kioskCalls = (trx: Trx) =>
    trx
      .selectFrom('alerts')
      .select(['id', 'created_at', 'resolved_at', 'data'])
      .where('kind', '=', 'call_staff')
      .where('terminal_id', '=', terminal.id)
      // Calls raised by a pickup that needs staff carry their document; the citizen's own calls do not.
      .where('document_id', 'is', null);

  const result = await ctx.db
    .transaction()
    .execute(async (trx): Promise<StaffCalled | { limitedForSeconds: number }> => {
      const open = await kioskCalls(trx)
        .where('resolved_at', 'is', null)
        .where('created_at', '>', addMs(at, -repeatWindowMs))
        .orderBy('created_at', 'desc')
        .executeTakeFirst();
      if (open) {
        // The visitor may have moved on since the first press: staff should arrive knowing the latest step.
        if (step) {
          const data = { ...(JSON.parse(open.data) as Record<string, unknown>), step };
          await trx
            .updateTable('alerts')
            .set({ data: JSON.stringify(data) })
            .where('id', '=', open.id)
            .execute();
        }
        await recordAudit(trx, at, {
          actor,
          action: 'kiosk.call_staff_repeated',
          entityType: 'alert',
          entityId: open.id,
          data: { terminalId: terminal.id, reason },
        });
        return { alertId: open.id, alreadyCalled: true };
      }
      const lastHour = await kioskCalls(trx)
        .where('created_at', '>', addMs(at, -hourMs))
        .orderBy('created_at', 'asc')
        .execute();
      if (lastHour.length >= ctx.config.kiosk.callStaffPerHour) {
        // The refusal is audited too (committed with this transaction; the 429 follows after it).
        await recordAudit(trx, at, {
          actor,
          action: 'kiosk.call_staff_refused',
          entityType: 'terminal',
          entityId: terminal.id,
          data: { reason, limitPerHour: ctx.config.kiosk.callStaffPerHour },
        });
        const freeAt = Date.parse(lastHour[0]!.created_at) + hourMs;
        return { limitedForSeconds: Math.max(1, Math.ceil((freeAt - Date.parse(at)) / 1000)) };
      }
      const alertId = await raiseAlert(
        trx,
        ctx,
        at,
        {
          kind: 'call_staff',
          boxId: terminal.boxId,
          terminalId: terminal.id,
          data: { reason, source: 'kiosk', ...(step ? { step } : {}) },
        },
        actor,
      );
      await recordAudit(trx, at, {
        actor,
        action: 'kiosk.call_staff',
        entityType: 'alert',
        entityId: alertId,
        data: { terminalId: terminal.id, boxId: terminal.boxId, reason, ...(step ? { step } : {}) },
      });
      return { alertId, alreadyCalled: false };
    });
  if ('limitedForSeconds' in result) {
    throw tooManyRequests('call_staff_limited', result.limitedForSeconds);
  }
  return {
    ...result,
    staffPresent: await staffedNow(ctx),
    answerWithinSeconds: ctx.config.kiosk.callStaffAnswerSeconds,
  };
}

/**
 * Whether the office has seen this kiosk's call (issue 18): acknowledged ("Übernehmen", audited as
 * `alert.acknowledged`) or resolved. The kiosk asks while it waits; only its own calls are known to it.
 */
export async function staffCallStatus(
  ctx: AppContext,
  terminal: KioskTerminal,
  alertId: string,
): Promise<StaffCallStatus> {
  const alert = await ctx.db
    .selectFrom('alerts')
    .select(['id', 'acknowledged_at', 'resolved_at'])
    .where('id', '=', alertId)
    .where('kind', '=', 'call_staff')
    .where('terminal_id', '=', terminal.id)
    .executeTakeFirst();
  if (!alert) throw notFound('staff_call_not_found');
  return {
    alertId: alert.id,
    acknowledged: alert.acknowledged_at !== null,
    resolved: alert.resolved_at !== null,
  };
}
