/** SQL for the webhook outbox rows (migration 0018). */
import { allOffices, inOfficeScope, type OfficeScope } from '../privacy/office-scope.ts';
import { sql } from 'kysely';
import type { DbOrTrx } from '../../db/database.ts';

export function findWebhookDelivery(db: DbOrTrx, id: string) {
  return db.selectFrom('webhook_deliveries').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The document's undelivered events before `seq`, oldest first (they must reach the receiver first). */
export function earlierPendingDeliveries(db: DbOrTrx, documentId: string, seq: number) {
  return db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('document_id', '=', documentId)
    .where('document_seq', '<', seq)
    .where('status', '=', 'pending')
    .orderBy('document_seq')
    .execute();
}

export async function recordWebhookAttempt(
  db: DbOrTrx,
  id: string,
  outcome: { at: string; statusCode: number | null; error: string | null; delivered: boolean },
): Promise<void> {
  await db
    .updateTable('webhook_deliveries')
    .set({
      attempts: sql<number>`attempts + 1`,
      last_attempt_at: outcome.at,
      last_status_code: outcome.statusCode,
      last_error: outcome.error,
      ...(outcome.delivered ? { status: 'delivered', delivered_at: outcome.at } : {}),
    })
    .where('id', '=', id)
    .execute();
}

export async function markWebhookFailed(db: DbOrTrx, id: string): Promise<boolean> {
  const result = await db
    .updateTable('webhook_deliveries')
    .set({ status: 'failed' })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The newest deliveries first, with the document's reference; optionally only one status; only `scope`'s offices. */
export function listWebhookDeliveries(
  db: DbOrTrx,
  query: { status?: string; limit: number; offset: number },
  scope: OfficeScope = allOffices,
) {
  let q = db
    .selectFrom('webhook_deliveries as w')
    .leftJoin('documents as d', 'd.id', 'w.document_id')
    .where(inOfficeScope(scope, 'd.office_id'))
    .select([
      'w.id',
      'w.event_type',
      'w.document_id',
      'w.status',
      'w.attempts',
      'w.last_status_code',
      'w.last_error',
      'w.last_attempt_at',
      'w.delivered_at',
      'w.created_at',
      'd.reference',
    ])
    .orderBy('w.created_at', 'desc')
    .orderBy('w.id', 'desc')
    .limit(query.limit)
    .offset(query.offset);
  if (query.status) q = q.where('w.status', '=', query.status);
  return q.execute();
}

/** Puts a given-up delivery back to pending (for a resend by staff); false if it was not failed. */
export async function reopenFailedWebhook(db: DbOrTrx, id: string): Promise<boolean> {
  const result = await db
    .updateTable('webhook_deliveries')
    .set({ status: 'pending' })
    .where('id', '=', id)
    .where('status', '=', 'failed')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Deletes delivered and given-up deliveries made before `before`; pending ones stay until they are settled. */
export async function deleteSettledWebhooksBefore(db: DbOrTrx, before: string): Promise<number> {
  const result = await db
    .deleteFrom('webhook_deliveries')
    .where('created_at', '<', before)
    .where('status', 'in', ['delivered', 'failed'])
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
