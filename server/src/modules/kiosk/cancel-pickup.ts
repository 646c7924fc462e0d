/** The citizen gives up before the door opens (or walks away and the kiosk resets): the session is abandoned. */
import type { AppContext } from '../../context.ts';
import { conflict } from '../../platform/errors.ts';
import { terminalPrincipal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { liveSessionStatuses, moveSessionStatus } from './pickup-sessions-repository.ts';
import { loadSessionOfTerminal, type KioskTerminal } from './terminal-session.ts';

export async function cancelPickup(
  ctx: AppContext,
  terminal: KioskTerminal,
  sessionId: string,
): Promise<void> {
  const at = ctx.clock.now().toISOString();
  const session = await loadSessionOfTerminal(ctx.db, terminal, sessionId);
  if (session.status === 'opened') throw conflict('pickup_already_opened');
  // Cancelling twice, or cancelling a session that ran out or failed, changes nothing.
  if (!(liveSessionStatuses as readonly string[]).includes(session.status)) return;
  await ctx.db.transaction().execute(async (trx) => {
    const moved = await moveSessionStatus(trx, {
      id: session.id,
      from: liveSessionStatuses,
      to: 'abandoned',
      nowIso: at,
      ignoreExpiry: true,
    });
    if (!moved) {
      const now = await loadSessionOfTerminal(trx, terminal, session.id);
      if (now.status === 'opened') throw conflict('pickup_already_opened');
      return;
    }
    await recordAudit(trx, at, {
      actor: terminalPrincipal(terminal.id).actor,
      action: 'pickup.cancelled',
      entityType: 'pickup_session',
      entityId: session.id,
      data: { documentId: session.document_id, from: session.status },
    });
  });
}
