/** SQL of the register export: issued documents in keyset pages, and how each was issued (from the audit log). */
import type { DbOrTrx } from '../../db/database.ts';
import { allOffices, inOfficeScope, type OfficeScope } from '../privacy/office-scope.ts';

export interface IssuedDocumentRow {
  id: string;
  reference: string;
  issued_at: string;
  type_name: string;
  office_name: string;
  box_name: string | null;
  box_timezone: string | null;
  compartment_number: number | null;
  pin_letter_confirmed_at: string | null;
  pickup_checks_passed: string | null;
}

export interface IssuedPageQuery {
  from: string;
  to: string;
  /** Keyset cursor: the last row of the previous page. */
  after?: { issuedAt: string; id: string };
  limit: number;
  /** Only documents of these offices (modules/privacy/office-scope.ts); default every office. */
  scope?: OfficeScope;
}

/** Documents with an issue time in [from, to), ordered by issue time then id. */
export async function pageIssuedDocuments(db: DbOrTrx, query: IssuedPageQuery): Promise<IssuedDocumentRow[]> {
  let q = db
    .selectFrom('documents')
    .innerJoin('document_types', 'document_types.id', 'documents.type_id')
    .innerJoin('offices', 'offices.id', 'documents.office_id')
    .leftJoin('boxes', 'boxes.id', 'documents.box_id')
    .leftJoin('compartments', 'compartments.id', 'documents.compartment_id')
    .select([
      'documents.id',
      'documents.reference',
      'documents.issued_at',
      'document_types.name as type_name',
      'offices.name as office_name',
      'boxes.name as box_name',
      'boxes.timezone as box_timezone',
      'compartments.number as compartment_number',
      'documents.pin_letter_confirmed_at',
      'documents.pickup_checks_passed',
    ])
    .where(inOfficeScope(query.scope ?? allOffices))
    .where('documents.state', '=', 'picked_up')
    .where('documents.issued_at', '>=', query.from)
    .where('documents.issued_at', '<', query.to);
  if (query.after) {
    const { issuedAt, id } = query.after;
    q = q.where((eb) =>
      eb.or([
        eb('documents.issued_at', '>', issuedAt),
        eb.and([eb('documents.issued_at', '=', issuedAt), eb('documents.id', '>', id)]),
      ]),
    );
  }
  const rows = await q.orderBy('documents.issued_at').orderBy('documents.id').limit(query.limit).execute();
  return rows.map((r) => ({
    ...r,
    issued_at: r.issued_at!,
    compartment_number: r.compartment_number === null ? null : Number(r.compartment_number),
  }));
}

/** The transition that issued each document: `document.complete_pickup` or `document.reconcile_as_picked_up`. */
export async function issueActions(
  db: DbOrTrx,
  documentIds: readonly string[],
): Promise<Map<string, string>> {
  if (documentIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('audit_log')
    .select(['entity_id', 'action'])
    .where('entity_type', '=', 'document')
    .where('entity_id', 'in', [...documentIds])
    .where('action', 'in', ['document.complete_pickup', 'document.reconcile_as_picked_up'])
    .execute();
  return new Map(rows.map((r) => [r.entity_id!, r.action]));
}
