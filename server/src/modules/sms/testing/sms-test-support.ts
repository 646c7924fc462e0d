/**
 * Test support for the SMS area's medium tests: one SMS queued for a freshly registered document (as a state change
 * queues it), and the message's row and send job read back.
 */
import { registerTestDocument, type SeededHub } from '../../../testing/fixtures.ts';
import type { RegisterDocumentInput } from '../../documents/register-document.ts';
import { queueSms, type NewSms } from '../queue-sms.ts';

/** Registers a document (`document` overrides the test defaults) and queues `sms` to it in its own transaction. */
export async function queueSmsForNewDocument(
  hub: SeededHub,
  sms: Omit<NewSms, 'documentId'>,
  document: Partial<RegisterDocumentInput> = {},
): Promise<{ documentId: string; messageId: string }> {
  const registered = await registerTestDocument(hub, document);
  const messageId = await hub.ctx.db
    .transaction()
    .execute((trx) =>
      queueSms(trx, hub.ctx, hub.clock.now().toISOString(), { documentId: registered.id, ...sms }),
    );
  return { documentId: registered.id, messageId };
}

export function smsMessageRow(hub: SeededHub, messageId: string) {
  return hub.ctx.db
    .selectFrom('sms_messages')
    .selectAll()
    .where('id', '=', messageId)
    .executeTakeFirstOrThrow();
}

/** The `sms.send` job of a message (its idempotency key is the message id). */
export function smsJobRow(hub: SeededHub, messageId: string) {
  return hub.ctx.db
    .selectFrom('jobs')
    .selectAll()
    .where('idempotency_key', '=', `sms:${messageId}`)
    .executeTakeFirstOrThrow();
}
