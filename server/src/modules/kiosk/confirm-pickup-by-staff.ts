/**
 * Zone staff confirm a pickup that the document type reserves for a person's look (e.g. residence permits): the
 * waiting session becomes ready, with fresh time for the citizen to open the door. The confirming staff member is
 * in the audit entry; the call-staff alert of that document is resolved.
 */
import type { AppContext } from '../../context.ts';
import { AppError, conflict, notFound } from '../../platform/errors.ts';
import { addMs } from '../../platform/clock.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { findPickupSession, moveSessionStatus } from './pickup-sessions-repository.ts';
import { isSessionGone } from './terminal-session.ts';

export async function confirmPickupByStaff(
  ctx: AppContext,
  sessionId: string,
  principal: Principal,
): Promise<{ pickupId: string; status: 'ready'; expiresAt: string }> {
  const at = ctx.clock.now().toISOString();
  const session = await findPickupSession(ctx.db, sessionId);
  if (!session) throw notFound('pickup_session_not_found');
  if (isSessionGone(session, at)) throw new AppError(410, 'pickup_session_expired');
  if (session.status !== 'awaiting_staff') throw conflict('pickup_not_awaiting_staff');
  const expiresAt = addMs(at, ctx.config.pickup.sessionTtlSeconds * 1000);
  await ctx.db.transaction().execute(async (trx) => {
    const moved = await moveSessionStatus(trx, {
      id: session.id,
      from: ['awaiting_staff'],
      to: 'ready',
      nowIso: at,
      newExpiresAt: expiresAt,
    });
    if (!moved) throw conflict('pickup_not_awaiting_staff');
    await trx
      .updateTable('alerts')
      .set({ resolved_at: at, resolved_by: principal.actor.id })
      .where('kind', '=', 'call_staff')
      .where('document_id', '=', session.document_id)
      .where('resolved_at', 'is', null)
      .execute();
    await recordAudit(trx, at, {
      actor: principal.actor,
      action: 'pickup.staff_confirmed',
      entityType: 'pickup_session',
      entityId: session.id,
      data: { documentId: session.document_id, terminalId: session.terminal_id },
    });
  });
  return { pickupId: session.id, status: 'ready', expiresAt };
}
