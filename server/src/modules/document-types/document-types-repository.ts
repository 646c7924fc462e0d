/** SQL of document types and offices (the reference data of the registration form). */
import { inTenant } from '../tenants/tenant-scope.ts';
import { finalDocumentStates } from '@buergerpunkt/contracts';
import type { DbOrTrx, Trx } from '../../db/database.ts';
import type { DocumentTypesTable } from '../../db/schema.ts';

export function listDocumentTypeRows(db: DbOrTrx) {
  return db.selectFrom('document_types').selectAll().orderBy('name').orderBy('id').execute();
}

export function findDocumentTypeRow(db: DbOrTrx, id: string) {
  return db.selectFrom('document_types').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Open (not final) documents per type. */
export async function countOpenDocumentsByType(db: DbOrTrx): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('documents')
    .select(['type_id', (eb) => eb.fn.countAll<number | string>().as('count')])
    .where('state', 'not in', [...finalDocumentStates])
    .groupBy('type_id')
    .execute();
  return new Map(rows.map((r) => [r.type_id, Number(r.count)]));
}

export async function insertDocumentType(trx: Trx, row: DocumentTypesTable): Promise<void> {
  await trx.insertInto('document_types').values(row).execute();
}

export async function updateDocumentTypeRow(
  trx: Trx,
  id: string,
  patch: Partial<Omit<DocumentTypesTable, 'id'>>,
): Promise<void> {
  await trx.updateTable('document_types').set(patch).where('id', '=', id).execute();
}

export function listOfficeRows(db: DbOrTrx, tenantId?: string) {
  return db
    .selectFrom('offices')
    .selectAll()
    .where(inTenant(tenantId, 'offices.tenant_id'))
    .orderBy('name')
    .orderBy('id')
    .execute();
}
