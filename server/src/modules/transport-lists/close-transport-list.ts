/**
 * The loading closes a transport list: once no document of it waits any more (each loaded, taken back with a
 * reason, cancelled or not loaded), the list is closed and read-only, audited in the same transaction.
 */
import type { Trx } from '../../db/database.ts';
import type { Actor } from '../audit/audit-service.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { closeTransportListRow, countWaitingItems, itemCountsByList } from './transport-lists-repository.ts';

/** Closes the list if nothing on it waits; the caller holds the list's lock. Returns whether it closed. */
export async function closeTransportListIfDone(
  trx: Trx,
  listId: string,
  at: string,
  actor: Actor,
): Promise<boolean> {
  if ((await countWaitingItems(trx, listId)) > 0) return false;
  if (!(await closeTransportListRow(trx, listId, at, actor))) return false;
  const counts = (await itemCountsByList(trx, [listId])).get(listId) ?? {};
  await recordAudit(trx, at, {
    actor,
    action: 'transport_list.close',
    entityType: 'transport_list',
    entityId: listId,
    data: {
      loaded: counts.loaded ?? 0,
      takenBack: counts.taken_back ?? 0,
      cancelled: counts.cancelled ?? 0,
      notLoaded: counts.not_loaded ?? 0,
    },
  });
  return true;
}
