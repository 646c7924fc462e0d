/**
 * Puts a registered document into a compartment and notifies its holder through the real transitions (prepare,
 * start and confirm loading, notify), without the box link. For demo data and for tests that need a waiting
 * document; the loading flow proper (modules/boxes/load-document.ts) goes through the box.
 */
import type { Trx } from '../db/database.ts';
import type { AppContext } from '../context.ts';
import type { Principal } from '../platform/principal.ts';
import { notifyDocument } from '../modules/codes/notify-document.ts';
import { transitionDocument, type DocumentRow } from '../modules/documents/transition-document.ts';

export async function placeInCompartmentAndNotify(
  trx: Trx,
  ctx: Pick<AppContext, 'ids' | 'config'>,
  input: {
    documentId: string;
    boxId: string;
    compartmentNumber: number;
    clerk: Principal;
    loader: Principal;
    at: string;
  },
): Promise<DocumentRow> {
  const { documentId, at } = input;
  const compartmentId = `${input.boxId}-${input.compartmentNumber}`;
  await transitionDocument(trx, { documentId, transition: 'prepare_transport', principal: input.clerk, at });
  await transitionDocument(trx, {
    documentId,
    transition: 'start_loading',
    principal: input.loader,
    at,
    changes: { box_id: input.boxId, compartment_id: compartmentId },
  });
  await trx
    .updateTable('compartments')
    .set({ status: 'occupied', document_id: documentId, door: 'closed', sensor_occupied: 1, updated_at: at })
    .where('id', '=', compartmentId)
    .execute();
  const loaded = await transitionDocument(trx, {
    documentId,
    transition: 'confirm_loaded',
    principal: input.loader,
    at,
  });
  return notifyDocument(trx, ctx, loaded, at);
}
