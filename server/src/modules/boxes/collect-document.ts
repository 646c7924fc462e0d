/**
 * A loader takes an expired or withdrawn document out of its compartment to bring it back to the office: the
 * document moves to `collecting_for_return` and the unlock is queued, in one transaction. The door closing with the
 * compartment empty (a box event) confirms the collection.
 */
import type { AppContext } from '../../context.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { findDocumentById } from '../documents/documents-repository.ts';
import { transitionDocument } from '../documents/transition-document.ts';
import { findBox, findCompartmentById } from './boxes-repository.ts';
import { enqueueBoxCommand } from './enqueue-box-command.ts';

export interface CollectDocumentResult {
  documentId: string;
  state: string;
  boxId: string;
  compartment: { number: number };
}

export async function collectDocument(
  ctx: AppContext,
  documentId: string,
  principal: Principal,
): Promise<CollectDocumentResult> {
  const now = ctx.clock.now().toISOString();
  const result = await ctx.db.transaction().execute(async (trx) => {
    const document = await findDocumentById(trx, documentId);
    if (!document) throw notFound('document_not_found');
    const compartment = document.compartment_id
      ? await findCompartmentById(trx, document.compartment_id)
      : undefined;
    if (!compartment || compartment.document_id !== document.id) throw conflict('compartment_not_assigned');
    const box = await findBox(trx, compartment.box_id);
    if (!box) throw notFound('box_not_found');
    if (box.link_connected !== 1) throw conflict('box_offline');
    const collecting = await transitionDocument(trx, {
      documentId: document.id,
      transition: 'start_collecting',
      principal,
      at: now,
      auditData: { boxId: box.id, compartment: compartment.number },
    });
    await enqueueBoxCommand(trx, ctx, now, {
      boxId: box.id,
      type: 'unlock',
      compartment: compartment.number,
      documentId: document.id,
    });
    return {
      documentId: collecting.id,
      state: collecting.state,
      boxId: box.id,
      compartment: { number: compartment.number },
    };
  });
  ctx.onBoxCommandsQueued(result.boxId);
  return result;
}
