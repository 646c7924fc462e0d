/**
 * The outcomes shared by events, acks and timeouts when a door flow (loading, pickup, collecting) goes wrong: a door
 * fault, or a compartment staff must look at. Each is a document transition plus its alert, in the caller's
 * transaction, and gives up the document's commands that were not carried out yet.
 */
import type { DocumentState } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import type { Trx } from '../../db/database.ts';
import { boxPrincipal, systemPrincipal, type Principal } from '../../platform/principal.ts';
import { raiseAlert } from '../alerts/raise-alert.ts';
import { transitionDocument, type DocumentRow } from '../documents/transition-document.ts';
import { cancelOutstandingCommands } from './boxes-repository.ts';

/** States in which a document waits for its compartment's door: an unlock was sent for it. */
export const doorFlowStates: readonly DocumentState[] = [
  'loading',
  'pickup_in_progress',
  'collecting_for_return',
];

export function isInDoorFlow(document: Pick<DocumentRow, 'state'> | null | undefined): boolean {
  return !!document && (doorFlowStates as readonly string[]).includes(document.state);
}

type Ctx = Pick<AppContext, 'ids'>;

export async function reportDoorFault(
  trx: Trx,
  ctx: Ctx,
  document: DocumentRow,
  at: string,
  data: Record<string, unknown>,
  by: 'box' | 'system' = 'box',
): Promise<DocumentRow> {
  const principal = by === 'box' && document.box_id ? boxPrincipal(document.box_id) : systemPrincipal;
  return endDoorFlow(trx, ctx, document, at, data, principal, {
    transition: 'report_door_fault',
    alert: 'door_fault',
  });
}

export async function flagForReconcile(
  trx: Trx,
  ctx: Ctx,
  document: DocumentRow,
  at: string,
  data: Record<string, unknown>,
): Promise<DocumentRow> {
  const principal = document.box_id ? boxPrincipal(document.box_id) : systemPrincipal;
  return endDoorFlow(trx, ctx, document, at, data, principal, {
    transition: 'flag_for_reconcile',
    alert: 'needs_reconcile',
  });
}

/**
 * Moves the document out of its door flow by `transition`, fails its commands not carried out yet (the alert kind
 * is the fault they record) and raises the alert, which names the flow the document was in.
 */
async function endDoorFlow(
  trx: Trx,
  ctx: Ctx,
  document: DocumentRow,
  at: string,
  data: Record<string, unknown>,
  principal: Principal,
  outcome: {
    transition: 'report_door_fault' | 'flag_for_reconcile';
    alert: 'door_fault' | 'needs_reconcile';
  },
): Promise<DocumentRow> {
  const ended = await transitionDocument(trx, {
    documentId: document.id,
    transition: outcome.transition,
    principal,
    at,
    auditData: data,
  });
  await cancelOutstandingCommands(trx, document.id, outcome.alert, at);
  await raiseAlert(trx, ctx, at, {
    kind: outcome.alert,
    boxId: document.box_id,
    documentId: document.id,
    data: { ...data, flow: document.state },
  });
  return ended;
}
