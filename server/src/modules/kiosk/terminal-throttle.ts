/**
 * Per-terminal brute-force brake. Wrong codes at one terminal are counted in a window across all phone numbers;
 * after `pickup.terminalFreeFailures` each further failure blocks the terminal for 2^(n − free) seconds (at most
 * 15 minutes), and at `pickup.terminalAlertFailures` zone staff get one alert per window.
 */
import type { DbOrTrx, Trx } from '../../db/database.ts';
import { dialectOf } from '../../db/database.ts';
import { preparedQuery } from '../../db/prepared-query.ts';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../platform/errors.ts';
import { addMs } from '../../platform/clock.ts';
import { raiseAlert } from '../alerts/raise-alert.ts';

export const maxTerminalBlockSeconds = 15 * 60;

/** Seconds a terminal is blocked after its `failures`-th failure in the window; 0 while still free. */
export function terminalBlockSeconds(failures: number, freeFailures: number): number {
  if (failures <= freeFailures) return 0;
  return Math.min(2 ** Math.min(failures - freeFailures, 30), maxTerminalBlockSeconds);
}

function throttledError(blockedUntil: string, nowIso: string): AppError {
  const seconds = Math.max(1, Math.ceil((Date.parse(blockedUntil) - Date.parse(nowIso)) / 1000));
  return new AppError(429, 'terminal_throttled', { seconds }, seconds);
}

// Both run on every start of a pickup: built and compiled once (db/prepared-query.ts).
const selectBlock = preparedQuery((db, p: { terminalId: string }) =>
  db.selectFrom('terminal_throttle').select('blocked_until').where('terminal_id', '=', p.terminalId),
);
const reserveRow = preparedQuery((db, p: { terminalId: string; nowIso: string }) =>
  db
    .insertInto('terminal_throttle')
    .values({
      terminal_id: p.terminalId,
      failures: 0,
      window_started_at: p.nowIso,
      blocked_until: null,
      alerted_at: null,
    })
    .onConflict((oc) =>
      oc.column('terminal_id').doUpdateSet((eb) => ({ terminal_id: eb.ref('excluded.terminal_id') })),
    )
    .returning('blocked_until'),
);

/**
 * Throws 429 `terminal_throttled` (with Retry-After) while the terminal is blocked. A quick look without a lock,
 * so a blocked terminal costs no transaction; the binding check is `reserveTerminalAttempt`.
 */
export async function assertTerminalNotThrottled(
  db: DbOrTrx,
  terminalId: string,
  nowIso: string,
): Promise<void> {
  const row = await selectBlock.first(db, { terminalId });
  if (row?.blocked_until && row.blocked_until > nowIso) throw throttledError(row.blocked_until, nowIso);
}

/**
 * The binding check, first thing in the transaction that evaluates a code: takes the terminal's throttle row
 * (created when missing) with a row lock on PostgreSQL, SQLite runs one write transaction at a time, and throws
 * 429 while the terminal is blocked. So of parallel guesses from one terminal each is evaluated only after the
 * failures before it have been counted, and the ones that arrive once the block is set are refused unevaluated.
 */
export async function reserveTerminalAttempt(trx: Trx, terminalId: string, nowIso: string): Promise<void> {
  // One statement: creates the row when missing and otherwise "updates" it to itself, which takes the row lock on
  // PostgreSQL like SELECT … FOR UPDATE (and is a no-op write on SQLite), returning the block in the same trip.
  const row = await reserveRow.first(trx, { terminalId, nowIso });
  if (!row) throw new Error('terminal throttle row missing');
  if (row.blocked_until && row.blocked_until > nowIso) throw throttledError(row.blocked_until, nowIso);
}

export interface TerminalFailureOutcome {
  failures: number;
  blockedUntil: string | null;
  alerted: boolean;
}

/** Counts one failure for the terminal inside the caller's transaction (row-locked on PostgreSQL). */
export async function recordTerminalFailure(
  trx: Trx,
  ctx: Pick<AppContext, 'ids' | 'config'>,
  terminal: { id: string; boxId: string | null },
  nowIso: string,
): Promise<TerminalFailureOutcome> {
  const settings = ctx.config.pickup;
  await trx
    .insertInto('terminal_throttle')
    .values({
      terminal_id: terminal.id,
      failures: 0,
      window_started_at: nowIso,
      blocked_until: null,
      alerted_at: null,
    })
    .onConflict((oc) => oc.column('terminal_id').doNothing())
    .execute();
  let select = trx.selectFrom('terminal_throttle').selectAll().where('terminal_id', '=', terminal.id);
  // SQLite runs one write transaction at a time; PostgreSQL needs the row lock so concurrent failures all count.
  if (dialectOf(trx) === 'postgres') select = select.forUpdate();
  const row = await select.executeTakeFirstOrThrow();

  const windowOver =
    Date.parse(nowIso) - Date.parse(row.window_started_at) >= settings.terminalWindowSeconds * 1000;
  const failures = windowOver ? 1 : Number(row.failures) + 1;
  const windowStartedAt = windowOver ? nowIso : row.window_started_at;
  const blockSeconds = terminalBlockSeconds(failures, settings.terminalFreeFailures);
  const blockedUntil =
    blockSeconds > 0 ? addMs(nowIso, blockSeconds * 1000) : windowOver ? null : row.blocked_until;
  let alertedAt = windowOver ? null : row.alerted_at;
  let alerted = false;
  if (failures >= settings.terminalAlertFailures && !alertedAt) {
    await raiseAlert(trx, ctx, nowIso, {
      kind: 'terminal_throttled',
      boxId: terminal.boxId,
      terminalId: terminal.id,
      data: { failures, windowStartedAt },
    });
    alertedAt = nowIso;
    alerted = true;
  }
  await trx
    .updateTable('terminal_throttle')
    .set({ failures, window_started_at: windowStartedAt, blocked_until: blockedUntil, alerted_at: alertedAt })
    .where('terminal_id', '=', terminal.id)
    .execute();
  return { failures, blockedUntil, alerted };
}
