/**
 * Maintenance pass: deletes delivered and given-up issue events older than `integration.webhookRetentionDays`
 * (default 90); their bodies name references. One audit entry `webhook.purged` per pass that deleted anything.
 */
import type { AppContext } from '../../context.ts';
import { addMs, isoNow } from '../../platform/clock.ts';
import { recordAudit, systemActor } from '../audit/audit-service.ts';
import { deleteSettledWebhooksBefore } from './webhook-deliveries-repository.ts';

const dayMs = 24 * 60 * 60 * 1000;

export async function purgeWebhookDeliveries(ctx: AppContext): Promise<{ deleted: number }> {
  const now = isoNow(ctx.clock);
  const retentionDays = ctx.config.integration.webhookRetentionDays;
  const before = addMs(now, -retentionDays * dayMs);
  return ctx.db.transaction().execute(async (trx) => {
    const deleted = await deleteSettledWebhooksBefore(trx, before);
    if (deleted > 0) {
      await recordAudit(trx, now, {
        actor: systemActor,
        action: 'webhook.purged',
        entityType: 'webhook_delivery',
        entityId: null,
        data: { deleted, retentionDays, createdBefore: before },
      });
    }
    return { deleted };
  });
}
