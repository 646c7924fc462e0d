/**
 * Staff looked into a compartment after a door fault or an unclear close and record what they found: the citizen
 * did take the document (`picked_up`), it is still inside and the citizen gets a new code (`in_box`), or they took
 * it out to bring it back to the office (`removed`). The compartment follows what was found; the note is audited.
 */
import type { AppContext } from '../../context.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { notifyDocument } from '../codes/notify-document.ts';
import { findDocumentById } from '../documents/documents-repository.ts';
import { transitionDocument, type DocumentRow } from '../documents/transition-document.ts';
import { cancelOutstandingCommands, findCompartmentById, updateCompartment } from './boxes-repository.ts';

export const reconcileOutcomes = ['picked_up', 'in_box', 'removed'] as const;
export type ReconcileOutcome = (typeof reconcileOutcomes)[number];

export interface ReconcileInput {
  outcome: ReconcileOutcome;
  note: string;
}

const transitionFor = {
  picked_up: 'reconcile_as_picked_up',
  in_box: 'reconcile_as_in_box',
  removed: 'reconcile_as_removed',
} as const;

export async function reconcileDocument(
  ctx: AppContext,
  documentId: string,
  input: ReconcileInput,
  principal: Principal,
): Promise<{ documentId: string; state: string }> {
  const now = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const document = await findDocumentById(trx, documentId);
    if (!document) throw notFound('document_not_found');
    // A document that was never offered for pickup (a fault while loading) cannot have been picked up.
    if (input.outcome === 'picked_up' && !document.notified_at) throw conflict('reconcile_outcome_invalid');
    const compartment = document.compartment_id
      ? await findCompartmentById(trx, document.compartment_id)
      : undefined;
    if (input.outcome === 'in_box') {
      if (!compartment || !document.box_id) throw conflict('compartment_not_assigned');
      if (compartment.document_id !== null && compartment.document_id !== document.id) {
        throw conflict('compartment_occupied');
      }
    }
    // A pickup refused because its compartment read empty never used the citizen's code up: put back, the same
    // code works again (no new SMS, the pickup window stays).
    const keepCode = input.outcome === 'in_box' && document.code_hash !== null && !!document.notified_at;
    let updated: DocumentRow = await transitionDocument(trx, {
      documentId: document.id,
      transition: keepCode ? 'reconcile_as_in_box_keep_code' : transitionFor[input.outcome],
      principal,
      at: now,
      changes: input.outcome === 'picked_up' ? { issued_at: now } : {},
      auditData: {
        outcome: input.outcome,
        note: input.note,
        compartment: compartment?.number ?? null,
        ...(keepCode ? { codeKept: true } : {}),
      },
    });
    await cancelOutstandingCommands(trx, document.id, 'reconciled', now);
    const holdsThisDocument = compartment && compartment.document_id === document.id;
    if (input.outcome === 'in_box') {
      await updateCompartment(trx, compartment!.id, now, { status: 'occupied', document_id: document.id });
      if (!keepCode) updated = await notifyDocument(trx, ctx, updated, now);
    } else if (holdsThisDocument) {
      await updateCompartment(trx, compartment.id, now, { status: 'free', document_id: null });
    }
    return { documentId: updated.id, state: updated.state };
  });
}
