/**
 * Occupancy changes outside a door flow (chain of custody, issue 16). A document leaves its compartment only in a
 * pickup, and a compartment fills only in a loading; every other change of the sensor is a custody event on the
 * document (or the compartment) and raises an alert: `document_removed_without_pickup` when it went empty,
 * `item_appeared_in_compartment` when it filled. While the document is already with staff (door fault, reconcile)
 * the change is recorded but raises no new alert.
 */
import type { AppContext } from '../../context.ts';
import type { Trx } from '../../db/database.ts';
import { boxPrincipal } from '../../platform/principal.ts';
import { raiseAlert } from '../alerts/raise-alert.ts';
import type { DocumentRow } from '../documents/transition-document.ts';
import type { CompartmentRow } from '../boxes/boxes-repository.ts';
import { isInDoorFlow } from '../boxes/door-flow-outcomes.ts';
import { custodyActions, recordCustody } from './custody-record.ts';

/** States in which the document lies in its compartment and nobody is expected to open it. */
const restingStates = ['loaded', 'notified', 'awaiting_return'];
/** States in which staff are already dealing with the compartment. */
const staffAttentionStates = ['door_fault', 'needs_reconcile'];

/**
 * Called with the sensor reading before (`previous`, null when unknown) and now. Returns whether a custody event
 * was recorded.
 */
export async function checkOccupancyCustody(
  trx: Trx,
  ctx: Pick<AppContext, 'ids'>,
  compartment: CompartmentRow,
  document: DocumentRow | undefined,
  previous: number | null,
  occupied: boolean,
  at: string,
  seenWith: 'occupancy_changed' | 'door_closed',
): Promise<boolean> {
  // Taking and placing are what loading, pickup and collecting are for: their close decides.
  if (document && isInDoorFlow(document)) return false;
  if (previous === null) {
    // No earlier reading: only a reading that contradicts what should be inside is a change.
    const expected = !!document && restingStates.includes(document.state);
    if (occupied === expected) return false;
  } else if (previous === (occupied ? 1 : 0)) {
    return false;
  }
  const data = {
    occupied,
    seenWith,
    door: compartment.door,
    documentState: document?.state ?? null,
  };
  await recordCustody(trx, at, {
    actor: boxPrincipal(compartment.box_id).actor,
    action: custodyActions.occupancyChanged,
    documentId: document?.id ?? null,
    compartment,
    data,
  });
  if (document && staffAttentionStates.includes(document.state)) return true;
  await raiseAlert(trx, ctx, at, {
    kind: occupied ? 'item_appeared_in_compartment' : 'document_removed_without_pickup',
    boxId: compartment.box_id,
    documentId: document?.id ?? null,
    data: { number: compartment.number, ...data },
  });
  return true;
}
