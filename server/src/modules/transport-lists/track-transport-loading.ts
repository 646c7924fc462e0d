/**
 * Keeps a document's transport list in step with its loading. Called by `transitionDocument` for every move, in
 * the move's transaction: starting the loading records the loader, compartment and time; the door closing with the
 * document inside marks it loaded; a given-up loading puts it back to waiting; a cancel or a staff check that
 * found it elsewhere marks it not loaded. The last document done closes the list.
 */
import type { Trx } from '../../db/database.ts';
import type { DocumentsTable, TransportListItemsTable } from '../../db/schema.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import type { TransitionName } from '../documents/lifecycle.ts';
import { closeTransportListIfDone } from './close-transport-list.ts';
import {
  actorName,
  findWaitingItemOfDocument,
  lockTransportList,
  updateItem,
  type TransportListItemRow,
} from './transport-lists-repository.ts';

interface TrackedMove {
  transition: TransitionName;
  principal: Principal;
  at: string;
  document: DocumentsTable;
}

type ItemChange = {
  from: string;
  changes: Partial<TransportListItemsTable>;
  action: string;
  data: Record<string, unknown>;
};

async function changeFor(
  trx: Trx,
  item: TransportListItemRow,
  move: TrackedMove,
): Promise<ItemChange | null> {
  const { transition, document, at } = move;
  switch (transition) {
    case 'start_loading': {
      const compartment = document.compartment_id
        ? await trx
            .selectFrom('compartments')
            .select('number')
            .where('id', '=', document.compartment_id)
            .executeTakeFirst()
        : undefined;
      return {
        from: 'pending',
        changes: {
          status: 'loading',
          box_id: document.box_id,
          compartment: compartment?.number ?? null,
          loader_name: await actorName(trx, move.principal.actor),
          loading_started_at: at,
        },
        action: 'transport_list.loading_started',
        data: { boxId: document.box_id, compartment: compartment?.number ?? null },
      };
    }
    case 'abort_loading':
      return {
        from: 'loading',
        changes: {
          status: 'pending',
          box_id: null,
          compartment: null,
          loader_name: null,
          second_loader_name: null,
          loading_started_at: null,
        },
        action: 'transport_list.loading_aborted',
        data: { compartment: item.compartment },
      };
    case 'confirm_loaded':
    case 'reconcile_as_in_box':
      return {
        from: 'loading',
        changes: { status: 'loaded', loaded_at: at, active_document_id: null },
        action: 'transport_list.loaded',
        data: { boxId: item.box_id, compartment: item.compartment },
      };
    case 'reconcile_as_picked_up':
    case 'reconcile_as_removed':
      return {
        from: 'loading',
        changes: { status: 'not_loaded', active_document_id: null },
        action: 'transport_list.not_loaded',
        data: { transition },
      };
    case 'cancel':
      return {
        from: item.status,
        changes: { status: 'cancelled', active_document_id: null },
        action: 'transport_list.cancelled',
        data: {},
      };
    default:
      return null;
  }
}

/** The moves that concern a list; others (the pickup at the kiosk, expiry …) cost no query. */
const trackedTransitions: ReadonlySet<TransitionName> = new Set<TransitionName>([
  'start_loading',
  'abort_loading',
  'confirm_loaded',
  'reconcile_as_in_box',
  'reconcile_as_picked_up',
  'reconcile_as_removed',
  'cancel',
]);

export async function trackTransportLoading(trx: Trx, move: TrackedMove): Promise<void> {
  if (!trackedTransitions.has(move.transition)) return;
  const item = await findWaitingItemOfDocument(trx, move.document.id);
  if (!item) return;
  const list = await lockTransportList(trx, item.list_id);
  if (!list || list.status !== 'open') return;
  const change = await changeFor(trx, item, move);
  if (!change) return;
  // The document's own move is the rule; an item not in the expected status (e.g. a loading begun before the list
  // was made) is left as it is rather than refusing the loading.
  if (!(await updateItem(trx, item.id, change.from, change.changes))) return;
  await recordAudit(trx, move.at, {
    actor: move.principal.actor,
    action: change.action,
    entityType: 'transport_list',
    entityId: list.id,
    data: { documentId: move.document.id, ...change.data },
  });
  await closeTransportListIfDone(trx, list.id, move.at, move.principal.actor);
}

/** Four-eyes loading: the second loader's name goes on the list beside the first. */
export async function recordSecondLoaderOnTransportList(
  trx: Trx,
  documentId: string,
  secondLoaderName: string,
): Promise<void> {
  const item = await findWaitingItemOfDocument(trx, documentId);
  if (!item || item.status !== 'loading') return;
  await updateItem(trx, item.id, 'loading', { second_loader_name: secondLoaderName });
}
