/** SQL for SMS messages, delivery-status webhook receipts and the demo inbox. */
import type { DbOrTrx } from '../../db/database.ts';

/** Statuses after which nothing is sent any more. */
export const finalSmsStatuses = ['delivered', 'failed'] as const;
/** Statuses in which the gateway has the message. */
export const handedOverSmsStatuses = ['sent', 'delivered'] as const;

export function findSmsMessage(db: DbOrTrx, id: string) {
  return db.selectFrom('sms_messages').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findSmsMessageByProviderId(db: DbOrTrx, provider: string, providerMessageId: string) {
  return db
    .selectFrom('sms_messages')
    .selectAll()
    .where('provider', '=', provider)
    .where('provider_message_id', '=', providerMessageId)
    .executeTakeFirst();
}

/** Marks a send attempt as begun; false if the message is no longer waiting to be sent. */
export async function markSmsSending(db: DbOrTrx, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('sms_messages')
    .set((eb) => ({ status: 'sending', attempts: eb('attempts', '+', 1), status_at: at }))
    .where('id', '=', id)
    .where('status', 'in', ['queued', 'sending'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A temporary failure: back to queued (the job retries), with the reason for staff. */
export async function markSmsAttemptFailed(db: DbOrTrx, id: string, error: string, at: string) {
  await db
    .updateTable('sms_messages')
    .set({ status: 'queued', last_error: error, status_at: at })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .execute();
}

export interface SmsSentUpdate {
  provider: string;
  providerMessageId: string;
  at: string;
}

/**
 * Records the gateway's acceptance and wipes the sealed body (the code must not rest here longer than needed).
 * A delivery report that raced ahead of us keeps its final status.
 */
export async function markSmsSent(db: DbOrTrx, id: string, update: SmsSentUpdate): Promise<boolean> {
  const common = {
    provider: update.provider,
    provider_message_id: update.providerMessageId,
    sent_at: update.at,
    body_sealed: null,
    last_error: null,
  };
  const result = await db
    .updateTable('sms_messages')
    .set({ ...common, status: 'sent', status_at: update.at })
    .where('id', '=', id)
    .where('status', 'in', ['queued', 'sending'])
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 1) return true;
  await db.updateTable('sms_messages').set(common).where('id', '=', id).execute();
  return false;
}

/** Gives a message up: failed, body wiped. False if it had already reached the gateway or a final status. */
export async function markSmsGivenUp(db: DbOrTrx, id: string, reason: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('sms_messages')
    .set({ status: 'failed', last_error: reason, status_at: at, body_sealed: null })
    .where('id', '=', id)
    .where('status', 'in', ['queued', 'sending'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Applies a delivery report unless the message already has a final status. */
export async function applyDeliveryStatus(
  db: DbOrTrx,
  id: string,
  status: 'delivered' | 'failed',
  error: string | null,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('sms_messages')
    .set({ status, status_at: at, body_sealed: null, ...(error ? { last_error: error } : {}) })
    .where('id', '=', id)
    .where('status', 'not in', [...finalSmsStatuses])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function listSmsForDocument(db: DbOrTrx, documentId: string) {
  return db
    .selectFrom('sms_messages')
    .select([
      'id',
      'template',
      'status',
      'recipient',
      'segments',
      'attempts',
      'last_error',
      'provider',
      'created_at',
      'sent_at',
      'status_at',
    ])
    .where('document_id', '=', documentId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Remembers a webhook event; false when it was seen before (a replay). */
export async function insertWebhookReceipt(db: DbOrTrx, id: string, at: string): Promise<boolean> {
  const result = await db
    .insertInto('sms_webhook_receipts')
    .values({ id, received_at: at })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Forgets receipts older than `before`: events that old are refused as stale anyway. */
export async function pruneWebhookReceipts(db: DbOrTrx, before: string): Promise<void> {
  await db.deleteFrom('sms_webhook_receipts').where('received_at', '<', before).execute();
}

export function listDemoInbox(db: DbOrTrx, options: { to?: string; limit: number }) {
  let query = db
    .selectFrom('demo_sms_inbox')
    .select(['id', 'recipient', 'sender', 'body', 'created_at'])
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit);
  if (options.to) query = query.where('recipient', '=', options.to);
  return query.execute();
}
