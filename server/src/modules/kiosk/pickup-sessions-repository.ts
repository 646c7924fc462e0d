/** SQL for kiosk pickups: pickup sessions and the document facts a kiosk may see. */
import type { DbOrTrx, Trx } from '../../db/database.ts';
import type { PickupSessionStatus } from '@buergerpunkt/contracts';
import type { PickupSessionsTable } from '../../db/schema.ts';
import { preparedQuery } from '../../db/prepared-query.ts';

/**
 * Statuses (contracts: pickupSessionStatuses): awaiting_check, the document type asks for a check; awaiting_staff,
 * zone staff must confirm; ready, the door may be opened; opened, the unlock is queued (final for the session);
 * abandoned, the citizen cancelled; failed, the check's guess budget ran out.
 */
export type { PickupSessionStatus };

/** A session in one of these states (and not expired) blocks a second session for the same document. */
export const liveSessionStatuses = [
  'awaiting_check',
  'awaiting_staff',
  'ready',
] as const satisfies readonly PickupSessionStatus[];

export type PickupSessionRow = PickupSessionsTable;

const insertSession = preparedQuery((db, p: { [K in keyof PickupSessionRow]: PickupSessionRow[K] }) =>
  db.insertInto('pickup_sessions').values({
    id: p.id,
    document_id: p.document_id,
    terminal_id: p.terminal_id,
    status: p.status,
    check_required: p.check_required,
    expires_at: p.expires_at,
    created_at: p.created_at,
  }),
);

export async function insertPickupSession(trx: Trx, row: PickupSessionRow): Promise<void> {
  await insertSession.run(trx, { ...row });
}

// Every later kiosk step reads its session and document: built and compiled once (db/prepared-query.ts).
const selectPickupSession = preparedQuery((db, p: { id: string }) =>
  db.selectFrom('pickup_sessions').selectAll().where('id', '=', p.id),
);

export function findPickupSession(db: DbOrTrx, id: string) {
  return selectPickupSession.first(db, { id });
}

const selectLiveSessionForDocument = preparedQuery((db, p: { documentId: string; nowIso: string }) =>
  db
    .selectFrom('pickup_sessions')
    .select(['id', 'terminal_id', 'status'])
    .where('document_id', '=', p.documentId)
    .where('status', 'in', [...liveSessionStatuses])
    .where('expires_at', '>', p.nowIso),
);

export function findLiveSessionForDocument(db: DbOrTrx, documentId: string, nowIso: string) {
  return selectLiveSessionForDocument.first(db, { documentId, nowIso });
}

/**
 * Moves a session from one of `from` to `to`, only while it has not expired (unless `ignoreExpiry`). Returns
 * whether this call made the move: of two racing calls exactly one does.
 */
export async function moveSessionStatus(
  trx: Trx,
  move: {
    id: string;
    from: readonly PickupSessionStatus[];
    to: PickupSessionStatus;
    nowIso: string;
    ignoreExpiry?: boolean;
    newExpiresAt?: string;
  },
): Promise<boolean> {
  let query = trx
    .updateTable('pickup_sessions')
    .set({ status: move.to, ...(move.newExpiresAt ? { expires_at: move.newExpiresAt } : {}) })
    .where('id', '=', move.id)
    .where('status', 'in', [...move.from]);
  if (!move.ignoreExpiry) query = query.where('expires_at', '>', move.nowIso);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The document behind a code hash (unique index), with what the kiosk needs to decide on a pickup. */
const selectDocumentForCode = preparedQuery((db, p: { codeHash: string }) =>
  db
    .selectFrom('documents')
    .innerJoin('document_types', 'document_types.id', 'documents.type_id')
    .select([
      'documents.id',
      'documents.state',
      'documents.box_id',
      'documents.compartment_id',
      'documents.code_hash',
      'documents.code_locked',
      'documents.version',
      // The policy copied at registration; documents registered before that copy existed follow their type.
      (eb) => eb.fn.coalesce('documents.pickup_check', 'document_types.pickup_check').as('pickup_check'),
      'documents.pin_letter_required',
      'documents.evidence_image_required',
      'document_types.name as type_name',
    ])
    .where('documents.code_hash', '=', p.codeHash),
);

export function findDocumentForCode(db: DbOrTrx, codeHash: string) {
  return selectDocumentForCode.first(db, { codeHash });
}

/** A session's document with its type and compartment, for the later kiosk steps. */
const selectPickupDocument = preparedQuery((db, p: { documentId: string }) =>
  db
    .selectFrom('documents')
    .innerJoin('document_types', 'document_types.id', 'documents.type_id')
    .leftJoin('compartments', 'compartments.id', 'documents.compartment_id')
    .select([
      'documents.id',
      'documents.state',
      'documents.box_id',
      'documents.holder_name',
      'documents.date_of_birth_hash',
      'documents.code_locked',
      'documents.code_failed_attempts',
      'documents.check_failed_attempts',
      'documents.pin_letter_required',
      'documents.pin_letter_confirmed_at',
      'documents.evidence_image_required',
      'documents.pickup_checks_passed',
      'documents.old_document_number_hash',
      'document_types.name as type_name',
      'compartments.id as compartment_id',
      'compartments.number as compartment_number',
      'compartments.door as compartment_door',
      'compartments.wheelchair_reachable as compartment_wheelchair_reachable',
    ])
    .where('documents.id', '=', p.documentId),
);

export function findPickupDocument(db: DbOrTrx, documentId: string) {
  return selectPickupDocument.first(db, { documentId });
}
export type PickupDocument = NonNullable<Awaited<ReturnType<typeof findPickupDocument>>>;
