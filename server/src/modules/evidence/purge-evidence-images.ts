/**
 * Maintenance pass: deletes evidence images older than `config.evidenceImage.retentionDays` (default 90), counted
 * from when they were taken. One audit entry `evidence_image.purged` per pass that deleted anything, with the count.
 */
import type { AppContext } from '../../context.ts';
import { addMs, isoNow } from '../../platform/clock.ts';
import { systemActor, recordAudit } from '../audit/audit-service.ts';
import { deleteEvidenceImagesTakenBefore } from './evidence-images-repository.ts';

const dayMs = 24 * 60 * 60 * 1000;

export async function purgeEvidenceImages(ctx: AppContext): Promise<{ deleted: number }> {
  const now = isoNow(ctx.clock);
  const retentionDays = ctx.config.evidenceImage.retentionDays;
  const before = addMs(now, -retentionDays * dayMs);
  return ctx.db.transaction().execute(async (trx) => {
    const deleted = await deleteEvidenceImagesTakenBefore(trx, before);
    if (deleted > 0) {
      await recordAudit(trx, now, {
        actor: systemActor,
        action: 'evidence_image.purged',
        entityType: 'evidence_image',
        entityId: null,
        data: { deleted, retentionDays, takenBefore: before },
      });
    }
    return { deleted };
  });
}
