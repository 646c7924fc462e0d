/**
 * A citizen at the kiosk enters phone number and code. A right code for a waiting document in this terminal's box
 * starts one pickup session; anything else, a right code of a locked document included, is the same "wrong" answer
 * (never telling whether documents exist or a guessed code was right), costs a guess of every waiting document of
 * that number and counts against the terminal's throttle.
 */
import type { PickupCheck, StartedPickup } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import type { Trx } from '../../db/database.ts';
import { badRequest, conflict, forbidden, unauthorized } from '../../platform/errors.ts';
import { addMs } from '../../platform/clock.ts';
import { terminalPrincipal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { raiseAlert } from '../alerts/raise-alert.ts';
import { countWrongCodeForPhone } from '../codes/guess-budget.ts';
import { codeDigits, hashesEqual, phoneHash, pickupCodeHash } from '../codes/pickup-codes.ts';
import { maskPhone } from '../documents/document-presenter.ts';
import { evidenceImageNotice } from '../evidence/evidence-image-notice.ts';
import { normalizeMobileNumber } from '../sms/phone-numbers.ts';
import {
  findDocumentForCode,
  findLiveSessionForDocument,
  findPickupDocument,
  insertPickupSession,
  type PickupSessionStatus,
} from './pickup-sessions-repository.ts';
import {
  assertTerminalNotThrottled,
  recordTerminalFailure,
  reserveTerminalAttempt,
} from './terminal-throttle.ts';
import type { KioskTerminal } from './terminal-session.ts';

export interface StartPickupInput {
  phone: string;
  code: string;
}

const statusForCheck: Record<PickupCheck, PickupSessionStatus> = {
  none: 'ready',
  date_of_birth: 'awaiting_check',
  old_document_scan: 'awaiting_check',
  old_document_or_date_of_birth: 'awaiting_check',
  staff_confirmation: 'awaiting_staff',
};

/** Digits only; people type "123 456". */
export function parsePickupCode(raw: string): string {
  const code = raw.replace(/[\s-]/g, '');
  if (!new RegExp(`^\\d{${codeDigits}}$`).test(code)) throw badRequest('code_format_invalid');
  return code;
}

/** Counts a wrong code inside the evaluating transaction: a guess off every waiting document of the number. */
async function recordWrongCode(
  trx: Trx,
  ctx: AppContext,
  terminal: KioskTerminal,
  phoneE164: string,
  at: string,
) {
  const actor = terminalPrincipal(terminal.id).actor;
  const counted = await countWrongCodeForPhone(
    trx,
    ctx.config.pickup,
    at,
    actor,
    phoneHash(ctx.config.secrets.codeKey, phoneE164),
  );
  const throttle = await recordTerminalFailure(trx, ctx, terminal, at);
  await recordAudit(trx, at, {
    actor,
    action: 'pickup.code_wrong',
    entityType: 'terminal',
    entityId: terminal.id,
    data: {
      phone: maskPhone(phoneE164),
      documentsCounted: counted.length,
      documentsLocked: counted.filter((c) => c.lockedNow).map((c) => c.documentId),
      terminalFailures: throttle.failures,
      blockedUntil: throttle.blockedUntil,
    },
  });
}

export async function startPickup(
  ctx: AppContext,
  terminal: KioskTerminal,
  input: StartPickupInput,
): Promise<StartedPickup> {
  if (!terminal.boxId) throw forbidden('terminal_without_box');
  const boxId = terminal.boxId;
  const at = ctx.clock.now().toISOString();
  await assertTerminalNotThrottled(ctx.db, terminal.id, at);
  const phoneE164 = normalizeMobileNumber(input.phone);
  const code = parsePickupCode(input.code);
  const actor = terminalPrincipal(terminal.id).actor;

  const hash = pickupCodeHash(ctx.config.secrets.codeKey, phoneE164, code);
  const pickupId = ctx.ids.newId();
  const expiresAt = addMs(at, ctx.config.pickup.sessionTtlSeconds * 1000);
  // One transaction: the code is evaluated under the terminal's throttle row (so parallel guesses cannot all pass
  // before the block lands) and a right code claims its document right there. A refusal after a right code
  // (another session running, a lost claim) rolls back with it; nothing was written but the throttle row.
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    await reserveTerminalAttempt(trx, terminal.id, at);
    const candidate = await findDocumentForCode(trx, hash);
    const matches =
      candidate !== undefined &&
      hashesEqual(candidate.code_hash, hash) &&
      candidate.state === 'notified' &&
      candidate.box_id === boxId;
    if (!matches || Number(candidate.code_locked) === 1) {
      if (matches) {
        // A right code on a locked document answers exactly like a wrong one (and costs like one), so the lock
        // never confirms a guessed code.
        await recordAudit(trx, at, {
          actor,
          action: 'pickup.refused_code_locked',
          entityType: 'document',
          entityId: candidate.id,
          data: { terminalId: terminal.id },
        });
      }
      await recordWrongCode(trx, ctx, terminal, phoneE164, at);
      return undefined;
    }
    const found = candidate;
    const check = found.pickup_check as PickupCheck;
    const status = statusForCheck[check] ?? 'awaiting_staff';
    if (await findLiveSessionForDocument(trx, found.id, at)) throw conflict('pickup_in_progress');
    // The claim: of concurrent starts with the same code, only the one whose version bump lands may go on.
    const claim = await trx
      .updateTable('documents')
      .set({ version: Number(found.version) + 1, updated_at: at })
      .where('id', '=', found.id)
      .where('version', '=', found.version)
      .where('state', '=', 'notified')
      .where('code_hash', '=', hash)
      .where('code_locked', '=', 0)
      .executeTakeFirst();
    if (Number(claim.numUpdatedRows) !== 1) throw conflict('pickup_in_progress');
    await insertPickupSession(trx, {
      id: pickupId,
      document_id: found.id,
      terminal_id: terminal.id,
      status,
      check_required: check,
      expires_at: expiresAt,
      created_at: at,
    });
    if (status === 'awaiting_staff') {
      await raiseAlert(
        trx,
        ctx,
        at,
        {
          kind: 'call_staff',
          boxId,
          documentId: found.id,
          terminalId: terminal.id,
          data: { reason: 'pickup_confirmation', pickupId, documentType: found.type_name },
        },
        actor,
      );
    }
    await recordAudit(trx, at, {
      actor,
      action: 'pickup.started',
      entityType: 'pickup_session',
      entityId: pickupId,
      data: { documentId: found.id, terminalId: terminal.id, check, status, phone: maskPhone(phoneE164) },
    });
    const started =
      status === 'ready' && Number(found.pin_letter_required) !== 1
        ? await findPickupDocument(trx, found.id)
        : undefined;
    return { found, check, status, started };
  });
  if (!outcome) throw unauthorized('code_wrong');
  const { found, check, status, started } = outcome;

  const compartmentNumber = started?.compartment_number;
  return {
    pickupId,
    status,
    check,
    documentType: found.type_name,
    // Confirmed in an earlier session does not count: the confirmation belongs right before this handover.
    ...(Number(found.pin_letter_required) === 1 ? { pinLetterRequired: true } : {}),
    ...evidenceImageNotice(ctx, found),
    ...(compartmentNumber !== null && compartmentNumber !== undefined
      ? { compartmentNumber: Number(compartmentNumber) }
      : {}),
    expiresAt,
  };
}
