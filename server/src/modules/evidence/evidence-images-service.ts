/**
 * The auditors' reading of evidence images: the list (metadata only) and the image itself, unsealed on demand.
 * Every view of an image is audited (`evidence_image.viewed`: who, which image, which document) in the same
 * transaction that reads it, so no image leaves the hub without its entry.
 */
import type { EvidenceImageList } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import { addMs, isoNow } from '../../platform/clock.ts';
import { unsealBytes } from '../../platform/crypto.ts';
import { notFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { officeScopeOf, type OfficeScope } from '../privacy/office-scope.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { findEvidenceImage, listEvidenceImageRows } from './evidence-images-repository.ts';

const dayMs = 24 * 60 * 60 * 1000;

export async function listEvidenceImages(
  ctx: AppContext,
  filter: { documentId?: string; limit: number; scope?: OfficeScope },
): Promise<EvidenceImageList> {
  const retentionDays = ctx.config.evidenceImage.retentionDays;
  const rows = await listEvidenceImageRows(ctx.db, filter);
  return {
    retentionDays,
    items: rows.map((row) => ({
      id: row.id,
      documentId: row.document_id,
      documentReference: row.document_reference ?? null,
      documentType: row.document_type ?? null,
      boxId: row.box_id,
      compartmentNumber: Number(row.compartment_number),
      takenAt: row.taken_at,
      sizeBytes: Number(row.size_bytes),
      deleteAfter: addMs(row.taken_at, retentionDays * dayMs),
    })),
  };
}

export async function viewEvidenceImage(
  ctx: AppContext,
  id: string,
  principal: Principal,
): Promise<{ contentType: string; bytes: Buffer }> {
  const at = isoNow(ctx.clock);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await findEvidenceImage(trx, id, officeScopeOf(principal));
    if (!row) throw notFound('evidence_image_not_found');
    const bytes = unsealBytes(ctx.config.secrets.evidenceKey, row.image_sealed);
    await recordAudit(trx, at, {
      actor: principal.actor,
      action: 'evidence_image.viewed',
      entityType: 'document',
      entityId: row.document_id,
      data: {
        evidenceImageId: row.id,
        boxId: row.box_id,
        compartment: Number(row.compartment_number),
        takenAt: row.taken_at,
      },
    });
    return { contentType: row.content_type, bytes };
  });
}
