/** Whether an unlock of a deposit compartment may still go out: only while its deposit waits for the citizen. */
import type { DbOrTrx } from '../../db/database.ts';

/** A door must never open when nobody is waiting for it: a deposit that ended (timed out, refused) is not. */
export async function depositUnlockRefusal(db: DbOrTrx, commandId: string): Promise<string | null> {
  const deposit = await db
    .selectFrom('old_document_deposits')
    .select(['status'])
    .where('unlock_command_id', '=', commandId)
    .executeTakeFirst();
  if (!deposit) return null; // not a deposit's unlock (a staff remote open or a collection)
  return deposit.status === 'awaiting_deposit' ? null : 'not_expected';
}
