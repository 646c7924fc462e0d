/**
 * The last kiosk step: with every check passed, the document moves to `pickup_in_progress`, its code is used up
 * (it works once) and the unlock command for its compartment is queued, all in one transaction. Of many
 * concurrent requests for one session exactly one gets there; the box opens the door once.
 *
 * Chain of custody: a compartment the box last read as empty is not opened (409 `compartment_empty`, the code stays
 * valid, staff are alerted, the document goes to reconcile); the unlock asks the agent to read the sensor again
 * right before the pulse (`requireOccupied`), and its refusal is handled in `handle-command-result.ts`.
 */
import type { OpenedCompartment } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import { conflict, forbidden } from '../../platform/errors.ts';
import { terminalPrincipal } from '../../platform/principal.ts';
import { isBoxOpenAt } from '../calendar/box-open.ts';
import { enqueueBoxCommand } from '../boxes/enqueue-box-command.ts';
import { transitionDocument } from '../documents/transition-document.ts';
import { findDocumentById } from '../documents/documents-repository.ts';
import { refuseEmptyCompartment } from '../custody/refuse-empty-compartment.ts';
import { compartmentPlaceInBox, locationText } from '../boxes/box-layouts.ts';
import { assertOldDocumentDeposited } from '../deposits/deposit-guard.ts';
import { moveSessionStatus } from './pickup-sessions-repository.ts';
import { pinLetterOutstanding } from './pickup-status.ts';
import {
  assertSessionActive,
  loadReadyPickup,
  loadSessionOfTerminal,
  type KioskTerminal,
} from './terminal-session.ts';

/** The checks this pickup passed: the code, the check of the session's policy and the PIN letter where asked. */
function checksPassed(
  session: { check_required: string },
  document: { pickup_checks_passed: string | null; pin_letter_required: number | null },
): string[] {
  let passed: string[] = ['code'];
  if (session.check_required === 'staff_confirmation') passed.push('staff_confirmation');
  else if (session.check_required !== 'none' && document.pickup_checks_passed) {
    try {
      const stored: unknown = JSON.parse(document.pickup_checks_passed);
      if (Array.isArray(stored)) passed = stored.filter((c): c is string => typeof c === 'string');
    } catch {
      // Unreadable: the code alone is certain.
    }
  }
  if (Number(document.pin_letter_required) === 1) passed.push('pin_letter');
  return [...new Set(passed)];
}

export async function openCompartmentForPickup(
  ctx: AppContext,
  terminal: KioskTerminal,
  sessionId: string,
): Promise<OpenedCompartment> {
  const at = ctx.clock.now().toISOString();
  const { session, document } = await loadReadyPickup(ctx.db, terminal, sessionId, at);
  if (!document.box_id || document.box_id !== terminal.boxId) throw forbidden('terminal_without_box');
  if (!document.compartment_id || document.compartment_number === null)
    throw conflict('compartment_not_found');
  // An ID card goes out only right after the holder confirmed the PIN letter (PAuswV § 17).
  if (pinLetterOutstanding(session, document)) throw conflict('pin_letter_required');
  // Where the box takes the old document in, only a deposit the reader accepted lets the door open.
  await assertOldDocumentDeposited(ctx.db, session, document);
  const boxId = document.box_id;
  const compartmentNumber = Number(document.compartment_number);

  // One read of the box serves the service flag, the link, the calendar check and the layout's reach band.
  const box = await ctx.db
    .selectFrom('boxes')
    .select(['in_service', 'link_connected', 'reach_min_cm', 'reach_max_cm'])
    .where('id', '=', boxId)
    .executeTakeFirst();
  if (!box || Number(box.in_service) !== 1) throw conflict('box_out_of_service');
  // Refuse before the code is used up: a box that cannot hear the unlock would leave the citizen standing there.
  if (Number(box.link_connected) !== 1) throw conflict('box_offline');
  if (!(await isBoxOpenAt(ctx.db, boxId, at, { in_service: Number(box.in_service) })))
    throw conflict('box_closed');

  const place = await compartmentPlaceInBox(ctx.db, boxId, compartmentNumber, {
    reach_min_cm: Number(box.reach_min_cm),
    reach_max_cm: Number(box.reach_max_cm),
  });
  const principal = terminalPrincipal(terminal.id);
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    // Chain of custody, the fast path: the box's last reading says the compartment is empty. Nothing opens, the
    // code is not used up, the document goes to staff (the agent reads again right before the pulse).
    const reading = await trx
      .selectFrom('compartments')
      .select('sensor_occupied')
      .where('id', '=', document.compartment_id!)
      .executeTakeFirst();
    const knownEmpty = reading?.sensor_occupied !== null && Number(reading?.sensor_occupied) === 0;
    const claimed = await moveSessionStatus(trx, {
      id: session.id,
      from: ['ready'],
      to: knownEmpty ? 'failed' : 'opened',
      nowIso: at,
    });
    if (!claimed) {
      const now = await loadSessionOfTerminal(trx, terminal, session.id);
      assertSessionActive(now, at);
      throw conflict('pickup_in_progress');
    }
    if (knownEmpty) {
      const row = await findDocumentById(trx, document.id);
      if (!row || row.state !== 'notified') throw conflict('pickup_in_progress');
      await refuseEmptyCompartment(trx, ctx, row, at, { via: 'hub', compartmentNumber });
      return 'refused' as const;
    }
    const current = await findDocumentById(trx, document.id);
    await transitionDocument(trx, {
      documentId: document.id,
      transition: 'start_pickup',
      principal,
      at,
      // The code is used up: it works once. The issue record keeps which checks let the document out.
      changes: { code_hash: null, pickup_checks_passed: JSON.stringify(checksPassed(session, document)) },
      auditData: { pickupId: session.id, terminalId: terminal.id, compartment: compartmentNumber },
    });
    await enqueueBoxCommand(trx, ctx, at, {
      boxId,
      type: 'unlock',
      compartment: compartmentNumber,
      documentId: document.id,
      // The policy copied onto the document: an evidence image is taken as the door opens.
      ...(Number(document.evidence_image_required) === 1 ? { captureEvidence: true } : {}),
      // The real guarantee: the agent reads the sensor right before the pulse and refuses an empty compartment;
      // the code hash is held with the command so that refusal gives it back.
      requireOccupied: true,
      heldCodeHash: current?.code_hash ?? null,
    });
    return 'opened' as const;
  });
  if (outcome === 'refused') throw conflict('compartment_empty');
  ctx.onBoxCommandsQueued(boxId);
  return {
    pickupId: session.id,
    compartmentNumber,
    ...place,
    wheelchairReachable: Number(document.compartment_wheelchair_reachable) === 1,
    location: locationText(compartmentNumber, place),
  };
}
