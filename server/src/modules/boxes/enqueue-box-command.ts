/**
 * Box commands are an outbox too: written in the transaction that decides to open a door, sent to the box by the
 * link's dispatcher after commit, acknowledged by the agent with the same id (so a resend after reconnect is
 * recognised and not carried out twice).
 */
import type { BoxCommandType } from '@buergerpunkt/contracts';
import type { Trx } from '../../db/database.ts';
import type { AppContext } from '../../context.ts';

export interface NewBoxCommand {
  boxId: string;
  type: BoxCommandType;
  compartment?: number;
  documentId?: string | null;
  /** An unlock for a pickup whose policy takes an evidence image as the door opens. */
  captureEvidence?: boolean;
  /**
   * A pickup unlock: the box reads the occupancy sensor right before unlocking and refuses (fault
   * `compartment_empty`) when it reads empty. `heldCodeHash` is the code hash given back on that refusal.
   */
  requireOccupied?: boolean;
  heldCodeHash?: string | null;
}

export async function enqueueBoxCommand(
  trx: Trx,
  ctx: Pick<AppContext, 'ids'>,
  at: string,
  command: NewBoxCommand,
): Promise<string> {
  const id = ctx.ids.newId();
  await trx
    .insertInto('box_commands')
    .values({
      id,
      box_id: command.boxId,
      type: command.type,
      payload: JSON.stringify({
        ...(command.compartment === undefined ? {} : { compartment: command.compartment }),
        ...(command.captureEvidence ? { captureEvidence: true } : {}),
        ...(command.requireOccupied ? { requireOccupied: true } : {}),
      }),
      held_code_hash: command.heldCodeHash ?? null,
      document_id: command.documentId ?? null,
      status: 'pending',
      result: null,
      created_at: at,
      sent_at: null,
      completed_at: null,
    })
    .execute();
  return id;
}
