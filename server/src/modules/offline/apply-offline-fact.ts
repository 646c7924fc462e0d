/**
 * Reconciliation (docs/offline.md): one fact the agent journaled while its link was down, applied in the transaction
 * that stores it (once per event id), in the order the agent sent them. Audited as `offline.<fact>` with the agent as
 * the actor and its local time; anything that does not fit what the hub holds raises `offline_conflict`, and the
 * physical fact stands.
 */
import type { OfflineFact } from '@buergerpunkt/contracts';
import { sql } from 'kysely';
import type { AppContext } from '../../context.ts';
import type { Trx } from '../../db/database.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { raiseAlert } from '../alerts/raise-alert.ts';
import { countFailedCheck } from '../codes/guess-budget.ts';
import { findDocumentById } from '../documents/documents-repository.ts';
import { transitionDocument } from '../documents/transition-document.ts';
import { flagForReconcile } from '../boxes/door-flow-outcomes.ts';

type Ctx = Pick<AppContext, 'ids' | 'config' | 'log'>;

/** The agent acted for the citizen at its kiosk: the actor is the box, the trigger the citizen's. */
function agentPrincipal(boxId: string): Principal {
  return { actor: { type: 'box', id: boxId }, triggers: ['citizen'] };
}

export async function applyOfflineFact(
  trx: Trx,
  ctx: Ctx,
  boxId: string,
  fact: OfflineFact,
  receivedAt: string,
): Promise<void> {
  const localAt = new Date(fact.at).toISOString();
  // A box clock running ahead cannot date anything after the hub heard of it.
  const at = localAt > receivedAt ? receivedAt : localAt;
  const principal = agentPrincipal(boxId);
  const audit = (data: Record<string, unknown>, documentId?: string) =>
    recordAudit(trx, at, {
      actor: principal.actor,
      action: `offline.${fact.type}`,
      entityType: documentId ? 'document' : 'box',
      entityId: documentId ?? boxId,
      data: { agent: boxId, localAt, receivedAt, terminalId: fact.terminalId ?? null, ...data },
    });
  const conflictAlert = (documentId: string | null, reason: string) =>
    raiseAlert(
      trx,
      ctx,
      at,
      { kind: 'offline_conflict', boxId, documentId, data: { fact: fact.type, reason } },
      principal.actor,
    );

  switch (fact.type) {
    case 'code_wrong': {
      const { maxCodeAttempts } = ctx.config.pickup;
      const locked: string[] = [];
      for (const documentId of fact.documentIds) {
        const row = await trx
          .updateTable('documents')
          .set({
            code_failed_attempts: sql<number>`code_failed_attempts + 1`,
            code_locked: sql<
              0 | 1
            >`case when code_failed_attempts + 1 >= ${maxCodeAttempts} then 1 else code_locked end`,
          })
          .where('id', '=', documentId)
          .where('box_id', '=', boxId)
          .where('state', '=', 'notified')
          .returning(['code_locked'])
          .executeTakeFirst();
        if (row && Number(row.code_locked) === 1) locked.push(documentId);
      }
      await audit({ documentIds: fact.documentIds, locked });
      return;
    }
    case 'check_failed': {
      const documentId = fact.documentIds[0]!;
      const counted = await countFailedCheck(trx, ctx.config.pickup, at, principal.actor, documentId);
      await audit(
        { locked: counted?.locked ?? null, checkFailedAttempts: counted?.checkFailedAttempts ?? null },
        documentId,
      );
      return;
    }
    case 'pin_letter_confirmed': {
      const documentId = fact.documentIds[0]!;
      await trx
        .updateTable('documents')
        .set({ pin_letter_confirmed_at: at, updated_at: receivedAt })
        .where('id', '=', documentId)
        .where('state', '=', 'notified')
        .execute();
      await audit({ confirmedAt: at }, documentId);
      return;
    }
    case 'pin_letter_refused': {
      const documentId = fact.documentIds[0]!;
      await trx
        .updateTable('documents')
        .set({ code_locked: 1, updated_at: receivedAt })
        .where('id', '=', documentId)
        .where('state', '=', 'notified')
        .execute();
      await raiseAlert(
        trx,
        ctx,
        at,
        { kind: 'call_staff', boxId, documentId, data: { reason: 'pin_letter_not_received', offline: true } },
        principal.actor,
      );
      await audit({ codeLocked: true }, documentId);
      return;
    }
    case 'pickup_opened': {
      const documentId = fact.documentIds[0]!;
      const document = await findDocumentById(trx, documentId);
      if (!fact.commandId || fact.compartment === undefined) {
        // Not what an agent sends: recorded for staff, never a reason to keep the agent's journal stuck.
        await conflictAlert(documentId, 'incomplete_fact');
        await audit({ conflict: true, reason: 'incomplete_fact' }, documentId);
        return;
      }
      if (!document || document.state !== 'notified' || document.box_id !== boxId) {
        await conflictAlert(documentId, document ? `state_${document.state}` : 'unknown_document');
        await audit({ compartment: fact.compartment ?? null, conflict: true }, documentId);
        return;
      }
      await transitionDocument(trx, {
        documentId,
        transition: 'start_pickup',
        principal,
        at,
        // The code is used up, as at the hub's kiosk; the issue record keeps the checks the box checked.
        changes: { code_hash: null, pickup_checks_passed: JSON.stringify(fact.checksPassed ?? ['code']) },
        auditData: { offline: true, agent: boxId, localAt, compartment: fact.compartment ?? null },
      });
      await trx.deleteFrom('offline_code_verifiers').where('document_id', '=', documentId).execute();
      // The box's own unlock, as if the hub had sent it: the door events and the evidence image belong to it.
      await trx
        .insertInto('box_commands')
        .values({
          id: fact.commandId,
          box_id: boxId,
          type: 'unlock',
          payload: JSON.stringify({
            compartment: fact.compartment,
            requireOccupied: true,
            ...(fact.captureEvidence ? { captureEvidence: true } : {}),
          }),
          document_id: documentId,
          status: 'done',
          result: JSON.stringify({ ok: true, offline: true }),
          // Dated by the hub's receipt, so the unlock timeout cannot fire before the door events right behind it.
          created_at: receivedAt,
          sent_at: at,
          completed_at: at,
        })
        .execute();
      await audit(
        {
          compartment: fact.compartment ?? null,
          commandId: fact.commandId ?? null,
          checksPassed: fact.checksPassed ?? null,
        },
        documentId,
      );
      return;
    }
    case 'unlock_refused': {
      const documentId = fact.documentIds[0]!;
      const document = await findDocumentById(trx, documentId);
      await audit({ compartment: fact.compartment ?? null, reason: 'compartment_empty' }, documentId);
      if (document?.state === 'pickup_in_progress') {
        await flagForReconcile(trx, ctx, document, at, {
          number: fact.compartment ?? null,
          reason: 'compartment_empty_offline',
        });
      } else {
        await conflictAlert(documentId, 'unlock_refused');
      }
      return;
    }
  }
}
