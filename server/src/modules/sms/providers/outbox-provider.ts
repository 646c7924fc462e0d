/**
 * The demo "gateway": instead of sending, it stores the message in `demo_sms_inbox`, where the local outbox page
 * (/outbox) and the dev API show it. Idempotent like a real gateway: the same key never makes a second message.
 */
import type { AppContext } from '../../../context.ts';
import type { SmsProvider, SmsSendRequest, SmsSendResult } from './sms-provider.ts';

export class OutboxSmsProvider implements SmsProvider {
  readonly name = 'outbox' as const;

  constructor(private readonly ctx: Pick<AppContext, 'db' | 'ids' | 'clock'>) {}

  async send(request: SmsSendRequest): Promise<SmsSendResult> {
    const { db, ids, clock } = this.ctx;
    await db
      .insertInto('demo_sms_inbox')
      .values({
        id: ids.newId(),
        idempotency_key: request.idempotencyKey,
        recipient: request.to,
        sender: request.from,
        body: request.text,
        created_at: clock.now().toISOString(),
      })
      .onConflict((oc) => oc.column('idempotency_key').doNothing())
      .execute();
    const row = await db
      .selectFrom('demo_sms_inbox')
      .select('id')
      .where('idempotency_key', '=', request.idempotencyKey)
      .executeTakeFirstOrThrow();
    return { providerMessageId: row.id };
  }
}
