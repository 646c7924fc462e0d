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
import { checkDepositTimeouts } from '../deposits/deposit-outcomes.ts';
import { doorFlowStates, isInDoorFlow, reportDoorFault } from './door-flow-outcomes.ts';

export interface BoxTimeoutResult {
  doorFaults: string[];
  doorsLeftOpen: string[];
  /** Old-document deposits whose time ran out (deposit-outcomes.ts). */
  depositsTimedOut: string[];
}

export async function checkBoxTimeouts(ctx: AppContext): Promise<BoxTimeoutResult> {
  const now = isoNow(ctx.clock);
  return {
    doorFaults: await checkUnlockTimeouts(ctx, now),
    doorsLeftOpen: await checkDoorsLeftOpen(ctx, now),
    depositsTimedOut: await checkDepositTimeouts(ctx, now),
  };
}

/** Documents whose door flow's unlock got no opening in time: returns their ids. */
async function checkUnlockTimeouts(ctx: AppContext, now: string): Promise<string[]> {
  const cutoff = addMs(now, -ctx.config.pickup.unlockTimeoutSeconds * 1000);
  // Only overdue ones, in one query (this runs every few seconds): an unopened unlock older than the cutoff
  // with no newer unlock for the same document, of a document still in a door flow.
  const overdue = await ctx.db
    .selectFrom('documents as d')
    .innerJoin('box_commands as c', 'c.document_id', 'd.id')
    .select(['d.id as documentId', 'c.id as commandId', 'c.status as commandStatus'])
    .where('d.state', 'in', [...doorFlowStates])
    .where('c.type', '=', 'unlock')
    .where('c.door_opened_at', 'is', null)
    .where('c.created_at', '<=', cutoff)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('box_commands as newer')
            .select('newer.id')
            .whereRef('newer.document_id', '=', 'd.id')
            .where('newer.type', '=', 'unlock')
            .whereRef('newer.created_at', '>', 'c.created_at'),
        ),
      ),
    )
    .execute();
  const faulted: string[] = [];
  for (const { documentId, commandId, commandStatus } of overdue) {
    if (faulted.includes(documentId)) continue;
    try {
      const done = await ctx.db.transaction().execute(async (trx) => {
        const document = await findDocumentById(trx, documentId);
        if (!document || !isInDoorFlow(document)) return false;
        const latest = await latestUnlockForDocument(trx, documentId);
        if (latest?.id !== commandId || latest.door_opened_at) return false;
        await reportDoorFault(
          trx,
          ctx,
          document,
          now,
          { reason: 'unlock_timeout', commandId, unlockStatus: commandStatus },
          'system',
        );
        return true;
      });
      if (done) faulted.push(documentId);
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
