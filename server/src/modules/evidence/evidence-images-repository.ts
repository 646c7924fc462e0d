/** SQL for the sealed evidence images (table `evidence_images`, migration 0009). */
import { allOffices, inOfficeScope, type OfficeScope } from '../privacy/office-scope.ts';
import type { DbOrTrx, Trx } from '../../db/database.ts';
import type { EvidenceImagesTable } from '../../db/schema.ts';

export async function insertEvidenceImageOnce(trx: Trx, row: EvidenceImagesTable): Promise<boolean> {
  const result = await trx
    .insertInto('evidence_images')
    .values(row)
    .onConflict((oc) => oc.columns(['box_id', 'event_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** The images' metadata (never the image), newest first, optionally of one document. */
export function listEvidenceImageRows(
  db: DbOrTrx,
  filter: { documentId?: string; limit: number; scope?: OfficeScope },
) {
  let query = db
    .selectFrom('evidence_images')
    .leftJoin('documents', 'documents.id', 'evidence_images.document_id')
    .leftJoin('document_types', 'document_types.id', 'documents.type_id')
    .where(inOfficeScope(filter.scope ?? allOffices))
    .select([
      'evidence_images.id',
      'evidence_images.document_id',
      'evidence_images.box_id',
      'evidence_images.compartment_number',
      'evidence_images.taken_at',
      'evidence_images.size_bytes',
      'documents.reference as document_reference',
      'document_types.name as document_type',
    ])
    .orderBy('evidence_images.taken_at', 'desc')
    .orderBy('evidence_images.id')
    .limit(filter.limit);
  if (filter.documentId) query = query.where('evidence_images.document_id', '=', filter.documentId);
  return query.execute();
}

/** One image, if its document's office is in `scope` (default: every office). */
export function findEvidenceImage(db: DbOrTrx, id: string, scope: OfficeScope = allOffices) {
  return db
    .selectFrom('evidence_images')
    .leftJoin('documents', 'documents.id', 'evidence_images.document_id')
    .select([
      'evidence_images.id',
      'evidence_images.document_id',
      'evidence_images.box_id',
      'evidence_images.compartment_number',
      'evidence_images.taken_at',
      'evidence_images.content_type',
      'evidence_images.image_sealed',
    ])
    .where('evidence_images.id', '=', id)
    .where(inOfficeScope(scope))
    .executeTakeFirst();
}

/** Deletes the images taken before `before`; how many went. */
export async function deleteEvidenceImagesTakenBefore(trx: Trx, before: string): Promise<number> {
  const result = await trx.deleteFrom('evidence_images').where('taken_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows ?? 0);
}
