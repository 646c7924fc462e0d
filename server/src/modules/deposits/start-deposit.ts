/**
 * The kiosk's old-document step at a box with a deposit compartment: the hub picks a free deposit compartment,
 * records the deposit and queues the unlock of that compartment, all in one transaction. The new document's own
 * door stays shut: only the reader's positive result on the deposited old document lets the session become
 * `ready` (deposit-outcomes.ts).
 */
import type { AppContext } from '../../context.ts';
import { addMs } from '../../platform/clock.ts';
import { AppError, conflict } from '../../platform/errors.ts';
import { terminalPrincipal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { isBoxOpenAt } from '../calendar/box-open.ts';
import { enqueueBoxCommand } from '../boxes/enqueue-box-command.ts';
import type { PickupDocument, PickupSessionRow } from '../kiosk/pickup-sessions-repository.ts';
import type { KioskTerminal } from '../kiosk/terminal-session.ts';
import { latestDepositOfSession, listFreeDepositCompartments } from './deposits-repository.ts';

/** Opens a deposit compartment for this session's old document (or answers with the one already open). */
export async function startOldDocumentDeposit(
  ctx: AppContext,
  terminal: KioskTerminal,
  session: PickupSessionRow,
  document: Pick<PickupDocument, 'id' | 'box_id' | 'code_locked'>,
): Promise<void> {
  const at = ctx.clock.now().toISOString();
  const boxId = document.box_id;
  if (!boxId || boxId !== terminal.boxId) throw new AppError(403, 'terminal_without_box');
  const latest = await latestDepositOfSession(ctx.db, session.id);
  if (latest && (latest.status === 'awaiting_deposit' || latest.status === 'reading')) return;
  if (Number(document.code_locked) === 1) throw new AppError(423, 'code_locked');

  const box = await ctx.db
    .selectFrom('boxes')
    .select(['in_service', 'link_connected'])
    .where('id', '=', boxId)
    .executeTakeFirst();
  if (!box || Number(box.in_service) !== 1) throw conflict('box_out_of_service');
  // A box that cannot hear the unlock would leave the citizen standing in front of a shut door.
  if (Number(box.link_connected) !== 1) throw conflict('box_offline');
  // The old document goes in only when the new one can come out right after.
  if (!(await isBoxOpenAt(ctx.db, boxId, at))) throw conflict('box_closed');

  const candidates = await listFreeDepositCompartments(ctx.db, boxId);
  const deadline = addMs(at, ctx.config.pickup.depositTimeoutSeconds * 1000);
  const actor = terminalPrincipal(terminal.id).actor;
  for (const compartment of candidates) {
    const started = await ctx.db.transaction().execute(async (trx) => {
      const id = ctx.ids.newId();
      try {
        // The unique index on occupying_compartment_id makes a racing second deposit fail here.
        await trx
          .insertInto('old_document_deposits')
          .values({
            id,
            document_id: document.id,
            pickup_session_id: session.id,
            attempt: (latest?.attempt ?? 0) + 1,
            box_id: boxId,
            compartment_id: compartment.id,
            compartment_number: Number(compartment.number),
            occupying_compartment_id: compartment.id,
            status: 'awaiting_deposit',
            refusal: null,
            number_masked: null,
            number_hash: null,
            holder_matches: null,
            number_matches: null,
            unlock_command_id: null,
            read_command_id: null,
            deadline_at: deadline,
            door_opened_at: null,
            door_closed_at: null,
            deposited_at: null,
            collect_requested_at: null,
            collect_requested_by: null,
            collected_at: null,
            collected_by: null,
            handed_over_at: null,
            handed_over_by: null,
            created_at: at,
            updated_at: at,
          })
          .execute();
      } catch {
        return false;
      }
      // The session must outlive the deposit and the read, so the citizen is not sent back to the start.
      const keepUntil = addMs(deadline, ctx.config.pickup.sessionTtlSeconds * 1000);
      const kept = await trx
        .updateTable('pickup_sessions')
        .set({ expires_at: keepUntil })
        .where('id', '=', session.id)
        .where('status', '=', 'awaiting_check')
        .where('expires_at', '>', at)
        .executeTakeFirst();
      if (Number(kept.numUpdatedRows) !== 1) throw new AppError(410, 'pickup_session_expired');
      const commandId = await enqueueBoxCommand(trx, ctx, at, {
        boxId,
        type: 'unlock',
        compartment: Number(compartment.number),
        documentId: null,
      });
      await trx
        .updateTable('old_document_deposits')
        .set({ unlock_command_id: commandId })
        .where('id', '=', id)
        .execute();
      await recordAudit(trx, at, {
        actor,
        action: 'old_document_deposit.opened',
        entityType: 'old_document_deposit',
        entityId: id,
        data: {
          documentId: document.id,
          pickupId: session.id,
          boxId,
          compartment: Number(compartment.number),
          deadlineAt: deadline,
        },
      });
      return true;
    });
    if (started) {
      ctx.onBoxCommandsQueued(boxId);
      return;
    }
  }
  throw conflict('deposit_compartment_full');
}
