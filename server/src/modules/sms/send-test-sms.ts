/**
 * A test SMS for the installation (`npm run sms:test -- <number>`): queued like every other SMS, so the running hub's
 * job runner sends it through the configured gateway and the delivery report comes back on the webhook. Audited
 * with the number masked; it belongs to no document.
 */
import type { AppContext } from '../../context.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { maskPhone } from '../documents/document-presenter.ts';
import { systemPrincipal } from '../../platform/principal.ts';
import { normalizeMobileNumber } from './phone-numbers.ts';
import { queueSms } from './queue-sms.ts';

export async function queueTestSms(ctx: Pick<AppContext, 'db' | 'ids' | 'config' | 'clock'>, phone: string) {
  const recipient = normalizeMobileNumber(phone);
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const messageId = await queueSms(trx, ctx, at, {
      documentId: null,
      recipient,
      template: 'installation_test',
      params: { town: ctx.config.townName },
    });
    await recordAudit(trx, at, {
      actor: systemPrincipal.actor,
      action: 'sms.test_queued',
      entityType: 'sms_message',
      entityId: messageId,
      data: { to: maskPhone(recipient), provider: ctx.config.sms.provider },
    });
    return { messageId, recipient };
  });
}

/** Where the message stands: queued | sending | sent | delivered | failed, and the gateway's last error. */
export async function testSmsStatus(ctx: Pick<AppContext, 'db'>, messageId: string) {
  return ctx.db
    .selectFrom('sms_messages')
    .select(['status', 'last_error', 'attempts'])
    .where('id', '=', messageId)
    .executeTakeFirstOrThrow();
}
