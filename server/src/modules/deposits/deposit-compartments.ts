/**
 * An admin makes a compartment a deposit compartment (old documents go in, nothing is ever loaded into it) or a
 * normal one again. Only an empty compartment changes: a free one becomes a deposit compartment, a deposit
 * compartment holding no old document becomes free. Audited in the caller's transaction.
 */
import type { Trx } from '../../db/database.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { findCompartmentByNumber } from '../boxes/boxes-repository.ts';
import { forgetBoxLayout } from '../boxes/box-layouts.ts';
import { depositCompartmentStatus } from './deposits-repository.ts';

export async function setDepositCompartment(
  trx: Trx,
  change: { boxId: string; number: number; deposit: boolean; principal: Principal; at: string },
): Promise<void> {
  const compartment = await findCompartmentByNumber(trx, change.boxId, change.number);
  if (!compartment) throw notFound('compartment_not_found');
  const [from, to] = change.deposit ? ['free', depositCompartmentStatus] : [depositCompartmentStatus, 'free'];
  if (compartment.status === to) return;
  const updated = await trx
    .updateTable('compartments')
    .set({ status: to, updated_at: change.at })
    .where('id', '=', compartment.id)
    .where('status', '=', from)
    .where('document_id', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('old_document_deposits')
            .select('old_document_deposits.id')
            .whereRef('old_document_deposits.occupying_compartment_id', '=', 'compartments.id'),
        ),
      ),
    )
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw conflict('deposit_compartment_in_use');
  forgetBoxLayout(trx, change.boxId);
  await recordAudit(trx, change.at, {
    actor: change.principal.actor,
    action: change.deposit ? 'compartment.deposit_enabled' : 'compartment.deposit_disabled',
    entityType: 'compartment',
    entityId: compartment.id,
    data: { boxId: change.boxId, number: change.number },
  });
}
