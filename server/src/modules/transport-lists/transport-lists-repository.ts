/** SQL of transport lists and their items. The rules live in the use-case files beside it. */
import type { Selectable, Updateable } from 'kysely';
import { dialectOf, type DbOrTrx, type Trx } from '../../db/database.ts';
import type { TransportListItemsTable, TransportListsTable } from '../../db/schema.ts';
import type { Actor } from '../audit/audit-service.ts';
import { allOffices, inOfficeScope, type OfficeScope } from '../privacy/office-scope.ts';

export type TransportListRow = Selectable<TransportListsTable>;
export type TransportListItemRow = Selectable<TransportListItemsTable>;

/** Item statuses that still wait for the loading (the others are done). */
export const waitingItemStatuses = ['pending', 'loading'] as const;

export async function insertTransportList(
  trx: Trx,
  list: TransportListsTable,
  items: readonly TransportListItemsTable[],
): Promise<void> {
  await trx.insertInto('transport_lists').values(list).execute();
  await trx
    .insertInto('transport_list_items')
    .values([...items])
    .execute();
}

export function findTransportList(db: DbOrTrx, id: string) {
  return db.selectFrom('transport_lists').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Reads the list row-locked on PostgreSQL (SQLite has one writer anyway): two items loaded at the same moment
 * then count each other's change, so the last one closes the list.
 */
export function lockTransportList(trx: Trx, id: string) {
  let query = trx.selectFrom('transport_lists').selectAll().where('id', '=', id);
  if (dialectOf(trx) === 'postgres') query = query.forUpdate();
  return query.executeTakeFirst();
}

/** The waiting item of a document, if it is on an open list. */
export function findWaitingItemOfDocument(db: DbOrTrx, documentId: string) {
  return db
    .selectFrom('transport_list_items')
    .selectAll()
    .where('active_document_id', '=', documentId)
    .executeTakeFirst();
}

/** Which of these documents already wait on an open list (for a clear refusal before the unique index). */
export function findWaitingItemsOfDocuments(db: DbOrTrx, documentIds: readonly string[]) {
  return db
    .selectFrom('transport_list_items')
    .select(['document_id', 'list_id'])
    .where('active_document_id', 'in', [...documentIds])
    .execute();
}

export function findItem(db: DbOrTrx, listId: string, documentId: string) {
  return db
    .selectFrom('transport_list_items')
    .selectAll()
    .where('list_id', '=', listId)
    .where('document_id', '=', documentId)
    .executeTakeFirst();
}

/** Updates an item only if it is still in `fromStatus` (two racing changes: one wins); true when it did. */
export async function updateItem(
  trx: Trx,
  itemId: string,
  fromStatus: string,
  changes: Updateable<TransportListItemsTable>,
): Promise<boolean> {
  const result = await trx
    .updateTable('transport_list_items')
    .set(changes)
    .where('id', '=', itemId)
    .where('status', '=', fromStatus)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function countWaitingItems(db: DbOrTrx, listId: string): Promise<number> {
  const row = await db
    .selectFrom('transport_list_items')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('list_id', '=', listId)
    .where('status', 'in', [...waitingItemStatuses])
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function closeTransportListRow(
  trx: Trx,
  listId: string,
  at: string,
  actor: Actor,
): Promise<boolean> {
  const result = await trx
    .updateTable('transport_lists')
    .set({ status: 'closed', closed_at: at, closed_by_type: actor.type, closed_by: actor.id })
    .where('id', '=', listId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

const itemColumns = [
  'i.document_id',
  'i.position',
  'i.status',
  'i.planned_compartment',
  'i.box_id',
  'i.compartment',
  'i.loader_name',
  'i.second_loader_name',
  'i.loading_started_at',
  'i.loaded_at',
  'i.taken_back_at',
  'i.taken_back_by_name',
  'i.taken_back_reason',
  'd.reference',
  'd.holder_name',
  'd.state as document_state',
  't.name as type_name',
] as const;

/** The items of a list with each document as the office sees it now, in list order. */
export function listItemsWithDocuments(db: DbOrTrx, listId: string, scope: OfficeScope = allOffices) {
  return db
    .selectFrom('transport_list_items as i')
    .innerJoin('documents as d', 'd.id', 'i.document_id')
    .innerJoin('document_types as t', 't.id', 'd.type_id')
    .select(itemColumns)
    .where('i.list_id', '=', listId)
    .where(inOfficeScope(scope, 'd.office_id'))
    .orderBy('i.position')
    .execute();
}

export type ItemWithDocumentRow = Awaited<ReturnType<typeof listItemsWithDocuments>>[number];

/** Lists, newest first, with their box and item counts by status. */
export async function listTransportListRows(db: DbOrTrx, status: string | undefined, limit: number) {
  let query = db
    .selectFrom('transport_lists as l')
    .innerJoin('boxes as b', 'b.id', 'l.box_id')
    .selectAll('l')
    .select(['b.name as box_name', 'b.address as box_address'])
    .orderBy('l.created_at', 'desc')
    .orderBy('l.id')
    .limit(limit);
  if (status) query = query.where('l.status', '=', status);
  return query.execute();
}

export async function itemCountsByList(db: DbOrTrx, listIds: readonly string[]) {
  if (listIds.length === 0) return new Map<string, Record<string, number>>();
  const rows = await db
    .selectFrom('transport_list_items')
    .select(['list_id', 'status', (eb) => eb.fn.countAll<number | string>().as('count')])
    .where('list_id', 'in', [...listIds])
    .groupBy(['list_id', 'status'])
    .execute();
  const byList = new Map<string, Record<string, number>>();
  for (const row of rows) {
    const counts = byList.get(row.list_id) ?? {};
    counts[row.status] = Number(row.count);
    byList.set(row.list_id, counts);
  }
  return byList;
}

/** Documents that may go on a new list: registered or ready for transport, and waiting on no open list. */
export function listCandidateDocuments(db: DbOrTrx, limit: number, scope: OfficeScope = allOffices) {
  return db
    .selectFrom('documents as d')
    .innerJoin('document_types as t', 't.id', 'd.type_id')
    .leftJoin('transport_list_items as i', 'i.active_document_id', 'd.id')
    .select([
      'd.id',
      'd.reference',
      'd.holder_name',
      'd.state',
      'd.office_id',
      'd.created_at',
      't.name as type_name',
    ])
    .where('d.state', 'in', ['registered', 'ready_for_transport'])
    .where('i.id', 'is', null)
    .where(inOfficeScope(scope, 'd.office_id'))
    .orderBy('d.created_at')
    .orderBy('d.id')
    .limit(limit)
    .execute();
}

/** A person's name for the paper list: a staff member's display name or a token's name; null for box or system. */
export async function actorName(db: DbOrTrx, actor: Actor): Promise<string | null> {
  if (!actor.id) return null;
  if (actor.type === 'staff') {
    const row = await db
      .selectFrom('staff_users')
      .select('display_name')
      .where('id', '=', actor.id)
      .executeTakeFirst();
    return row?.display_name ?? null;
  }
  if (actor.type === 'token') {
    const row = await db
      .selectFrom('api_tokens')
      .select('name')
      .where('id', '=', actor.id)
      .executeTakeFirst();
    return row?.name ?? null;
  }
  return actor.type === 'cli' ? actor.id : null;
}
