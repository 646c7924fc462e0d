/**
 * What an event from a box means: updates the compartment's door and sensor state and moves the document in it
 * along the lifecycle. Runs inside the transaction that stored the event, so an event is processed exactly once.
 *
 * The rules that protect documents: opening a door is never a pickup; a pickup completes only on "door closed and
 * compartment empty" after the door was seen open for this pickup; anything unclear goes to a staff reconcile.
 */
import type { BoxEvent } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import type { Trx } from '../../db/database.ts';
import { boxPrincipal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { raiseAlert } from '../alerts/raise-alert.ts';
import { notifyDocument } from '../codes/notify-document.ts';
import { findDocumentById } from '../documents/documents-repository.ts';
import { transitionDocument, type DocumentRow } from '../documents/transition-document.ts';
import {
  findCompartmentByNumber,
  latestUnlockForDocument,
  markUnlockDoorOpened,
  updateCompartment,
  type CompartmentRow,
} from './boxes-repository.ts';
import { flagForReconcile, isInDoorFlow, reportDoorFault } from './door-flow-outcomes.ts';
import { claimRemoteOpen } from './remote-open-compartment.ts';
import { handleDepositCompartmentEvent } from '../deposits/deposit-outcomes.ts';
import { depositCompartmentStatus } from '../deposits/deposits-repository.ts';
import { checkOccupancyCustody } from '../custody/occupancy-custody.ts';

type Ctx = Pick<AppContext, 'ids' | 'config' | 'log'>;

/** States in which staff are already dealing with the compartment, so door and sensor changes are expected. */
const staffAttentionStates = ['door_fault', 'needs_reconcile'];

/**
 * The time an event happened, as the box says. A time in the future (a box clock running ahead) cannot be an issue
 * time, so it is capped at the hub's time of receipt.
 */
export function eventTime(event: BoxEvent, receivedAt: string): string {
  const at = new Date(event.at).toISOString();
  return at > receivedAt ? receivedAt : at;
}

export async function handleBoxEvent(
  trx: Trx,
  ctx: Ctx,
  boxId: string,
  event: BoxEvent,
  receivedAt: string,
): Promise<void> {
  if (event.type === 'fault' && event.compartment === undefined) {
    await recordAudit(trx, receivedAt, {
      actor: boxPrincipal(boxId).actor,
      action: 'box.fault',
      entityType: 'box',
      entityId: boxId,
      data: { fault: event.fault, eventAt: event.at },
    });
    await raiseAlert(trx, ctx, receivedAt, { kind: 'box_fault', boxId, data: { fault: event.fault } });
    return;
  }
  const compartment = await findCompartmentByNumber(trx, boxId, event.compartment!);
  if (!compartment) {
    ctx.log.warn({ boxId, event }, 'box event for an unknown compartment ignored');
    return;
  }
  // A deposit compartment holds citizens' old documents, never a document of the register.
  if (compartment.status === depositCompartmentStatus) {
    return handleDepositCompartmentEvent(trx, ctx, compartment, event, receivedAt);
  }
  const document = compartment.document_id ? await findDocumentById(trx, compartment.document_id) : undefined;
  switch (event.type) {
    case 'door_opened':
      return onDoorOpened(trx, ctx, compartment, document, event, receivedAt);
    case 'door_closed':
      return onDoorClosed(trx, ctx, compartment, document, event, receivedAt);
    case 'occupancy_changed':
      return onOccupancyChanged(trx, ctx, compartment, document, event.occupied, receivedAt);
    case 'fault':
      return onCompartmentFault(trx, ctx, compartment, document, event.fault, receivedAt);
  }
}

function compartmentAudit(
  trx: Trx,
  at: string,
  compartment: CompartmentRow,
  action: string,
  data: Record<string, unknown>,
) {
  return recordAudit(trx, at, {
    actor: boxPrincipal(compartment.box_id).actor,
    action,
    entityType: 'compartment',
    entityId: compartment.id,
    data: { boxId: compartment.box_id, number: compartment.number, ...data },
  });
}

async function onDoorOpened(
  trx: Trx,
  ctx: Ctx,
  compartment: CompartmentRow,
  document: DocumentRow | undefined,
  event: Extract<BoxEvent, { type: 'door_opened' }>,
  at: string,
): Promise<void> {
  const alreadyOpen = compartment.door === 'open';
  await updateCompartment(trx, compartment.id, at, {
    door: 'open',
    door_opened_at: alreadyOpen ? (compartment.door_opened_at ?? at) : at,
    door_open_alerted_at: alreadyOpen ? compartment.door_open_alerted_at : null,
  });
  await compartmentAudit(trx, at, compartment, 'compartment.door_opened', {
    documentId: document?.id ?? null,
    documentState: document?.state ?? null,
    eventAt: event.at,
  });
  if (document && isInDoorFlow(document)) {
    // The unlock worked: the timeout no longer applies. Opening is not a pickup; only the close decides.
    await markUnlockDoorOpened(trx, document.id, at);
    return;
  }
  if (document && staffAttentionStates.includes(document.state)) return;
  // Staff opened it from the back office (audited there with the reason).
  if (await claimRemoteOpen(trx, ctx, compartment.box_id, compartment.number, at)) return;
  await raiseAlert(trx, ctx, at, {
    kind: 'compartment_tamper',
    boxId: compartment.box_id,
    documentId: document?.id ?? null,
    data: { number: compartment.number, reason: 'door_opened_without_unlock' },
  });
}

/** Whether the door was seen open since the unlock of the document's current flow. */
async function doorOpenedInFlow(trx: Trx, document: DocumentRow): Promise<boolean> {
  const unlock = await latestUnlockForDocument(trx, document.id);
  return !!unlock?.door_opened_at;
}

async function onDoorClosed(
  trx: Trx,
  ctx: Ctx,
  compartment: CompartmentRow,
  document: DocumentRow | undefined,
  event: Extract<BoxEvent, { type: 'door_closed' }>,
  at: string,
): Promise<void> {
  const occupied = event.occupied;
  await updateCompartment(trx, compartment.id, at, {
    door: 'closed',
    sensor_occupied: occupied === null ? null : occupied ? 1 : 0,
    door_opened_at: null,
    door_open_alerted_at: null,
  });
  await compartmentAudit(trx, at, compartment, 'compartment.door_closed', {
    occupied,
    documentId: document?.id ?? null,
    eventAt: event.at,
  });
  if (!document || !isInDoorFlow(document)) {
    // A box reports a take or a placing behind a door opened outside a flow only with the close (the agent sends
    // one event per poll): the reading with the close is then the occupancy change.
    if (occupied !== null) {
      await checkOccupancyCustody(
        trx,
        ctx,
        compartment,
        document,
        compartment.sensor_occupied,
        occupied,
        at,
        'door_closed',
      );
    }
    return;
  }

  const outcome = { number: compartment.number, occupied, eventAt: event.at };
  // A close without an opening seen for this flow says nothing about who took what: staff look.
  if (occupied === null || !(await doorOpenedInFlow(trx, document))) {
    await flagForReconcile(trx, ctx, document, at, {
      ...outcome,
      reason: occupied === null ? 'no_sensor' : 'closed_without_opening',
    });
    return;
  }
  const box = boxPrincipal(compartment.box_id);
  switch (document.state) {
    case 'loading': {
      if (occupied) {
        const loaded = await transitionDocument(trx, {
          documentId: document.id,
          transition: 'confirm_loaded',
          principal: box,
          at,
          auditData: outcome,
        });
        await updateCompartment(trx, compartment.id, at, { status: 'occupied' });
        await notifyDocument(trx, ctx, loaded, at);
      } else {
        await transitionDocument(trx, {
          documentId: document.id,
          transition: 'abort_loading',
          principal: box,
          at,
          changes: { box_id: null, compartment_id: null },
          auditData: outcome,
        });
        await updateCompartment(trx, compartment.id, at, { status: 'free', document_id: null });
        await raiseAlert(trx, ctx, at, {
          kind: 'loading_empty',
          boxId: compartment.box_id,
          documentId: document.id,
          data: { number: compartment.number },
        });
      }
      return;
    }
    case 'pickup_in_progress': {
      if (occupied) {
        await flagForReconcile(trx, ctx, document, at, { ...outcome, reason: 'document_left_inside' });
        return;
      }
      await transitionDocument(trx, {
        documentId: document.id,
        transition: 'complete_pickup',
        principal: box,
        at,
        changes: { issued_at: eventTime(event, at) },
        auditData: { ...outcome, issuedAt: eventTime(event, at) },
      });
      await updateCompartment(trx, compartment.id, at, { status: 'free', document_id: null });
      return;
    }
    case 'collecting_for_return': {
      if (occupied) {
        await transitionDocument(trx, {
          documentId: document.id,
          transition: 'abort_collecting',
          principal: box,
          at,
          auditData: outcome,
        });
        return;
      }
      await transitionDocument(trx, {
        documentId: document.id,
        transition: 'confirm_collected',
        principal: box,
        at,
        auditData: outcome,
      });
      await updateCompartment(trx, compartment.id, at, { status: 'free', document_id: null });
      return;
    }
  }
}

async function onOccupancyChanged(
  trx: Trx,
  ctx: Ctx,
  compartment: CompartmentRow,
  document: DocumentRow | undefined,
  occupied: boolean,
  at: string,
): Promise<void> {
  const previous = compartment.sensor_occupied;
  await updateCompartment(trx, compartment.id, at, { sensor_occupied: occupied ? 1 : 0 });
  // Chain of custody: outside a loading, pickup or collecting every change is recorded and alerted.
  await checkOccupancyCustody(trx, ctx, compartment, document, previous, occupied, at, 'occupancy_changed');
}

async function onCompartmentFault(
  trx: Trx,
  ctx: Ctx,
  compartment: CompartmentRow,
  document: DocumentRow | undefined,
  fault: string,
  at: string,
): Promise<void> {
  await compartmentAudit(trx, at, compartment, 'compartment.fault', {
    fault,
    documentId: document?.id ?? null,
  });
  if (fault === 'door_left_open') {
    // The agent's own door-open timer: the same single alert per opening as the hub's timer raises.
    const claimed = await trx
      .updateTable('compartments')
      .set({ door_open_alerted_at: at })
      .where('id', '=', compartment.id)
      .where('door_open_alerted_at', 'is', null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) return;
    await raiseAlert(trx, ctx, at, {
      kind: 'door_left_open',
      boxId: compartment.box_id,
      documentId: document?.id ?? null,
      data: { number: compartment.number, openedAt: compartment.door_opened_at, reportedBy: 'box' },
    });
    return;
  }
  if (document && isInDoorFlow(document) && compartment.door !== 'open') {
    await reportDoorFault(trx, ctx, document, at, { number: compartment.number, fault });
    return;
  }
  await raiseAlert(trx, ctx, at, {
    kind: 'door_fault',
    boxId: compartment.box_id,
    documentId: document?.id ?? null,
    data: { number: compartment.number, fault },
  });
}
