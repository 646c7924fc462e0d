/** What the kiosk shows while a pickup runs: one simple phase from the session, the document and the door. */
import type { PickupCheck, PickupDeposit, PickupPhase, PickupSessionStatus } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import { notFound } from '../../platform/errors.ts';
import {
  findPickupDocument,
  type PickupDocument,
  type PickupSessionRow,
} from './pickup-sessions-repository.ts';
import { evidenceImageNotice } from '../evidence/evidence-image-notice.ts';
import { isSessionGone, loadSessionOfTerminal, type KioskTerminal } from './terminal-session.ts';
import { depositPhase, depositView } from '../deposits/deposit-view.ts';
import { compartmentEmptyFault } from '../custody/refuse-empty-compartment.ts';

export interface PickupStatusView {
  pickupId: string;
  status: PickupSessionStatus;
  phase: PickupPhase;
  check: PickupCheck;
  documentType: string;
  door: 'open' | 'closed' | 'unknown' | null;
  compartmentNumber?: number;
  expiresAt: string;
  pinLetterRequired?: boolean;
  deposit?: PickupDeposit;
  evidenceImageRetentionDays?: number;
}

/**
 * The document asks for the PIN-letter confirmation and it has not been given in this session: a confirmation from
 * an earlier, abandoned session does not count, as the law wants it right before the handover.
 */
export function pinLetterOutstanding(
  session: Pick<PickupSessionRow, 'created_at'>,
  document: Pick<PickupDocument, 'pin_letter_required' | 'pin_letter_confirmed_at'>,
): boolean {
  if (Number(document.pin_letter_required) !== 1) return false;
  return !document.pin_letter_confirmed_at || document.pin_letter_confirmed_at < session.created_at;
}

export function pickupPhase(
  session: PickupSessionRow,
  document: PickupDocument,
  nowIso: string,
): PickupPhase {
  if (isSessionGone(session, nowIso)) return 'expired';
  // Before the door, a document that left `notified` (withdrawn, expired) ends the session too.
  if (
    ['awaiting_check', 'awaiting_staff', 'ready'].includes(session.status) &&
    document.state !== 'notified'
  ) {
    return 'expired';
  }
  switch (session.status) {
    case 'awaiting_check':
      return 'waiting_for_check';
    case 'awaiting_staff':
      return 'waiting_for_staff';
    case 'ready':
      return pinLetterOutstanding(session, document) ? 'waiting_for_pin_letter' : 'ready';
    case 'failed':
      return 'needs_staff';
  }
  // Opened: the document's state and the door tell how far it got.
  switch (document.state) {
    case 'pickup_in_progress':
      return document.compartment_door === 'open' ? 'door_open' : 'opening';
    case 'picked_up':
      return 'done';
    default:
      return 'needs_staff';
  }
}

/** Whether the box refused this pickup's unlock because it read the compartment empty (the code still works). */
async function refusedAsEmpty(ctx: AppContext, document: PickupDocument): Promise<boolean> {
  if (document.state !== 'needs_reconcile') return false;
  const unlock = await ctx.db
    .selectFrom('box_commands')
    .select('result')
    .where('document_id', '=', document.id)
    .where('type', '=', 'unlock')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return !!unlock?.result && unlock.result.includes(`"fault":"${compartmentEmptyFault}"`);
}

export async function describePickup(
  ctx: AppContext,
  terminal: KioskTerminal,
  sessionId: string,
  /** The session and its document as the caller's transaction has just committed them (saves reading them again). */
  committed?: { session: PickupSessionRow; document: PickupDocument },
): Promise<PickupStatusView> {
  const session = committed?.session ?? (await loadSessionOfTerminal(ctx.db, terminal, sessionId));
  const document = committed?.document ?? (await findPickupDocument(ctx.db, session.document_id));
  if (!document) throw notFound('pickup_session_not_found');
  const deposit = await depositView(ctx.db, session.id);
  let phase = depositPhase(pickupPhase(session, document, ctx.clock.now().toISOString()), deposit);
  if (phase === 'needs_staff' && session.status === 'opened' && (await refusedAsEmpty(ctx, document))) {
    phase = 'compartment_empty';
  }
  const showCompartment = ['ready', 'opening', 'door_open', 'done'].includes(phase);
  const door = document.compartment_door;
  return {
    pickupId: session.id,
    status: session.status as PickupSessionStatus,
    phase,
    check: session.check_required as PickupCheck,
    documentType: document.type_name,
    door: door === 'open' || door === 'closed' || door === 'unknown' ? door : null,
    ...(showCompartment && document.compartment_number !== null
      ? { compartmentNumber: Number(document.compartment_number) }
      : {}),
    expiresAt: session.expires_at,
    ...(pinLetterOutstanding(session, document) ? { pinLetterRequired: true } : {}),
    ...(deposit ? { deposit } : {}),
    ...evidenceImageNotice(ctx, document),
  };
}
