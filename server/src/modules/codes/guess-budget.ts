/**
 * The guess budget of a document's code: every wrong code for its phone number and every wrong extra check
 * (date of birth, old document) costs one guess; at `pickup.maxCodeAttempts` the code is locked and only a fresh
 * code unlocks it. Increments are single atomic updates, so concurrent guesses are all counted.
 */
import { sql } from 'kysely';
import type { Trx } from '../../db/database.ts';
import type { AppContext } from '../../context.ts';
import { recordAudit, type Actor } from '../audit/audit-service.ts';

export interface CountedGuess {
  documentId: string;
  codeFailedAttempts: number;
  checkFailedAttempts: number;
  locked: boolean;
  /** This guess was the one that locked the code. */
  lockedNow: boolean;
}

type Limits = Pick<AppContext['config']['pickup'], 'maxCodeAttempts' | 'maxCheckAttempts'>;

async function auditLocks(trx: Trx, at: string, actor: Actor, counted: CountedGuess[], cause: string) {
  for (const guess of counted.filter((g) => g.lockedNow)) {
    await recordAudit(trx, at, {
      actor,
      action: 'document.code_locked',
      entityType: 'document',
      entityId: guess.documentId,
      data: {
        cause,
        codeFailedAttempts: guess.codeFailedAttempts,
        checkFailedAttempts: guess.checkFailedAttempts,
      },
    });
  }
}

/** A wrong code for `phoneHash`: one guess off every waiting (`notified`) document of that number. */
export async function countWrongCodeForPhone(
  trx: Trx,
  limits: Limits,
  at: string,
  actor: Actor,
  phoneHashValue: string,
): Promise<CountedGuess[]> {
  const max = limits.maxCodeAttempts;
  const rows = await trx
    .updateTable('documents')
    .set({
      code_failed_attempts: sql<number>`code_failed_attempts + 1`,
      code_locked: sql<0 | 1>`case when code_failed_attempts + 1 >= ${max} then 1 else code_locked end`,
    })
    .where('phone_hash', '=', phoneHashValue)
    .where('state', '=', 'notified')
    .returning(['id', 'code_failed_attempts', 'check_failed_attempts', 'code_locked'])
    .execute();
  const counted = rows.map((r) => ({
    documentId: r.id,
    codeFailedAttempts: Number(r.code_failed_attempts),
    checkFailedAttempts: Number(r.check_failed_attempts),
    locked: Number(r.code_locked) === 1,
    // Locked by this guess, not already before it by an earlier guess or failed check.
    lockedNow:
      Number(r.code_failed_attempts) === max && Number(r.check_failed_attempts) < limits.maxCheckAttempts,
  }));
  await auditLocks(trx, at, actor, counted, 'wrong_code');
  return counted;
}

/**
 * A failed extra check for one document: costs a check attempt and a code guess. The code locks when either
 * budget is spent (`pickup.maxCheckAttempts` checks or `pickup.maxCodeAttempts` guesses in all).
 */
export async function countFailedCheck(
  trx: Trx,
  limits: Limits,
  at: string,
  actor: Actor,
  documentId: string,
): Promise<CountedGuess | undefined> {
  const { maxCodeAttempts, maxCheckAttempts } = limits;
  const row = await trx
    .updateTable('documents')
    .set({
      code_failed_attempts: sql<number>`code_failed_attempts + 1`,
      check_failed_attempts: sql<number>`check_failed_attempts + 1`,
      code_locked: sql<
        0 | 1
      >`case when code_failed_attempts + 1 >= ${maxCodeAttempts} or check_failed_attempts + 1 >= ${maxCheckAttempts} then 1 else code_locked end`,
    })
    .where('id', '=', documentId)
    .where('state', '=', 'notified')
    .returning(['id', 'code_failed_attempts', 'check_failed_attempts', 'code_locked'])
    .executeTakeFirst();
  if (!row) return undefined;
  const codeFailedAttempts = Number(row.code_failed_attempts);
  const checkFailedAttempts = Number(row.check_failed_attempts);
  const counted: CountedGuess = {
    documentId: row.id,
    codeFailedAttempts,
    checkFailedAttempts,
    locked: Number(row.code_locked) === 1,
    lockedNow:
      (codeFailedAttempts >= maxCodeAttempts || checkFailedAttempts >= maxCheckAttempts) &&
      codeFailedAttempts - 1 < maxCodeAttempts &&
      checkFailedAttempts - 1 < maxCheckAttempts,
  };
  await auditLocks(trx, at, actor, [counted], 'failed_check');
  return counted;
}
