/** SQL of the public site's endpoints: boxes with their upcoming closures, and documents by typed reference. */
import { sql } from 'kysely';
import type { DbOrTrx } from '../../db/database.ts';

export function listBoxRows(db: DbOrTrx, tenantIds?: readonly string[]) {
  return db
    .selectFrom('boxes')
    .select(['id', 'name', 'location_name', 'address', 'timezone'])
    .where((eb) => (tenantIds ? eb('boxes.tenant_id', 'in', [...tenantIds, '']) : eb.lit(true)))
    .orderBy('name')
    .execute();
}

/** Special closures of a box that end on or after `today` (local date), soonest first. */
export async function listUpcomingClosures(db: DbOrTrx, boxId: string, today: string) {
  const rows = await db
    .selectFrom('box_closures')
    .select(['starts_on', 'ends_on'])
    .where('box_id', '=', boxId)
    .where('ends_on', '>=', today)
    .orderBy('starts_on')
    .limit(20)
    .execute();
  return rows.map((r) => ({ startsOn: r.starts_on, endsOn: r.ends_on }));
}

/** At most this many documents are read for one reference (references are meant to be unique per open case). */
const maxCandidates = 20;

/**
 * Documents whose reference equals `reference` regardless of case (index `documents_reference_upper`), with what
 * the status answer needs. Nothing here is sent to the caller as it is.
 */
export function findDocumentsByReference(db: DbOrTrx, reference: string) {
  return db
    .selectFrom('documents')
    .innerJoin('document_types', 'document_types.id', 'documents.type_id')
    .leftJoin('boxes', 'boxes.id', 'documents.box_id')
    .select([
      'documents.id',
      'documents.state',
      'documents.phone_hash',
      'documents.box_id',
      'documents.notified_at',
      'documents.created_at',
      'document_types.window_opening_days',
      'boxes.name as box_name',
      'boxes.location_name as box_location',
    ])
    .where(sql<string>`upper(documents.reference)`, '=', reference.toUpperCase())
    .orderBy('documents.created_at', 'desc')
    .limit(maxCandidates)
    .execute();
}

export function listDocumentTypeRows(db: DbOrTrx) {
  return db
    .selectFrom('document_types')
    .select(['id', 'name', 'pickup_check', 'window_opening_days'])
    .orderBy('name')
    .execute();
}
