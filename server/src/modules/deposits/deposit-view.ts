/** The deposit of a pickup as the kiosk shows it: where the deposit door is, and how far the deposit got. */
import type { PickupDeposit, PickupPhase } from '@buergerpunkt/contracts';
import type { DbOrTrx } from '../../db/database.ts';
import { compartmentPlaceInBox, locationText } from '../boxes/box-layouts.ts';
import { latestDepositOfSession } from './deposits-repository.ts';

function kioskStatus(status: string): PickupDeposit['status'] {
  if (status === 'awaiting_deposit' || status === 'reading') return status;
  if (status === 'deposited' || status === 'collected' || status === 'handed_over') return 'deposited';
  return 'refused';
}

/** The latest deposit of the session, or undefined when the old document did not go into the box. */
export async function depositView(db: DbOrTrx, sessionId: string): Promise<PickupDeposit | undefined> {
  const deposit = await latestDepositOfSession(db, sessionId);
  if (!deposit) return undefined;
  const compartment = await db
    .selectFrom('compartments')
    .select(['door'])
    .where('id', '=', deposit.compartment_id)
    .executeTakeFirst();
  const number = Number(deposit.compartment_number);
  const place = await compartmentPlaceInBox(db, deposit.box_id, number);
  const door = compartment?.door;
  return {
    status: kioskStatus(deposit.status),
    ...(deposit.refusal ? { refusal: deposit.refusal as NonNullable<PickupDeposit['refusal']> } : {}),
    keptInBox: ['deposited', 'held', 'reading'].includes(deposit.status),
    compartmentNumber: number,
    ...place,
    door: door === 'open' || door === 'closed' ? door : 'unknown',
    deadlineAt: deposit.deadline_at,
    location: locationText(number, place),
  };
}

/** While the session waits for its check, a running deposit tells the kiosk what to show. */
export function depositPhase(phase: PickupPhase, deposit: PickupDeposit | undefined): PickupPhase {
  if (phase !== 'waiting_for_check' || !deposit) return phase;
  if (deposit.status === 'awaiting_deposit') return 'waiting_for_deposit';
  if (deposit.status === 'reading') return 'checking_old_document';
  return phase;
}
