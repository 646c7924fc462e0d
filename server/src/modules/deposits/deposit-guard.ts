/**
 * The last guard before the new document's door opens: where the box takes the old document in, the session's
 * old-document check counts only with a deposit the reader accepted. The session becomes `ready` only through
 * that acceptance anyway; this check makes sure no other path (an earlier check, a stale flag) opens the door.
 */
import type { DbOrTrx } from '../../db/database.ts';
import { conflict } from '../../platform/errors.ts';
import { boxHasDepositCompartment, latestDepositOfSession } from './deposits-repository.ts';

const oldDocumentChecks = ['old_document_scan', 'old_document_or_date_of_birth'];

function passedChecks(stored: string | null): string[] {
  try {
    const value: unknown = JSON.parse(stored ?? '[]');
    return Array.isArray(value) ? value.filter((c): c is string => typeof c === 'string') : [];
  } catch {
    return [];
  }
}

export async function assertOldDocumentDeposited(
  db: DbOrTrx,
  session: { id: string; check_required: string },
  document: { box_id: string | null; pickup_checks_passed: string | null },
): Promise<void> {
  if (!oldDocumentChecks.includes(session.check_required)) return;
  if (!document.box_id || !(await boxHasDepositCompartment(db, document.box_id))) return;
  const passed = passedChecks(document.pickup_checks_passed);
  // "Old document or date of birth" answered with the date: nothing to deposit.
  if (session.check_required === 'old_document_or_date_of_birth' && passed.includes('date_of_birth')) return;
  const deposit = await latestDepositOfSession(db, session.id);
  if (deposit && ['deposited', 'collected', 'handed_over'].includes(deposit.status)) return;
  throw conflict('check_required');
}
