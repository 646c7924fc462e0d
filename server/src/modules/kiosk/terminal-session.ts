/** Finding a pickup session as its own terminal sees it, and the rules (and the staff call) every later kiosk step shares. */
import type { AppContext } from '../../context.ts';
import type { DbOrTrx, Trx } from '../../db/database.ts';
import { AppError, conflict, notFound } from '../../platform/errors.ts';
import { raiseAlert } from '../alerts/raise-alert.ts';
import type { Actor } from '../audit/audit-service.ts';
import {
  findPickupDocument,
  findPickupSession,
  type PickupDocument,
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

/**
 * The session and its document for a step that needs the check done (`ready`): a document withdrawn, expired or
 * otherwise moved on since the session started means the session is over.
 */
export async function loadReadyPickup(
  db: DbOrTrx,
  terminal: KioskTerminal,
  sessionId: string,
  nowIso: string,
): Promise<{ session: PickupSessionRow; document: PickupDocument }> {
  const session = await loadSessionOfTerminal(db, terminal, sessionId);
  assertSessionActive(session, nowIso);
  if (session.status !== 'ready') throw conflict('check_required');
  const document = await findPickupDocument(db, session.document_id);
  if (!document || document.state !== 'notified') throw new AppError(410, 'pickup_session_expired');
  return { session, document };
}

/** Calls zone staff to the box about this pickup, in the caller's transaction; `reason` says why. */
export async function callStaffAboutPickup(
  trx: Trx,
  ctx: Pick<AppContext, 'ids'>,
  at: string,
  pickup: {
    terminal: KioskTerminal;
    session: Pick<PickupSessionRow, 'id'>;
    document: Pick<PickupDocument, 'id' | 'box_id' | 'type_name'>;
    reason: string;
  },
  actor: Actor,
): Promise<void> {
  const { terminal, session, document, reason } = pickup;
  await raiseAlert(
    trx,
    ctx,
    at,
    {
      kind: 'call_staff',
      boxId: document.box_id,
      documentId: document.id,
      terminalId: terminal.id,
      data: { reason, pickupId: session.id, documentType: document.type_name },
    },
    actor,
  );
}
