/** SQL of boxes, compartments, box commands and box events. Rules live in the use-case files beside it. */
import type { CompartmentSize } from '@buergerpunkt/contracts';
import { sql, type Selectable, type Updateable } from 'kysely';
import type { DbOrTrx, Trx } from '../../db/database.ts';
import type { BoxCommandsTable, CompartmentsTable } from '../../db/schema.ts';

export type CompartmentRow = Selectable<CompartmentsTable>;
export type BoxCommandRow = Selectable<BoxCommandsTable>;

export function findBox(db: DbOrTrx, boxId: string) {
  return db.selectFrom('boxes').selectAll().where('id', '=', boxId).executeTakeFirst();
}

/** Every box, or those of the tenants given (modules/tenants/tenant-scope.ts). */
export function listBoxRows(db: DbOrTrx, tenantIds?: readonly string[]) {
  return db
    .selectFrom('boxes')
    .selectAll()
    .where((eb) => (tenantIds ? eb('boxes.tenant_id', 'in', [...tenantIds, '']) : eb.lit(true)))
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export function listBoxIds(db: DbOrTrx): Promise<string[]> {
  return db
    .selectFrom('boxes')
    .select('id')
    .orderBy('id')
    .execute()
    .then((rows) => rows.map((r) => r.id));
}

export function findCompartmentByNumber(db: DbOrTrx, boxId: string, number: number) {
  return db
    .selectFrom('compartments')
    .selectAll()
    .where('box_id', '=', boxId)
    .where('number', '=', number)
    .executeTakeFirst();
}

export function findCompartmentById(db: DbOrTrx, id: string) {
  return db.selectFrom('compartments').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listCompartments(db: DbOrTrx, boxId: string) {
  return db
    .selectFrom('compartments')
    .leftJoin('documents', 'documents.id', 'compartments.document_id')
    .selectAll('compartments')
    .select([
      'documents.reference as document_reference',
      'documents.state as document_state',
      'documents.office_id as document_office_id',
    ])
    .where('compartments.box_id', '=', boxId)
    .orderBy('compartments.number')
    .execute();
}

export async function countCompartmentsByStatus(db: DbOrTrx): Promise<Map<string, Record<string, number>>> {
  const rows = await db
    .selectFrom('compartments')
    .select(['box_id', 'status', (eb) => eb.fn.countAll<number | string>().as('count')])
    .groupBy(['box_id', 'status'])
    .execute();
  const byBox = new Map<string, Record<string, number>>();
  for (const row of rows) {
    const counts = byBox.get(row.box_id) ?? {};
    counts[row.status] = Number(row.count);
    byBox.set(row.box_id, counts);
  }
  return byBox;
}

export async function updateCompartment(
  trx: Trx,
  id: string,
  at: string,
  patch: Updateable<CompartmentsTable>,
): Promise<void> {
  await trx
    .updateTable('compartments')
    .set({ ...patch, updated_at: at })
    .where('id', '=', id)
    .execute();
}

/** Free compartments of a box that could take a document of at least `minSize`, as candidates for loading. */
export function listFreeCompartments(db: DbOrTrx, boxId: string, sizes: readonly CompartmentSize[]) {
  return db
    .selectFrom('compartments')
    .selectAll()
    .where('box_id', '=', boxId)
    .where('status', '=', 'free')
    .where('document_id', 'is', null)
    .where('size', 'in', [...sizes])
    .where('door', '<>', 'open')
    .where((eb) => eb.or([eb('sensor_occupied', 'is', null), eb('sensor_occupied', '=', 0)]))
    .execute();
}

/**
 * Reserves a free compartment for a document. Conditional on `free`, so of two concurrent loaders exactly one gets
 * it (PostgreSQL re-checks the condition after the row lock; SQLite runs one writer at a time).
 */
export async function reserveCompartment(
  trx: Trx,
  compartmentId: string,
  documentId: string,
  at: string,
): Promise<boolean> {
  const result = await trx
    .updateTable('compartments')
    .set({ status: 'reserved', document_id: documentId, updated_at: at })
    .where('id', '=', compartmentId)
    .where('status', '=', 'free')
    .where('document_id', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function findBoxCommand(db: DbOrTrx, boxId: string, commandId: string) {
  return db
    .selectFrom('box_commands')
    .selectAll()
    .where('id', '=', commandId)
    .where('box_id', '=', boxId)
    .executeTakeFirst();
}

export interface CommandCursor {
  created_at: string;
  id: string;
}

/**
 * Commands to send, oldest first: never sent, or (for a new connection) also sent but not acknowledged. `after`
 * pages through the latter, which stay `sent` while they are resent.
 */
export function listOutstandingCommands(
  db: DbOrTrx,
  boxId: string,
  options: { includeSent: boolean; after?: CommandCursor | null; limit: number },
) {
  let query = db
    .selectFrom('box_commands')
    .selectAll()
    .where('box_id', '=', boxId)
    .where('status', 'in', options.includeSent ? ['pending', 'sent'] : ['pending']);
  const after = options.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('created_at', '>', after.created_at),
        eb.and([eb('created_at', '=', after.created_at), eb('id', '>', after.id)]),
      ]),
    );
  }
  return query.orderBy('created_at').orderBy('id').limit(options.limit).execute();
}

export async function markCommandSent(db: DbOrTrx, commandId: string, at: string): Promise<void> {
  await db
    .updateTable('box_commands')
    .set({ status: 'sent', sent_at: at })
    .where('id', '=', commandId)
    .where('status', '=', 'pending')
    .execute();
}

/** Completes a command once; returns false when it was already completed (a repeated or late ack). */
export async function completeCommand(
  db: DbOrTrx,
  commandId: string,
  status: 'done' | 'failed',
  result: Record<string, unknown>,
  at: string,
): Promise<boolean> {
  const updated = await db
    .updateTable('box_commands')
    // A held code hash never outlives its command: the caller that gives it back read it before.
    .set({ status, result: JSON.stringify(result), completed_at: at, held_code_hash: null })
    .where('id', '=', commandId)
    .where('status', 'in', ['pending', 'sent'])
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

/** Gives up the commands of a document that were not carried out yet (after a fault or a staff decision). */
export async function cancelOutstandingCommands(
  trx: Trx,
  documentId: string,
  reason: string,
  at: string,
): Promise<void> {
  await trx
    .updateTable('box_commands')
    .set({
      status: 'failed',
      result: JSON.stringify({ ok: false, fault: reason }),
      completed_at: at,
      held_code_hash: null,
    })
    .where('document_id', '=', documentId)
    .where('status', 'in', ['pending', 'sent'])
    .execute();
}

export async function markUnlockDoorOpened(trx: Trx, documentId: string, at: string): Promise<void> {
  await trx
    .updateTable('box_commands')
    .set({ door_opened_at: at })
    .where('document_id', '=', documentId)
    .where('type', '=', 'unlock')
    .where('door_opened_at', 'is', null)
    .execute();
}

/**
 * The unlock of a document's current door flow: the newest. Timestamps have millisecond resolution, so on a tie the
 * one whose door has not opened yet counts (a finished flow's unlock has opened its door).
 */
export function latestUnlockForDocument(db: DbOrTrx, documentId: string) {
  return db
    .selectFrom('box_commands')
    .selectAll()
    .where('document_id', '=', documentId)
    .where('type', '=', 'unlock')
    .orderBy('created_at', 'desc')
    .orderBy(sql`door_opened_at is null`, 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Stores an event unless it was stored before; true when this is its first arrival. */
export async function insertBoxEventOnce(
  trx: Trx,
  row: { id: string; box_id: string; type: string; payload: string; received_at: string },
): Promise<boolean> {
  const result = await trx
    .insertInto('box_events')
    .values(row)
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function setBoxLinkStatus(
  db: DbOrTrx,
  boxId: string,
  connected: boolean,
  at: string,
): Promise<void> {
  await db
    .updateTable('boxes')
    .set({ link_connected: connected ? 1 : 0, link_changed_at: at })
    .where('id', '=', boxId)
    .execute();
}
