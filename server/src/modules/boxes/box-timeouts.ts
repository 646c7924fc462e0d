/**
 * Periodic checks of the box link (the link's timer runs them; tests call them with a manual clock):
 * an unlock whose door did not open within `pickup.unlockTimeoutSeconds` is a door fault, and a door open longer
 * than `pickup.doorOpenAlertSeconds` raises one `door_left_open` alert per opening. Safe to run on several hub
 * instances at once: every change is conditional, so only one of them makes it.
 */
import type { AppContext } from '../../context.ts';
import { addMs, isoNow } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { raiseAlert } from '../alerts/raise-alert.ts';
import { findDocumentById } from '../documents/documents-repository.ts';
import { latestUnlockForDocument } from './boxes-repository.ts';
import { doorFlowStates, isInDoorFlow, reportDoorFault } from './door-flow-outcomes.ts';

export interface BoxTimeoutResult {
  doorFaults: string[];
  doorsLeftOpen: string[];
}

export async function checkBoxTimeouts(ctx: AppContext): Promise<BoxTimeoutResult> {
  const now = isoNow(ctx.clock);
  return {
    doorFaults: await checkUnlockTimeouts(ctx, now),
    doorsLeftOpen: await checkDoorsLeftOpen(ctx, now),
  };
}

/** Documents whose door flow's unlock got no opening in time: returns their ids. */
async function checkUnlockTimeouts(ctx: AppContext, now: string): Promise<string[]> {
  const cutoff = addMs(now, -ctx.config.pickup.unlockTimeoutSeconds * 1000);
  const waiting = await ctx.db
    .selectFrom('documents')
    .select('id')
    .where('state', 'in', [...doorFlowStates])
    .execute();
  const faulted: string[] = [];
  for (const { id } of waiting) {
    const unlock = await latestUnlockForDocument(ctx.db, id);
    if (!unlock || unlock.door_opened_at || unlock.created_at > cutoff) continue;
    try {
      const done = await ctx.db.transaction().execute(async (trx) => {
        const document = await findDocumentById(trx, id);
        if (!document || !isInDoorFlow(document)) return false;
        const latest = await latestUnlockForDocument(trx, id);
        if (latest?.id !== unlock.id || latest.door_opened_at) return false;
        await reportDoorFault(
          trx,
          ctx,
          document,
          now,
          { reason: 'unlock_timeout', commandId: unlock.id, unlockStatus: unlock.status },
          'system',
        );
        return true;
      });
      if (done) faulted.push(id);
    } catch (error) {
      // Another instance or a box event changed the document first: nothing left to do here.
      if (!(error instanceof AppError && error.status === 409)) throw error;
    }
  }
  return faulted;
}

/** Compartments whose door has stood open too long and was not alerted yet: returns their ids. */
async function checkDoorsLeftOpen(ctx: AppContext, now: string): Promise<string[]> {
  const cutoff = addMs(now, -ctx.config.pickup.doorOpenAlertSeconds * 1000);
  const open = await ctx.db
    .selectFrom('compartments')
    .select(['id', 'box_id', 'number', 'document_id', 'door_opened_at'])
    .where('door', '=', 'open')
    .where('door_opened_at', '<=', cutoff)
    .where('door_open_alerted_at', 'is', null)
    .execute();
  const alerted: string[] = [];
  for (const compartment of open) {
    const raised = await ctx.db.transaction().execute(async (trx) => {
      const claimed = await trx
        .updateTable('compartments')
        .set({ door_open_alerted_at: now })
        .where('id', '=', compartment.id)
        .where('door', '=', 'open')
        .where('door_opened_at', '=', compartment.door_opened_at)
        .where('door_open_alerted_at', 'is', null)
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) return false;
      await raiseAlert(trx, ctx, now, {
        kind: 'door_left_open',
        boxId: compartment.box_id,
        documentId: compartment.document_id,
        data: { number: compartment.number, openedAt: compartment.door_opened_at },
      });
      return true;
    });
    if (raised) alerted.push(compartment.id);
  }
  return alerted;
}
