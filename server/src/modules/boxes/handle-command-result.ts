/**
 * What an agent's acknowledgement means: the command is done or failed (once; a repeated ack changes nothing).
 * A failed unlock is a door fault for the document waiting for that door. A status read updates the compartments
 * and catches a close the hub never heard of (power lost mid-pickup): such a pickup goes to staff, never to
 * "picked up".
 */
import type { CommandResult, CompartmentStatus } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import type { Trx } from '../../db/database.ts';
import { raiseAlert } from '../alerts/raise-alert.ts';
import { findDocumentById } from '../documents/documents-repository.ts';
import {
  completeCommand,
  findBoxCommand,
  findCompartmentById,
  findCompartmentByNumber,
  markUnlockDoorOpened,
  updateCompartment,
} from './boxes-repository.ts';
import { flagForReconcile, isInDoorFlow, reportDoorFault } from './door-flow-outcomes.ts';
import { handleDepositCommandResult } from '../deposits/deposit-outcomes.ts';
import { compartmentEmptyFault, refuseEmptyCompartment } from '../custody/refuse-empty-compartment.ts';

type Ctx = Pick<AppContext, 'ids' | 'config' | 'log'>;

export async function handleCommandResult(
  trx: Trx,
  ctx: Ctx,
  boxId: string,
  ack: CommandResult,
  at: string,
): Promise<void> {
  const command = await findBoxCommand(trx, boxId, ack.commandId);
  if (!command) {
    ctx.log.warn({ boxId, commandId: ack.commandId }, 'ack for an unknown command ignored');
    return;
  }
  const result = { ok: ack.ok, ...(ack.fault ? { fault: ack.fault } : {}) };
  const first = await completeCommand(trx, command.id, ack.ok ? 'done' : 'failed', result, at);
  if (!first) return;

  if (ack.statuses) await applyStatuses(trx, ctx, boxId, ack.statuses, at);
  // The old-document deposit: the reader's answer, or a deposit compartment that did not unlock.
  if (command.type === 'read_old_document' || (command.type === 'unlock' && !command.document_id)) {
    await handleDepositCommandResult(trx, ctx, command, ack, at);
  }

  if (command.type === 'unlock' && !ack.ok) {
    const compartmentNumber = (JSON.parse(command.payload) as { compartment?: number }).compartment;
    const document = command.document_id ? await findDocumentById(trx, command.document_id) : undefined;
    const compartment =
      document?.compartment_id !== undefined && document.compartment_id !== null
        ? await findCompartmentById(trx, document.compartment_id)
        : undefined;
    const data = {
      number: compartmentNumber ?? null,
      fault: ack.fault ?? 'unlock_failed',
      commandId: command.id,
    };
    const inThisFlow = document && isInDoorFlow(document) && compartment?.number === compartmentNumber;
    if (inThisFlow && ack.fault === compartmentEmptyFault && document.state === 'pickup_in_progress') {
      // The agent's fresh reading before the pulse: empty. Nothing opened; the citizen's code is given back.
      await refuseEmptyCompartment(trx, ctx, document, at, {
        via: 'box',
        compartmentNumber: compartmentNumber!,
        commandId: command.id,
        heldCodeHash: command.held_code_hash,
      });
    } else if (inThisFlow) {
      await reportDoorFault(trx, ctx, document, at, data);
    } else {
      await raiseAlert(trx, ctx, at, { kind: 'door_fault', boxId, documentId: document?.id ?? null, data });
    }
  }
}

/** Takes the box's own reading of doors and sensors (the agent is the source of truth for them). */
async function applyStatuses(
  trx: Trx,
  ctx: Ctx,
  boxId: string,
  statuses: readonly CompartmentStatus[],
  at: string,
): Promise<void> {
  for (const status of statuses) {
    const compartment = await findCompartmentByNumber(trx, boxId, status.compartment);
    if (!compartment) continue;
    const document = compartment.document_id
      ? await findDocumentById(trx, compartment.document_id)
      : undefined;
    const sensor = status.occupied === null ? null : status.occupied ? 1 : 0;
    const opened = status.door === 'open' && compartment.door !== 'open';
    const closedUnheard = status.door === 'closed' && compartment.door === 'open';
    await updateCompartment(trx, compartment.id, at, {
      door: status.door,
      sensor_occupied: sensor,
      ...(opened ? { door_opened_at: at, door_open_alerted_at: null } : {}),
      ...(status.door === 'closed' ? { door_opened_at: null, door_open_alerted_at: null } : {}),
    });
    if (!document || !isInDoorFlow(document)) continue;
    if (opened) await markUnlockDoorOpened(trx, document.id, at);
    if (closedUnheard) {
      // The door closed while the hub was not told (the box lost power or its journal): the outcome is unknown.
      await flagForReconcile(trx, ctx, document, at, {
        number: compartment.number,
        occupied: status.occupied,
        reason: 'close_not_reported',
      });
    }
  }
}
