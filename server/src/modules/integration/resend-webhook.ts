/**
 * Staff send a given-up issue event again (the receiver was down longer than the retries lasted). The event keeps
 * its id, so a receiver that did get it after all drops the repeat.
 */
import type { AppContext } from '../../context.ts';
import { runAfterCommit } from '../../db/database.ts';
import { enqueueJob } from '../../jobs/job-queue.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { officeInScope, officeScopeOf } from '../privacy/office-scope.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { findWebhookDelivery, reopenFailedWebhook } from './webhook-deliveries-repository.ts';
import { deliverWebhookJobKind } from './webhook-outbox.ts';

export async function resendWebhook(ctx: AppContext, id: string, principal: Principal): Promise<void> {
  const at = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const delivery = await findWebhookDelivery(trx, id);
    if (!delivery) throw notFound('webhook_delivery_not_found');
    // An event about a document of another office is not the caller's to see or resend.
    const scope = officeScopeOf(principal);
    if (!scope.all) {
      const document = delivery.document_id
        ? await trx
            .selectFrom('documents')
            .select('office_id')
            .where('id', '=', delivery.document_id)
            .executeTakeFirst()
        : undefined;
      if (!document || !officeInScope(scope, document.office_id))
        throw notFound('webhook_delivery_not_found');
    }
    if (!(await reopenFailedWebhook(trx, id))) throw conflict('webhook_delivery_not_failed');
    await enqueueJob(trx, {
      id: ctx.ids.newId(),
      kind: deliverWebhookJobKind,
      payload: { deliveryId: id },
      idempotencyKey: `webhook:${id}:resend:${at}`,
      runAt: at,
      maxAttempts: ctx.config.integration.webhookMaxAttempts,
    });
    await recordAudit(trx, at, {
      actor: principal.actor,
      action: 'webhook.resend',
      entityType: 'document',
      entityId: delivery.document_id ?? id,
      data: { deliveryId: id, eventType: delivery.event_type },
    });
    runAfterCommit(trx, () => ctx.onJobsQueued());
  });
}
