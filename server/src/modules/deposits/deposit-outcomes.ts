/**
 * What the box reports about a deposit compartment means for the deposit, the pickup session and the new document:
 * the door closed with something inside → the agent's reader reads it; the reader's positive result (holder AND the
 * registered number) → the session becomes `ready` and only then may the new document's door open. Every refusal
 * (empty, another document, unreadable, reader fault, door left open / not opening) leaves the new document
 * `notified` in its compartment; another document costs a guess of the shared budget; where something is now
 * locked in the deposit compartment, staff are called. Runs in the transaction that stored the event or the ack.
 */
import type { BoxEvent, CommandResult, DepositRefusal } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import type { Trx } from '../../db/database.ts';
import type { BoxCommandsTable } from '../../db/schema.ts';
import { addMs } from '../../platform/clock.ts';
import { boxPrincipal, systemPrincipal } from '../../platform/principal.ts';
import { raiseAlert } from '../alerts/raise-alert.ts';
import { recordAudit, type Actor } from '../audit/audit-service.ts';
import { updateCompartment, type CompartmentRow } from '../boxes/boxes-repository.ts';
import { claimRemoteOpen } from '../boxes/remote-open-compartment.ts';
import { countFailedCheck } from '../codes/guess-budget.ts';
import { hashesEqual, oldDocumentNumberHash } from '../codes/pickup-codes.ts';
import { moveSessionStatus } from '../kiosk/pickup-sessions-repository.ts';
import {
  depositOccupying,
  findDepositByCommand,
  moveDeposit,
  type DepositRow,
} from './deposits-repository.ts';

type Ctx = Pick<AppContext, 'ids' | 'config' | 'log'>;

/** The number as the audit log and the staff lists show it: only the last three characters. */
export function maskDocumentNumber(value: string): string {
  return value.length <= 3 ? '***' : `${'*'.repeat(Math.min(value.length - 3, 9))}${value.slice(-3)}`;
}

function depositAudit(
  trx: Trx,
  at: string,
  deposit: DepositRow,
  action: string,
  data: object,
  actor?: Actor,
) {
  return recordAudit(trx, at, {
    actor: actor ?? boxPrincipal(deposit.box_id).actor,
    action,
    entityType: 'old_document_deposit',
    entityId: deposit.id,
    data: {
      documentId: deposit.document_id,
      pickupId: deposit.pickup_session_id,
      boxId: deposit.box_id,
      compartment: deposit.compartment_number,
      ...data,
    },
  });
}

/** Staff must come: something is locked in the deposit compartment, or its door is open with nobody to close it. */
function callStaff(trx: Trx, ctx: Ctx, at: string, deposit: DepositRow, reason: string) {
  return raiseAlert(trx, ctx, at, {
    kind: 'call_staff',
    boxId: deposit.box_id,
    documentId: deposit.document_id,
    data: {
      reason,
      depositId: deposit.id,
      pickupId: deposit.pickup_session_id,
      compartment: deposit.compartment_number,
    },
  });
}

/** Refuses a deposit. `kept`: the compartment holds something now, so it stays blocked until staff take it out. */
async function refuse(
  trx: Trx,
  ctx: Ctx,
  at: string,
  deposit: DepositRow,
  refusal: DepositRefusal,
  options: { kept: boolean | 'unknown'; staffReason?: string; data?: object; actor?: Actor },
): Promise<boolean> {
  const kept = options.kept !== false;
  const moved = await moveDeposit(trx, deposit.id, [deposit.status], {
    status: kept ? 'held' : 'refused',
    refusal,
    updated_at: at,
    ...(kept ? {} : { occupying_compartment_id: null }),
  });
  if (!moved) return false;
  await depositAudit(
    trx,
    at,
    deposit,
    'old_document_deposit.refused',
    { refusal, keptInBox: kept, ...options.data },
    options.actor,
  );
  if (options.staffReason) await callStaff(trx, ctx, at, deposit, options.staffReason);
  return true;
}

/** A door event of a deposit compartment (handle-box-event.ts sends them here). */
export async function handleDepositCompartmentEvent(
  trx: Trx,
  ctx: Ctx,
  compartment: CompartmentRow,
  event: BoxEvent,
  at: string,
): Promise<void> {
  const deposit = await depositOccupying(trx, compartment.id);
  const box = boxPrincipal(compartment.box_id).actor;
  const audit = (action: string, data: object) =>
    recordAudit(trx, at, {
      actor: box,
      action,
      entityType: 'compartment',
      entityId: compartment.id,
      data: { boxId: compartment.box_id, number: compartment.number, deposit: true, ...data },
    });
  switch (event.type) {
    case 'door_opened': {
      await updateCompartment(trx, compartment.id, at, {
        door: 'open',
        door_opened_at: compartment.door === 'open' ? (compartment.door_opened_at ?? at) : at,
        door_open_alerted_at: compartment.door === 'open' ? compartment.door_open_alerted_at : null,
      });
      await audit('compartment.door_opened', { depositId: deposit?.id ?? null, eventAt: event.at });
      if (deposit?.status === 'awaiting_deposit') {
        await markCommandOpened(trx, deposit.unlock_command_id, at);
        await trx
          .updateTable('old_document_deposits')
          .set({ door_opened_at: at, updated_at: at })
          .where('id', '=', deposit.id)
          .execute();
        return;
      }
      if (deposit?.collect_requested_at) return; // a loader is taking the old documents out
      if (await claimRemoteOpen(trx, ctx, compartment.box_id, compartment.number, at)) return;
      await raiseAlert(trx, ctx, at, {
        kind: 'compartment_tamper',
        boxId: compartment.box_id,
        data: { number: compartment.number, reason: 'door_opened_without_unlock', deposit: true },
      });
      return;
    }
    case 'door_closed': {
      const occupied = event.occupied;
      await updateCompartment(trx, compartment.id, at, {
        door: 'closed',
        sensor_occupied: occupied === null ? null : occupied ? 1 : 0,
        door_opened_at: null,
        door_open_alerted_at: null,
      });
      await audit('compartment.door_closed', { occupied, depositId: deposit?.id ?? null, eventAt: event.at });
      if (!deposit) return;
      if (deposit.collect_requested_at) return onCollectionClosed(trx, ctx, compartment, occupied, at);
      if (deposit.status === 'awaiting_deposit') return onDepositClosed(trx, ctx, deposit, occupied, at);
      if (deposit.status === 'timed_out' && deposit.occupying_compartment_id) {
        // The time ran out with the door open; now it is shut: is something inside nobody checked?
        if (occupied === false) {
          await moveDeposit(trx, deposit.id, ['timed_out'], {
            status: 'refused',
            occupying_compartment_id: null,
            updated_at: at,
          });
          return;
        }
        await moveDeposit(trx, deposit.id, ['timed_out'], { status: 'held', updated_at: at });
        await depositAudit(trx, at, deposit, 'old_document_deposit.held_after_timeout', { occupied });
        await callStaff(trx, ctx, at, deposit, 'old_document_deposit_unchecked');
      }
      return;
    }
    case 'occupancy_changed': {
      const previous = compartment.sensor_occupied;
      await updateCompartment(trx, compartment.id, at, { sensor_occupied: event.occupied ? 1 : 0 });
      if (compartment.door === 'open') return;
      if (previous !== null && previous === (event.occupied ? 1 : 0)) return;
      await raiseAlert(trx, ctx, at, {
        kind: 'compartment_tamper',
        boxId: compartment.box_id,
        data: { number: compartment.number, reason: 'occupancy_changed_while_closed', deposit: true },
      });
      return;
    }
    case 'fault': {
      await audit('compartment.fault', { fault: event.fault, depositId: deposit?.id ?? null });
      if (event.fault === 'door_left_open') {
        const claimed = await trx
          .updateTable('compartments')
          .set({ door_open_alerted_at: at })
          .where('id', '=', compartment.id)
          .where('door_open_alerted_at', 'is', null)
          .executeTakeFirst();
        if (Number(claimed.numUpdatedRows) === 1) {
          await raiseAlert(trx, ctx, at, {
            kind: 'door_left_open',
            boxId: compartment.box_id,
            data: { number: compartment.number, openedAt: compartment.door_opened_at, reportedBy: 'box' },
          });
        }
        return;
      }
      if (deposit?.status === 'awaiting_deposit' && compartment.door !== 'open') {
        await refuse(trx, ctx, at, deposit, 'door_fault', { kept: false, data: { fault: event.fault } });
      }
      await raiseAlert(trx, ctx, at, {
        kind: 'door_fault',
        boxId: compartment.box_id,
        data: { number: compartment.number, fault: event.fault, deposit: true },
      });
      return;
    }
  }
}

async function markCommandOpened(trx: Trx, commandId: string | null, at: string): Promise<void> {
  if (!commandId) return;
  await trx
    .updateTable('box_commands')
    .set({ door_opened_at: at })
    .where('id', '=', commandId)
    .where('door_opened_at', 'is', null)
    .execute();
}

/** The citizen shut the deposit door: empty → refused; something inside → the reader reads it. */
async function onDepositClosed(
  trx: Trx,
  ctx: Ctx,
  deposit: DepositRow,
  occupied: boolean | null,
  at: string,
): Promise<void> {
  if (occupied === false) {
    await refuse(trx, ctx, at, deposit, 'empty', { kept: false });
    return;
  }
  if (occupied === null) {
    // Without a sensor nobody knows whether the old document is inside: staff look.
    await refuse(trx, ctx, at, deposit, 'no_sensor', {
      kept: 'unknown',
      staffReason: 'old_document_deposit_unchecked',
    });
    return;
  }
  const document = await trx
    .selectFrom('documents')
    .select(['id', 'holder_name'])
    .where('id', '=', deposit.document_id)
    .executeTakeFirst();
  const commandId = ctx.ids.newId();
  await trx
    .insertInto('box_commands')
    .values({
      id: commandId,
      box_id: deposit.box_id,
      type: 'read_old_document',
      payload: JSON.stringify({
        compartment: deposit.compartment_number,
        expectedHolder: document?.holder_name ?? '-',
      }),
      document_id: deposit.document_id,
      status: 'pending',
      result: null,
      created_at: at,
      sent_at: null,
      completed_at: null,
    })
    .execute();
  const moved = await moveDeposit(trx, deposit.id, ['awaiting_deposit'], {
    status: 'reading',
    read_command_id: commandId,
    door_closed_at: at,
    updated_at: at,
  });
  if (moved) await depositAudit(trx, at, deposit, 'old_document_deposit.closed_occupied', {});
}

/** The agent's answer to `read_old_document` (or a failed deposit unlock): handle-command-result.ts sends it here. */
export async function handleDepositCommandResult(
  trx: Trx,
  ctx: Ctx,
  command: Pick<BoxCommandsTable, 'id' | 'type'>,
  ack: CommandResult,
  at: string,
): Promise<void> {
  const deposit = await findDepositByCommand(trx, command.id);
  if (!deposit) return;
  if (command.type === 'unlock') {
    if (!ack.ok && deposit.status === 'awaiting_deposit' && deposit.unlock_command_id === command.id) {
      await refuse(trx, ctx, at, deposit, 'door_fault', { kept: false, data: { fault: ack.fault ?? null } });
    }
    return;
  }
  if (command.type !== 'read_old_document' || deposit.status !== 'reading') return;
  if (deposit.read_command_id !== command.id) return;
  if (!ack.ok || !ack.oldDocument) {
    const fault = ack.fault ?? 'reader_fault';
    // Nothing readable although the sensor saw something: another object, or a damaged document.
    const refusal: DepositRefusal =
      fault === 'unreadable' || fault === 'no_document' ? 'unreadable' : 'reader_fault';
    await refuse(trx, ctx, at, deposit, refusal, {
      kept: true,
      staffReason: refusal === 'unreadable' ? 'old_document_unreadable' : 'old_document_reader_fault',
      data: { fault },
    });
    return;
  }
  await decide(trx, ctx, deposit, ack.oldDocument, at);
}

/** The reader's result decides: holder AND (where registered) the number must match. */
async function decide(
  trx: Trx,
  ctx: Ctx,
  deposit: DepositRow,
  reading: { documentNumber: string; holderMatches: boolean },
  at: string,
): Promise<void> {
  const document = await trx
    .selectFrom('documents')
    .select(['id', 'state', 'code_locked', 'old_document_number_hash'])
    .where('id', '=', deposit.document_id)
    .executeTakeFirst();
  const key = ctx.config.secrets.codeKey;
  const numberHash = oldDocumentNumberHash(key, deposit.document_id, reading.documentNumber);
  const numberMatches = document?.old_document_number_hash
    ? hashesEqual(document.old_document_number_hash, numberHash)
    : null;
  const passed = reading.holderMatches && numberMatches !== false;
  const facts = {
    number_masked: maskDocumentNumber(reading.documentNumber),
    number_hash: numberHash,
    holder_matches: reading.holderMatches ? (1 as const) : (0 as const),
    number_matches: numberMatches === null ? null : numberMatches ? (1 as const) : (0 as const),
  };
  const auditFacts = {
    oldDocumentNumber: facts.number_masked,
    holderMatches: reading.holderMatches,
    numberMatches,
  };
  const box = boxPrincipal(deposit.box_id).actor;
  const sessionId = deposit.pickup_session_id;

  if (!passed) {
    const moved = await moveDeposit(trx, deposit.id, ['reading'], {
      status: 'held',
      refusal: 'mismatch',
      ...facts,
      updated_at: at,
    });
    if (!moved) return;
    await depositAudit(trx, at, deposit, 'old_document_deposit.refused', {
      refusal: 'mismatch',
      keptInBox: true,
      ...auditFacts,
    });
    // A wrong old document is a wrong answer: it costs a guess of the document's shared budget.
    const counted = await countFailedCheck(trx, ctx.config.pickup, at, box, deposit.document_id);
    if (counted?.locked && sessionId) {
      await moveSessionStatus(trx, {
        id: sessionId,
        from: ['awaiting_check'],
        to: 'failed',
        nowIso: at,
        ignoreExpiry: true,
      });
    }
    if (sessionId) {
      await recordAudit(trx, at, {
        actor: box,
        action: 'pickup.check_failed',
        entityType: 'pickup_session',
        entityId: sessionId,
        data: {
          documentId: deposit.document_id,
          answeredWith: 'old_document_deposit',
          depositId: deposit.id,
          ...auditFacts,
          checkFailedAttempts: counted?.checkFailedAttempts ?? null,
          locked: counted?.locked ?? false,
        },
      });
    }
    // The wrong document is locked in the deposit compartment now: staff must take it out and give it back.
    await callStaff(trx, ctx, at, deposit, 'old_document_mismatch');
    return;
  }

  const moved = await moveDeposit(trx, deposit.id, ['reading'], {
    status: 'deposited',
    deposited_at: at,
    ...facts,
    updated_at: at,
  });
  if (!moved) return;
  await depositAudit(trx, at, deposit, 'old_document_deposit.accepted', auditFacts);
  // Touch the document only while it waits with its code unlocked, so a lock or a withdrawal wins.
  const stillOpen = await trx
    .updateTable('documents')
    .set({
      updated_at: at,
      pickup_checks_passed: JSON.stringify(['code', 'old_document', 'old_document_deposit']),
    })
    .where('id', '=', deposit.document_id)
    .where('state', '=', 'notified')
    .where('code_locked', '=', 0)
    .executeTakeFirst();
  const ready =
    Number(stillOpen.numUpdatedRows) === 1 && sessionId
      ? await moveSessionStatus(trx, {
          id: sessionId,
          from: ['awaiting_check'],
          to: 'ready',
          nowIso: at,
          ignoreExpiry: true,
          newExpiresAt: addMs(at, ctx.config.pickup.sessionTtlSeconds * 1000),
        })
      : false;
  if (!ready) {
    // The old document is in the box but this pickup cannot go on (cancelled, locked, withdrawn): staff help.
    await callStaff(trx, ctx, at, deposit, 'old_document_deposited_without_pickup');
    return;
  }
  await recordAudit(trx, at, {
    actor: box,
    action: 'pickup.check_passed',
    entityType: 'pickup_session',
    entityId: sessionId!,
    data: {
      documentId: deposit.document_id,
      answeredWith: 'old_document_deposit',
      depositId: deposit.id,
      ...auditFacts,
    },
  });
}

/** A loader shut the deposit door after taking the old documents out: empty → they are collected. */
async function onCollectionClosed(
  trx: Trx,
  ctx: Ctx,
  compartment: CompartmentRow,
  occupied: boolean | null,
  at: string,
): Promise<void> {
  const rows = await trx
    .selectFrom('old_document_deposits')
    .selectAll()
    .where('compartment_id', '=', compartment.id)
    .where('collect_requested_at', 'is not', null)
    .where('status', 'in', ['deposited', 'held'])
    .execute();
  for (const deposit of rows) {
    const actor: Actor = deposit.collect_requested_by
      ? { type: 'staff', id: deposit.collect_requested_by }
      : systemPrincipal.actor;
    if (occupied !== false) {
      // Still something inside (or no sensor): not collected; the loader may try again.
      await trx
        .updateTable('old_document_deposits')
        .set({ collect_requested_at: null, collect_requested_by: null, updated_at: at })
        .where('id', '=', deposit.id)
        .execute();
      await depositAudit(trx, at, deposit, 'old_document_deposit.collect_incomplete', { occupied }, actor);
      continue;
    }
    await moveDeposit(trx, deposit.id, ['deposited', 'held'], {
      status: 'collected',
      occupying_compartment_id: null,
      collected_at: at,
      collected_by: deposit.collect_requested_by,
      updated_at: at,
    });
    await depositAudit(trx, at, deposit, 'old_document_deposit.collected', { was: deposit.status }, actor);
  }
  void ctx;
}

/**
 * Deposits whose time ran out (the link's timer runs this every second): the door never closed, or the read never
 * came back. An open door or a document inside calls staff. Returns the ids of the deposits timed out.
 */
export async function checkDepositTimeouts(ctx: AppContext, now: string): Promise<string[]> {
  const overdue = await ctx.db
    .selectFrom('old_document_deposits')
    .selectAll()
    .where('status', 'in', ['awaiting_deposit', 'reading'])
    .where('deadline_at', '<=', now)
    .execute();
  const timedOut: string[] = [];
  for (const deposit of overdue) {
    const done = await ctx.db.transaction().execute(async (trx) => {
      const compartment = await trx
        .selectFrom('compartments')
        .select(['door', 'sensor_occupied'])
        .where('id', '=', deposit.compartment_id)
        .executeTakeFirst();
      if (deposit.status === 'reading') {
        // The door is shut with something inside, and the reader never answered.
        return refuse(trx, ctx, now, deposit, 'reader_fault', {
          kept: true,
          staffReason: 'old_document_reader_fault',
          data: { reason: 'read_timeout' },
          actor: systemPrincipal.actor,
        });
      }
      const doorOpen = compartment?.door === 'open';
      if (!doorOpen && Number(compartment?.sensor_occupied) === 1) {
        // Shut with something inside, but the close never reached the hub (power or network lost): staff check.
        return refuse(trx, ctx, now, deposit, 'timed_out', {
          kept: true,
          staffReason: 'old_document_deposit_unchecked',
          data: { reason: 'close_not_reported' },
          actor: systemPrincipal.actor,
        });
      }
      const moved = await moveDeposit(trx, deposit.id, ['awaiting_deposit'], {
        status: 'timed_out',
        refusal: 'timed_out',
        updated_at: now,
        // An open door may still get the document: the deposit keeps the compartment until it is shut.
        ...(doorOpen ? {} : { occupying_compartment_id: null }),
      });
      if (!moved) return false;
      await depositAudit(
        trx,
        now,
        deposit,
        'old_document_deposit.refused',
        { refusal: 'timed_out', doorOpen, keptInBox: false },
        systemPrincipal.actor,
      );
      if (doorOpen) await callStaff(trx, ctx, now, deposit, 'old_document_deposit_door_open');
      return true;
    });
    if (done) timedOut.push(deposit.id);
  }
  return timedOut;
}
