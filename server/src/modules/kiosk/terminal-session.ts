/** Finding a pickup session as its own terminal sees it, and the rules every later kiosk step shares. */
import type { DbOrTrx } from '../../db/database.ts';
import { AppError, conflict, notFound } from '../../platform/errors.ts';
import {
  findPickupSession,
  type PickupSessionRow,
  type PickupSessionStatus,
} from './pickup-sessions-repository.ts';

export interface KioskTerminal {
  id: string;
  boxId: string | null;
}

/** A session of another terminal is as unknown as a made-up id: 404. */
export async function loadSessionOfTerminal(
  db: DbOrTrx,
  terminal: KioskTerminal,
  sessionId: string,
): Promise<PickupSessionRow> {
  const session = await findPickupSession(db, sessionId);
  if (!session || session.terminal_id !== terminal.id) throw notFound('pickup_session_not_found');
  return session;
}

/** A session that has not reached the door yet is gone once its time is up or the citizen cancelled. */
export function isSessionGone(session: PickupSessionRow, nowIso: string): boolean {
  if (session.status === 'abandoned') return true;
  return session.status !== 'opened' && session.status !== 'failed' && session.expires_at <= nowIso;
}

/** Throws the citizen-facing error for a session that can no longer take a step. */
export function assertSessionActive(session: PickupSessionRow, nowIso: string): void {
  if (isSessionGone(session, nowIso)) throw new AppError(410, 'pickup_session_expired');
  const status = session.status as PickupSessionStatus;
  if (status === 'opened') throw conflict('pickup_already_opened');
  if (status === 'failed') throw new AppError(423, 'check_locked');
}
