/**
 * Staff open a compartment from the back office (a service check, a reconcile, a stuck door): the unlock goes
 * through the same outbox as every other (`box_commands`), with the reason in the audit entry. The door opening
 * that follows is not tampering: `claimRemoteOpen` matches it to this command. An OCCUPIED compartment holds a
 * citizen's document, so one loader alone may not open it: a second, different loader confirms with their own
 * login in the same request (as in four-eyes loading), or an admin opens it; either way zone staff get an alert and
 * the audit entry names both people and the reason.
 */
import type { AppContext } from '../../context.ts';
import type { Trx } from '../../db/database.ts';
import { addMs } from '../../platform/clock.ts';
import { AppError, conflict, notFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { raiseAlert } from '../alerts/raise-alert.ts';
import { findDocumentById } from '../documents/documents-repository.ts';
import { findBox, findCompartmentByNumber } from './boxes-repository.ts';
import { enqueueBoxCommand } from './enqueue-box-command.ts';
import { verifySecondLoader, type SecondLoaderCredentials } from './four-eyes-loading.ts';
import { custodyActions, recordCustody, staffName } from '../custody/custody-record.ts';

export async function openCompartmentRemotely(
  ctx: AppContext,
  boxId: string,
  number: number,
  reason: string,
  principal: Principal,
  secondLoader?: SecondLoaderCredentials,
): Promise<{ boxId: string; number: number; commandId: string }> {
  const at = ctx.clock.now().toISOString();
  let compartmentId: string | undefined;
  const opening = ctx.db.transaction().execute(async (trx) => {
    const box = await findBox(trx, boxId);
    if (!box) throw notFound('box_not_found');
    const compartment = await findCompartmentByNumber(trx, boxId, number);
    if (!compartment) throw notFound('compartment_not_found');
    if (box.link_connected !== 1) throw conflict('box_offline');
    const document = compartment.document_id
      ? await findDocumentById(trx, compartment.document_id)
      : undefined;
    const occupied = compartment.document_id !== null || compartment.status === 'occupied';
    const byAdmin = principal.triggers.includes('admin');
    let second: { id: string; displayName: string } | undefined;
    if (occupied && !byAdmin) {
      compartmentId = compartment.id;
      second = await verifySecondLoader(trx, at, principal, secondLoader);
    }
    const id = await enqueueBoxCommand(trx, ctx, at, { boxId, type: 'unlock', compartment: number });
    if (occupied) {
      await raiseAlert(
        trx,
        ctx,
        at,
        {
          kind: 'occupied_compartment_opened',
          boxId,
          documentId: document?.id ?? null,
          data: { number, reason, openedBy: principal.actor.id, secondLoader: second?.id ?? null },
        },
        principal.actor,
      );
    }
    // The custody record names both people as they were called at the time, with the reason.
    const names = {
      openedByName: await staffName(trx, principal.actor.id),
      secondLoaderName: second?.displayName ?? null,
    };
    if (document) {
      await recordCustody(trx, at, {
        actor: principal.actor,
        action: custodyActions.remoteOpen,
        documentId: document.id,
        compartment,
        data: {
          reason,
          commandId: id,
          documentState: document.state,
          openedBy: principal.actor.id,
          secondLoader: second?.id ?? null,
          ...names,
        },
      });
    }
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
        occupied,
        openedBy: principal.actor.id,
        secondLoader: second?.id ?? null,
        ...names,
      },
    });
    return id;
  });
  const commandId = await opening.catch(async (error: unknown) => {
    // The opening rolled back; a refused second login still gets an entry, which also feeds the wait after
    // repeated refusals (shared with four-eyes loading). Never the typed username or password.
    if (compartmentId && error instanceof AppError && error.code.startsWith('second_loader_')) {
      await ctx.db.transaction().execute((trx) =>
        recordAudit(trx, at, {
          actor: principal.actor,
          action: 'loading.four_eyes_refused',
          entityType: 'compartment',
          entityId: compartmentId!,
          data: { reason: error.code, remoteOpen: { boxId, number } },
        }),
      );
    }
    throw error;
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
