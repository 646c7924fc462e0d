/** What the kiosk tells the citizen before the door opens when the document's policy takes an evidence image. */
import type { AppContext } from '../../context.ts';

export function evidenceImageNotice(
  ctx: Pick<AppContext, 'config'>,
  document: { evidence_image_required: number | null },
): { evidenceImageRetentionDays?: number } {
  return Number(document.evidence_image_required) === 1
    ? { evidenceImageRetentionDays: ctx.config.evidenceImage.retentionDays }
    : {};
}
