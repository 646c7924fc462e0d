/**
 * Staff work on deposited old documents: the loader's list of old documents to take out of the deposit
 * compartments, the collection (the deposit door is unlocked; the door closing empty records it, see
 * deposit-outcomes.ts), and the office recording that a collected old document was handed over for cancellation.
 * Each change is one transaction with its audit entry.
 */
import { officeInScope, officeScopeOf, type OfficeScope } from '../privacy/office-scope.ts';
import type {
  CollectDepositsResult,
  DepositListFilter,
  OldDocumentDepositView,
} from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { findBox, findCompartmentByNumber } from '../boxes/boxes-repository.ts';
import { enqueueBoxCommand } from '../boxes/enqueue-box-command.ts';
import {
  collectableStatuses,
  depositCompartmentStatus,
  listDeposits,
  moveDeposit,
} from './deposits-repository.ts';

const statusesOf: Record<DepositListFilter, readonly string[]> = {
  to_collect: collectableStatuses,
  collected: ['collected'],
  handed_over: ['handed_over'],
};

export async function listOldDocumentDeposits(
  ctx: AppContext,
  filter: { status: DepositListFilter; boxId?: string | undefined },
  scope: OfficeScope,
): Promise<OldDocumentDepositView[]> {
  const rows = await listDeposits(ctx.db, {
    statuses: statusesOf[filter.status],
    boxId: filter.boxId,
    limit: 500,
    scope,
  });
  return rows.map((row) => ({
    id: row.id,
    boxId: row.box_id,
    compartmentNumber: Number(row.compartment_number),
    status: row.status,
    refusal: row.refusal,
    numberMasked: row.number_masked,
    documentId: row.document_id,
    documentReference: row.document_reference,
    documentType: row.document_type,
    holderName: row.holder_name,
    depositedAt: row.deposited_at,
    createdAt: row.created_at,
    collectRequestedAt: row.collect_requested_at,
    collectedAt: row.collected_at,
    collectedBy: row.collected_by_name ?? null,
    handedOverAt: row.handed_over_at,
    handedOverBy: row.handed_over_by_name ?? null,
  }));
}

/** Unlocks a deposit compartment for a loader to take out the old documents in it. */
export async function collectDeposits(
  ctx: AppContext,
  boxId: string,
  number: number,
  principal: Principal,
): Promise<CollectDepositsResult> {
  const at = ctx.clock.now().toISOString();
  const result = await ctx.db.transaction().execute(async (trx) => {
    const box = await findBox(trx, boxId);
    if (!box) throw notFound('box_not_found');
    const compartment = await findCompartmentByNumber(trx, boxId, number);
    if (!compartment || compartment.status !== depositCompartmentStatus)
      throw notFound('compartment_not_found');
    if (Number(box.link_connected) !== 1) throw conflict('box_offline');
    const rows = await trx
      .selectFrom('old_document_deposits')
      .select(['id', 'status', 'document_id'])
      .where('occupying_compartment_id', '=', compartment.id)
      .where('status', 'in', [...collectableStatuses])
      .execute();
    if (rows.length === 0) throw conflict('deposit_not_collectable');
    for (const row of rows) {
      await trx
        .updateTable('old_document_deposits')
        .set({ collect_requested_at: at, collect_requested_by: principal.actor.id, updated_at: at })
        .where('id', '=', row.id)
        .execute();
      await recordAudit(trx, at, {
        actor: principal.actor,
        action: 'old_document_deposit.collect_requested',
        entityType: 'old_document_deposit',
        entityId: row.id,
        data: { boxId, compartment: number, documentId: row.document_id, status: row.status },
      });
    }
    await enqueueBoxCommand(trx, ctx, at, { boxId, type: 'unlock', compartment: number, documentId: null });
    return { boxId, compartmentNumber: number, depositIds: rows.map((r) => r.id) };
  });
  ctx.onBoxCommandsQueued(boxId);
  return result;
}

/** The office has the collected old document: recorded as handed over for cancellation. */
export async function handOverDeposit(
  ctx: AppContext,
  depositId: string,
  principal: Principal,
): Promise<OldDocumentDepositView> {
  const at = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const deposit = await trx
      .selectFrom('old_document_deposits')
      .selectAll()
      .where('id', '=', depositId)
      .executeTakeFirst();
    if (!deposit) throw notFound('deposit_not_found');
    // The old document belongs to the new document's office: staff of other offices do not see it.
    const document = await trx
      .selectFrom('documents')
      .select('office_id')
      .where('id', '=', deposit.document_id)
      .executeTakeFirst();
    if (!document || !officeInScope(officeScopeOf(principal), document.office_id))
      throw notFound('deposit_not_found');
    const moved = await moveDeposit(trx, deposit.id, ['collected'], {
      status: 'handed_over',
      handed_over_at: at,
      handed_over_by: principal.actor.id,
      updated_at: at,
    });
    if (!moved) throw conflict('deposit_not_collected');
    await recordAudit(trx, at, {
      actor: principal.actor,
      action: 'old_document_deposit.handed_over',
      entityType: 'old_document_deposit',
      entityId: deposit.id,
      data: {
        documentId: deposit.document_id,
        boxId: deposit.box_id,
        oldDocumentNumber: deposit.number_masked,
        refusal: deposit.refusal,
        purpose: 'cancellation',
      },
    });
  });
  const view = (await listOldDocumentDeposits(ctx, { status: 'handed_over' }, officeScopeOf(principal))).find(
    (d) => d.id === depositId,
  );
  if (!view) throw notFound('deposit_not_found');
  return view;
}
