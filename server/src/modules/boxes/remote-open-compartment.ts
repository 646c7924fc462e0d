/**
 * Staff open a compartment from the back office (a service check, a reconcile, a stuck door): the unlock goes
 * through the same outbox as every other (`box_commands`), with the reason in the audit entry. The door opening
 * that follows is not tampering: `claimRemoteOpen` matches it to this command.
 */
import type { AppContext } from '../../context.ts';
import type { Trx } from '../../db/database.ts';
import { addMs } from '../../platform/clock.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { findDocumentById } from '../documents/documents-repository.ts';
import { findBox, findCompartmentByNumber } from './boxes-repository.ts';
import { enqueueBoxCommand } from './enqueue-box-command.ts';

export async function openCompartmentRemotely(
  ctx: AppContext,
  boxId: string,
  number: number,
  reason: string,
  principal: Principal,
): Promise<{ boxId: string; number: number; commandId: string }> {
  const at = ctx.clock.now().toISOString();
  const commandId = await ctx.db.transaction().execute(async (trx) => {
    const box = await findBox(trx, boxId);
    if (!box) throw notFound('box_not_found');
    const compartment = await findCompartmentByNumber(trx, boxId, number);
    if (!compartment) throw notFound('compartment_not_found');
    if (box.link_connected !== 1) throw conflict('box_offline');
    const document = compartment.document_id
      ? await findDocumentById(trx, compartment.document_id)
      : undefined;
    const id = await enqueueBoxCommand(trx, ctx, at, { boxId, type: 'unlock', compartment: number });
    await recordAudit(trx, at, {
      actor: principal.actor,
      action: 'compartment.remote_open',
      entityType: 'compartment',
      entityId: compartment.id,
      data: {
        boxId,
        number,
        reason,
        commandId: id,
        documentId: document?.id ?? null,
        documentState: document?.state ?? null,
      },
    });
    return id;
  });
  ctx.onBoxCommandsQueued(boxId);
  return { boxId, number, commandId };
}

/**
 * Whether a door that opened was opened by a staff remote open (an unlock without a document, for this compartment,
 * sent within the unlock timeout and not yet matched to an opening); marks it matched.
 */
export async function claimRemoteOpen(
  trx: Trx,
  ctx: Pick<AppContext, 'config'>,
  boxId: string,
  number: number,
  at: string,
): Promise<boolean> {
  const since = addMs(at, -Math.max(ctx.config.pickup.unlockTimeoutSeconds, 60) * 1000);
  const command = await trx
    .selectFrom('box_commands')
    .select('id')
    .where('box_id', '=', boxId)
    .where('type', '=', 'unlock')
    .where('document_id', 'is', null)
    .where('payload', '=', JSON.stringify({ compartment: number }))
    .where('status', 'in', ['sent', 'done'])
    .where('door_opened_at', 'is', null)
    .where('created_at', '>=', since)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!command) return false;
  await trx.updateTable('box_commands').set({ door_opened_at: at }).where('id', '=', command.id).execute();
  return true;
}
