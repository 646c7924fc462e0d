/** SQL for documents as staff see them: lookups and lists. State changes go through transition-document.ts. */
import type { DocumentState } from '@buergerpunkt/contracts';
import { finalDocumentStates } from '@buergerpunkt/contracts';
import { sql } from 'kysely';
import type { DbOrTrx } from '../../db/database.ts';
import { allOffices, inOfficeScope, type OfficeScope } from '../privacy/office-scope.ts';

export function findDocumentById(db: DbOrTrx, id: string) {
  return db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The open document with `reference`, among the offices of `scope` (default: all). */
export function findOpenDocumentByReference(db: DbOrTrx, reference: string, scope: OfficeScope = allOffices) {
  return db
    .selectFrom('documents')
    .selectAll()
    .where('reference', '=', reference)
    .where(inOfficeScope(scope))
    .where('state', 'not in', [...finalDocumentStates])
    .executeTakeFirst();
}

/** The newest document an office registered under `reference`, in any state (idempotent registration). */
export function findLatestDocumentOfOffice(db: DbOrTrx, officeId: string, reference: string) {
  return db
    .selectFrom('documents')
    .selectAll()
    .where('office_id', '=', officeId)
    .where('reference', '=', reference)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export interface DocumentListQuery {
  state?: DocumentState;
  officeId?: string;
  boxId?: string;
  reference?: string;
  holderName?: string;
  limit: number;
  offset: number;
}

/** One page of the documents in `scope`, each with the number of its compartment (null when not in a box), in one query. */
export function listDocuments(db: DbOrTrx, query: DocumentListQuery, scope: OfficeScope) {
  let q = db
    .selectFrom('documents')
    .where(inOfficeScope(scope))
    .leftJoin('compartments', 'compartments.id', 'documents.compartment_id')
    .selectAll('documents')
    .select('compartments.number as compartment_number')
    .orderBy('documents.created_at', 'desc')
    .orderBy('documents.id')
    .limit(query.limit)
    .offset(query.offset);
  if (query.state) q = q.where('documents.state', '=', query.state);
  if (query.officeId) q = q.where('documents.office_id', '=', query.officeId);
  if (query.boxId) q = q.where('documents.box_id', '=', query.boxId);
  // A reference matches from its start, so a clerk finds a whole batch (`PA-2026-`) as well as one document.
  if (query.reference) {
    const prefix = `${query.reference.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where(sql<boolean>`documents.reference like ${prefix} escape '\\'`);
  }
  if (query.holderName)
    q = q.where('documents.holder_name', 'like', `%${query.holderName.replace(/[%_]/g, '')}%`);
  return q.execute();
}
