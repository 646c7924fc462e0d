/**
 * The PIN-letter step of an ID-card pickup (PAuswV § 17): right before the door opens, the holder confirms in text
 * form to have received the PIN letter. The confirmation is stored with its time on the document (it goes into the
 * issue record). "I did not receive it" ends the pickup: the card may then only be handed over at the counter after
 * a PIN reset (§ 18), so the session ends, the code is locked, the document stays in its compartment and zone staff
 * get an alert.
 */
import type { AppContext } from '../../context.ts';
import { AppError, conflict } from '../../platform/errors.ts';
import { terminalPrincipal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { moveSessionStatus } from './pickup-sessions-repository.ts';
import { describePickup, pinLetterOutstanding, type PickupStatusView } from './pickup-status.ts';
import { callStaffAboutPickup, loadReadyPickup, type KioskTerminal } from './terminal-session.ts';

export async function answerPinLetter(
  ctx: AppContext,
  terminal: KioskTerminal,
  sessionId: string,
  received: boolean,
): Promise<PickupStatusView> {
  const at = ctx.clock.now().toISOString();
  // The identity check comes first; staff-confirmed and checked sessions are `ready` here.
  const { session, document } = await loadReadyPickup(ctx.db, terminal, sessionId, at);
  if (Number(document.pin_letter_required) !== 1) throw conflict('pin_letter_not_required');
  if (!pinLetterOutstanding(session, document)) return describePickup(ctx, terminal, sessionId);
  const actor = terminalPrincipal(terminal.id).actor;

  if (received) {
    await ctx.db.transaction().execute(async (trx) => {
      const stored = await trx
        .updateTable('documents')
        .set({ pin_letter_confirmed_at: at, updated_at: at })
        .where('id', '=', document.id)
        .where('state', '=', 'notified')
        .where('code_locked', '=', 0)
        .executeTakeFirst();
      if (Number(stored.numUpdatedRows) !== 1) throw new AppError(410, 'pickup_session_expired');
      await recordAudit(trx, at, {
        actor,
        action: 'pickup.pin_letter_confirmed',
        entityType: 'document',
        entityId: document.id,
        data: { pickupId: session.id, terminalId: terminal.id, confirmedAt: at },
      });
    });
    return describePickup(ctx, terminal, sessionId);
  }

  await ctx.db.transaction().execute(async (trx) => {
    const ended = await moveSessionStatus(trx, {
      id: session.id,
      from: ['ready'],
      to: 'abandoned',
      nowIso: at,
    });
    if (!ended) throw new AppError(410, 'pickup_session_expired');
    // The code no longer opens the box: the card goes out at the counter after a PIN reset.
    await trx
      .updateTable('documents')
      .set({ code_locked: 1, updated_at: at })
      .where('id', '=', document.id)
      .where('state', '=', 'notified')
      .execute();
    await callStaffAboutPickup(
      trx,
      ctx,
      at,
      { terminal, session, document, reason: 'pin_letter_not_received' },
      actor,
    );
    await recordAudit(trx, at, {
      actor,
      action: 'pickup.pin_letter_not_received',
      entityType: 'document',
      entityId: document.id,
      data: { pickupId: session.id, terminalId: terminal.id, codeLocked: true },
    });
  });
  return describePickup(ctx, terminal, sessionId);
}
