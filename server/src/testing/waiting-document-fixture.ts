/**
 * Puts a registered document straight into a compartment and notifies the citizen, through the real transitions
 * (prepare, start and confirm loading, notify) but without the box link, so maintenance and register tests can start
 * from a document waiting in the box. Also finishes a pickup the way the box reports it.
 */
import type { RegisterDocumentInput } from '../modules/documents/register-document.ts';
import { placeInCompartmentAndNotify } from '../demo/place-in-compartment.ts';
import { transitionDocument, type DocumentRow } from '../modules/documents/transition-document.ts';
import { boxPrincipal, terminalPrincipal } from '../platform/principal.ts';
import { registerTestDocument, type SeededHub } from './fixtures.ts';

const boxId = 'dokbox-hn';

export async function placeWaitingDocument(
  hub: SeededHub,
  options: { compartmentNumber: number } & Partial<RegisterDocumentInput>,
): Promise<DocumentRow> {
  const { compartmentNumber, ...input } = options;
  const registered = await registerTestDocument(hub, input);
  return hub.ctx.db.transaction().execute((trx) =>
    placeInCompartmentAndNotify(trx, hub.ctx, {
      documentId: registered.id,
      boxId,
      compartmentNumber,
      clerk: hub.staffPrincipal('clerk'),
      loader: hub.staffPrincipal('loader'),
      at: hub.clock.now().toISOString(),
    }),
  );
}

/** The citizen's pickup as the kiosk and the box report it: door opened, closed, compartment empty. */
export async function completeTestPickup(hub: SeededHub, documentId: string): Promise<DocumentRow> {
  const at = hub.clock.now().toISOString();
  return hub.ctx.db.transaction().execute(async (trx) => {
    const started = await transitionDocument(trx, {
      documentId,
      transition: 'start_pickup',
      principal: terminalPrincipal('test-terminal'),
      at,
    });
    await trx
      .updateTable('compartments')
      .set({ status: 'free', document_id: null, sensor_occupied: 0, updated_at: at })
      .where('id', '=', started.compartment_id!)
      .execute();
    return transitionDocument(trx, {
      documentId,
      transition: 'complete_pickup',
      principal: boxPrincipal(boxId),
      at,
      changes: { issued_at: at, code_hash: null },
    });
  });
}
