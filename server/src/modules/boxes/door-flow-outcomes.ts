/**
 * The outcomes shared by events, acks and timeouts when a door flow (loading, pickup, collecting) goes wrong: a door
 * fault, or a compartment staff must look at. Each is a document transition plus its alert, in the caller's
 * transaction, and gives up the document's commands that were not carried out yet.
 */
import type { DocumentState } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import type { Trx } from '../../db/database.ts';
import { boxPrincipal, systemPrincipal } from '../../platform/principal.ts';
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
  const faulted = await transitionDocument(trx, {
    documentId: document.id,
    transition: 'report_door_fault',
    principal,
    at,
    auditData: data,
  });
  await cancelOutstandingCommands(trx, document.id, 'door_fault', at);
  await raiseAlert(trx, ctx, at, {
    kind: 'door_fault',
    boxId: document.box_id,
    documentId: document.id,
    data: { ...data, flow: document.state },
  });
  return faulted;
}

export async function flagForReconcile(
  trx: Trx,
  ctx: Ctx,
  document: DocumentRow,
  at: string,
  data: Record<string, unknown>,
): Promise<DocumentRow> {
  const flagged = await transitionDocument(trx, {
    documentId: document.id,
    transition: 'flag_for_reconcile',
    principal: document.box_id ? boxPrincipal(document.box_id) : systemPrincipal,
    at,
    auditData: data,
  });
  await cancelOutstandingCommands(trx, document.id, 'needs_reconcile', at);
  await raiseAlert(trx, ctx, at, {
    kind: 'needs_reconcile',
    boxId: document.box_id,
    documentId: document.id,
    data: { ...data, flow: document.state },
  });
  return flagged;
}
