/**
 * The extra check a document type asks for before the door opens: the holder's date of birth (typed in three large
 * fields) or the old document in the reader, or either of the two where the type allows the alternative. A wrong answer costs a guess of the document's shared budget; when
 * it runs out the code is locked and the session fails. A staff confirmation is not answered here: the session
 * waits for zone staff (see confirm-pickup-by-staff.ts).
 */
import type { PickupCheck } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import { AppError, badRequest, conflict } from '../../platform/errors.ts';
import { terminalPrincipal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { countFailedCheck } from '../codes/guess-budget.ts';
import { dateOfBirthHash, hashesEqual, oldDocumentNumberHash } from '../codes/pickup-codes.ts';
import { boxHasDepositCompartment, latestDepositOfSession } from '../deposits/deposits-repository.ts';
import { startOldDocumentDeposit } from '../deposits/start-deposit.ts';
import { idDocumentReaderFor, IdDocumentReadError } from './id-document-reader.ts';
import {
  findPickupDocument,
  moveSessionStatus,
  type PickupSessionRow,
} from './pickup-sessions-repository.ts';
import { describePickup, type PickupStatusView } from './pickup-status.ts';
import {
  assertSessionActive,
  callStaffAboutPickup,
  loadSessionOfTerminal,
  type KioskTerminal,
} from './terminal-session.ts';

export interface PickupCheckInput {
  day?: number;
  month?: number;
  year?: number;
}

/** Day, month and year as typed → `YYYY-MM-DD`, or 400 `date_invalid` for a date that does not exist. */
export function dateFromParts(input: PickupCheckInput): string {
  const { day, month, year } = input;
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year)) {
    throw badRequest('date_invalid');
  }
  const [d, m, y] = [day!, month!, year!];
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) throw badRequest('date_invalid');
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    throw badRequest('date_invalid');
  }
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function maskDocumentNumber(value: string): string {
  return value.length <= 3 ? '***' : `${'*'.repeat(Math.min(value.length - 3, 9))}${value.slice(-3)}`;
}

/** Which check was answered, as the issue record names it. */
type PassedCheck = 'date_of_birth' | 'old_document';

type CheckOutcome =
  | { passed: true; method: PassedCheck; auditData: Record<string, unknown> }
  | { passed: false; method: PassedCheck; auditData: Record<string, unknown> };

/** With the alternative "old document or date of birth", typed date parts mean the citizen chose the date. */
function answersWithDate(input: PickupCheckInput): boolean {
  return input.day !== undefined || input.month !== undefined || input.year !== undefined;
}

async function evaluateCheck(
  ctx: AppContext,
  terminal: KioskTerminal,
  session: PickupSessionRow,
  document: {
    id: string;
    holder_name: string;
    date_of_birth_hash: string | null;
    old_document_number_hash: string | null;
  },
  input: PickupCheckInput,
): Promise<CheckOutcome> {
  const check = session.check_required as PickupCheck;
  const byDate =
    check === 'date_of_birth' || (check === 'old_document_or_date_of_birth' && answersWithDate(input));
  if (byDate) {
    const isoDate = dateFromParts(input);
    // A document registered without a date of birth cannot pass this check at the box.
    if (!document.date_of_birth_hash) throw conflict('check_not_supported');
    const given = dateOfBirthHash(ctx.config.secrets.codeKey, document.id, isoDate);
    return {
      passed: hashesEqual(document.date_of_birth_hash, given),
      method: 'date_of_birth',
      auditData: { check, answeredWith: 'date_of_birth' },
    };
  }
  if (check === 'old_document_scan' || check === 'old_document_or_date_of_birth') {
    const reader = idDocumentReaderFor(ctx);
    if (!reader) throw conflict('check_not_supported');
    try {
      const reading = await reader.readOldDocument(terminal, {
        documentId: document.id,
        holderName: document.holder_name,
      });
      // Where the clerk registered the old document's number, the reader must have read exactly that document.
      const numberMatches = document.old_document_number_hash
        ? hashesEqual(
            document.old_document_number_hash,
            oldDocumentNumberHash(ctx.config.secrets.codeKey, document.id, reading.documentNumber),
          )
        : null;
      return {
        passed: reading.holderMatches && numberMatches !== false,
        method: 'old_document',
        auditData: {
          check,
          answeredWith: 'old_document',
          oldDocumentNumber: maskDocumentNumber(reading.documentNumber),
          holderMatches: reading.holderMatches,
          numberMatches,
        },
      };
    } catch (error) {
      if (error instanceof IdDocumentReadError) {
        throw new AppError(
          422,
          error.reason === 'no_document' ? 'id_document_missing' : 'id_document_unreadable',
        );
      }
      throw error;
    }
  }
  throw conflict('check_not_supported');
}

export async function submitPickupCheck(
  ctx: AppContext,
  terminal: KioskTerminal,
  sessionId: string,
  input: PickupCheckInput,
): Promise<PickupStatusView> {
  const at = ctx.clock.now().toISOString();
  const session = await loadSessionOfTerminal(ctx.db, terminal, sessionId);
  assertSessionActive(session, at);
  // Nothing to answer: already passed, or waiting for staff.
  if (session.status !== 'awaiting_check') return describePickup(ctx, terminal, sessionId);
  const document = await findPickupDocument(ctx.db, session.document_id);
  if (!document || document.state !== 'notified') throw new AppError(410, 'pickup_session_expired');

  // A box with a deposit compartment takes the old document in: the reader at the box decides (deposits/).
  if (document.box_id && (await boxHasDepositCompartment(ctx.db, document.box_id))) {
    const check = session.check_required as PickupCheck;
    const byOldDocument =
      check === 'old_document_scan' || (check === 'old_document_or_date_of_birth' && !answersWithDate(input));
    const latest = await latestDepositOfSession(ctx.db, session.id);
    if (latest && (latest.status === 'awaiting_deposit' || latest.status === 'reading')) {
      if (byOldDocument) return describePickup(ctx, terminal, sessionId);
      throw conflict('deposit_in_progress');
    }
    if (byOldDocument) {
      await startOldDocumentDeposit(ctx, terminal, session, document);
      return describePickup(ctx, terminal, sessionId);
    }
  }

  const outcome = await evaluateCheck(ctx, terminal, session, document, input);
  const actor = terminalPrincipal(terminal.id).actor;
  const failure = await ctx.db.transaction().execute(async (trx) => {
    if (outcome.passed) {
      // Touch the document only while its code is unlocked, so a concurrent lock wins over a late right answer.
      const stillOpen = await trx
        .updateTable('documents')
        // Kept for the issue record: which checks this pickup passed (the open step adds the rest).
        .set({ updated_at: at, pickup_checks_passed: JSON.stringify(['code', outcome.method]) })
        .where('id', '=', document.id)
        .where('state', '=', 'notified')
        .where('code_locked', '=', 0)
        .executeTakeFirst();
      if (Number(stillOpen.numUpdatedRows) !== 1) return { code: 'code_locked', status: 423 } as const;
      const moved = await moveSessionStatus(trx, {
        id: session.id,
        from: ['awaiting_check'],
        to: 'ready',
        nowIso: at,
      });
      if (!moved) return { code: 'pickup_session_expired', status: 410 } as const;
      await recordAudit(trx, at, {
        actor,
        action: 'pickup.check_passed',
        entityType: 'pickup_session',
        entityId: session.id,
        data: { documentId: document.id, ...outcome.auditData },
      });
      return undefined;
    }
    const counted = await countFailedCheck(trx, ctx.config.pickup, at, actor, document.id);
    // A wrong old document at the box is worth a look by staff (a wrong date of birth is usually a typo).
    if (outcome.method === 'old_document') {
      await callStaffAboutPickup(
        trx,
        ctx,
        at,
        { terminal, session, document, reason: 'old_document_mismatch' },
        actor,
      );
    }
    if (counted?.locked) {
      await moveSessionStatus(trx, {
        id: session.id,
        from: ['awaiting_check'],
        to: 'failed',
        nowIso: at,
        ignoreExpiry: true,
      });
    }
    await recordAudit(trx, at, {
      actor,
      action: 'pickup.check_failed',
      entityType: 'pickup_session',
      entityId: session.id,
      data: {
        documentId: document.id,
        ...outcome.auditData,
        checkFailedAttempts: counted?.checkFailedAttempts ?? null,
        locked: counted?.locked ?? false,
      },
    });
    if (!counted) return { code: 'pickup_session_expired', status: 410 } as const;
    if (!counted.locked) return { code: 'check_failed', status: 401 } as const;
    return counted.codeFailedAttempts >= ctx.config.pickup.maxCodeAttempts
      ? ({ code: 'code_locked', status: 423 } as const)
      : ({ code: 'check_locked', status: 423 } as const);
  });
  if (failure) throw new AppError(failure.status, failure.code);
  // Passed: the session is `ready` and the document carries the passed checks, as just committed.
  const checksPassed = JSON.stringify(['code', outcome.method]);
  return describePickup(ctx, terminal, sessionId, {
    session: { ...session, status: 'ready' },
    document: { ...document, pickup_checks_passed: checksPassed },
  });
}
