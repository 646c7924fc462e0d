/**
 * A document that does not go into the box after all (damaged envelope, no compartment, the citizen came to the
 * counter) is taken back from the list with a reason. The document stays ready for transport at the office and may
 * go on a later list. Taking back the last waiting document closes the list.
 */
import type { TransportTakeBack } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { closeTransportListIfDone } from './close-transport-list.ts';
import { actorName, findItem, lockTransportList, updateItem } from './transport-lists-repository.ts';

export async function takeBackDocument(
  ctx: AppContext,
  listId: string,
  documentId: string,
  input: TransportTakeBack,
  principal: Principal,
): Promise<void> {
  const now = ctx.clock.now().toISOString();
  const reason = input.reason.trim();
  await ctx.db.transaction().execute(async (trx) => {
    const list = await lockTransportList(trx, listId);
    if (!list) throw notFound('transport_list_not_found');
    if (list.status !== 'open') throw conflict('transport_list_closed');
    const item = await findItem(trx, listId, documentId);
    if (!item) throw notFound('transport_list_item_not_found');
    if (item.status !== 'pending') throw conflict('transport_list_item_not_pending');
    const changed = await updateItem(trx, item.id, 'pending', {
      status: 'taken_back',
      active_document_id: null,
      taken_back_at: now,
      taken_back_by_name: (await actorName(trx, principal.actor)) ?? principal.actor.type,
      taken_back_reason: reason,
    });
    // A loader started this document's loading in the meantime.
    if (!changed) throw conflict('transport_list_item_not_pending');
    await recordAudit(trx, now, {
      actor: principal.actor,
      action: 'transport_list.take_back',
      entityType: 'transport_list',
      entityId: listId,
      data: { documentId, reason },
    });
    await closeTransportListIfDone(trx, listId, now, principal.actor);
  });
}
