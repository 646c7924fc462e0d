/** SQL for old-document deposits and the boxes' deposit compartments. */
import { inOfficeScope, type OfficeScope } from '../privacy/office-scope.ts';
import type { Updateable } from 'kysely';
import type { DbOrTrx, Trx } from '../../db/database.ts';
import { preparedQuery } from '../../db/prepared-query.ts';
import type { OldDocumentDepositsTable } from '../../db/schema.ts';

/** A compartment with this status takes old documents and is never offered for loading. */
export const depositCompartmentStatus = 'deposit';

/** Deposits that hold (or may hold) their compartment: the door is open for the citizen, or something is inside. */
export const occupyingStatuses = ['awaiting_deposit', 'reading', 'deposited', 'held'] as const;
/** Deposits with an old document inside that a loader must take out. */
export const collectableStatuses = ['deposited', 'held'] as const;

export type DepositRow = OldDocumentDepositsTable;

export function findDeposit(db: DbOrTrx, id: string) {
  return db.selectFrom('old_document_deposits').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The latest deposit of a pickup session (the kiosk shows it). */
// Asked on every kiosk check and door opening: built and compiled once (db/prepared-query.ts); index 0027.
const selectLatestDepositOfSession = preparedQuery((db, p: { sessionId: string }) =>
  db
    .selectFrom('old_document_deposits')
    .selectAll()
    .where('pickup_session_id', '=', p.sessionId)
    .orderBy('attempt', 'desc')
    .limit(1),
);

export function latestDepositOfSession(db: DbOrTrx, sessionId: string) {
  return selectLatestDepositOfSession.first(db, { sessionId });
}

/** The deposit currently holding a compartment, if any (at most one: unique index). */
export function depositOccupying(db: DbOrTrx, compartmentId: string) {
  return db
    .selectFrom('old_document_deposits')
    .selectAll()
    .where('occupying_compartment_id', '=', compartmentId)
    .executeTakeFirst();
}

export function findDepositByCommand(db: DbOrTrx, commandId: string) {
  return db
    .selectFrom('old_document_deposits')
    .selectAll()
    .where((eb) => eb.or([eb('unlock_command_id', '=', commandId), eb('read_command_id', '=', commandId)]))
    .executeTakeFirst();
}

const selectDepositCompartment = preparedQuery((db, p: { boxId: string }) =>
  db
    .selectFrom('compartments')
    .select('id')
    .where('box_id', '=', p.boxId)
    .where('status', '=', depositCompartmentStatus)
    .limit(1),
);

export async function boxHasDepositCompartment(db: DbOrTrx, boxId: string): Promise<boolean> {
  return !!(await selectDepositCompartment.first(db, { boxId }));
}

/** Deposit compartments of a box that are empty, shut and held by no deposit: candidates for a new deposit. */
export function listFreeDepositCompartments(db: DbOrTrx, boxId: string) {
  return db
    .selectFrom('compartments')
    .select(['id', 'number', 'door', 'sensor_occupied'])
    .where('box_id', '=', boxId)
    .where('status', '=', depositCompartmentStatus)
    .where('door', '<>', 'open')
    .where((eb) => eb.or([eb('sensor_occupied', 'is', null), eb('sensor_occupied', '=', 0)]))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('old_document_deposits')
            .select('old_document_deposits.id')
            .whereRef('old_document_deposits.occupying_compartment_id', '=', 'compartments.id'),
        ),
      ),
    )
    .orderBy('number')
    .execute();
}

/**
 * Moves a deposit from one of `from` to `status` with `patch`; false when another request or event moved it first
 * (of two racing changes exactly one wins).
 */
export async function moveDeposit(
  trx: Trx,
  id: string,
  from: readonly string[],
  patch: Updateable<OldDocumentDepositsTable> & { status: string; updated_at: string },
): Promise<boolean> {
  const result = await trx
    .updateTable('old_document_deposits')
    .set(patch)
    .where('id', '=', id)
    .where('status', 'in', [...from])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Deposits for the staff lists: with the new document's reference and type. */
export function listDeposits(
  db: DbOrTrx,
  filter: { statuses: readonly string[]; boxId?: string | undefined; limit: number; scope: OfficeScope },
) {
  let query = db
    .selectFrom('old_document_deposits as d')
    .innerJoin('documents', 'documents.id', 'd.document_id')
    .innerJoin('document_types', 'document_types.id', 'documents.type_id')
    .leftJoin('staff_users as collector', 'collector.id', 'd.collected_by')
    .leftJoin('staff_users as receiver', 'receiver.id', 'd.handed_over_by')
    .selectAll('d')
    .select([
      'documents.reference as document_reference',
      'documents.holder_name as holder_name',
      'document_types.name as document_type',
      'collector.display_name as collected_by_name',
      'receiver.display_name as handed_over_by_name',
    ])
    .where('d.status', 'in', [...filter.statuses])
    .where(inOfficeScope(filter.scope));
  if (filter.boxId) query = query.where('d.box_id', '=', filter.boxId);
  return query.orderBy('d.created_at').orderBy('d.id').limit(filter.limit).execute();
}
