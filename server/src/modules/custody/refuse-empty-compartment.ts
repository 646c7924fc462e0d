/**
 * A pickup whose compartment reads empty before the unlock (chain of custody, issue 16): the door stays shut, the
 * citizen's code stays valid (the hub never used it up, or the box's refusal gives the held hash back), staff get
 * the alert `pickup_compartment_empty` and the document goes to reconcile. Two places find it: the hub's last known
 * reading in the kiosk's open transaction (`via: 'hub'`), and the agent's fresh reading right before the pulse
 * (`via: 'box'`, the ack fault `compartment_empty`).
 */
import type { AppContext } from '../../context.ts';
import type { Trx } from '../../db/database.ts';
import { boxPrincipal, systemPrincipal } from '../../platform/principal.ts';
import { raiseAlert } from '../alerts/raise-alert.ts';
import { transitionDocument, type DocumentRow } from '../documents/transition-document.ts';
import { cancelOutstandingCommands } from '../boxes/boxes-repository.ts';

/** The fault an agent answers an unlock with `requireOccupied` when the sensor reads empty. */
export const compartmentEmptyFault = 'compartment_empty';

export interface EmptyRefusal {
  via: 'hub' | 'box';
  compartmentNumber: number;
  commandId?: string;
  /** The code hash the unlock held back (agent path); given back unless another document has it meanwhile. */
  heldCodeHash?: string | null;
}

export async function refuseEmptyCompartment(
  trx: Trx,
  ctx: Pick<AppContext, 'ids'>,
  document: DocumentRow,
  at: string,
  refusal: EmptyRefusal,
): Promise<DocumentRow> {
  let codeRestored = refusal.via === 'hub' && document.code_hash !== null;
  const changes: Partial<Record<'code_hash', string>> = {};
  if (refusal.heldCodeHash) {
    const taken = await trx
      .selectFrom('documents')
      .select('id')
      .where('code_hash', '=', refusal.heldCodeHash)
      .executeTakeFirst();
    // A code is unique; should the same one have been issued again meanwhile, staff send a new one.
    if (!taken) {
      changes.code_hash = refusal.heldCodeHash;
      codeRestored = true;
    }
  }
  const data = {
    reason: compartmentEmptyFault,
    via: refusal.via,
    compartment: refusal.compartmentNumber,
    codeStillValid: codeRestored,
    ...(refusal.commandId ? { commandId: refusal.commandId } : {}),
  };
  const refused = await transitionDocument(trx, {
    documentId: document.id,
    transition: 'refuse_empty_compartment',
    principal: refusal.via === 'box' && document.box_id ? boxPrincipal(document.box_id) : systemPrincipal,
    at,
    changes,
    auditData: data,
  });
  await cancelOutstandingCommands(trx, document.id, compartmentEmptyFault, at);
  await raiseAlert(trx, ctx, at, {
    kind: 'pickup_compartment_empty',
    boxId: document.box_id,
    documentId: document.id,
    data,
  });
  return refused;
}
