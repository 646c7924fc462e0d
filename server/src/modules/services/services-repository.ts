/** SQL of the service catalogue: rows ⇄ catalogue records (lists and locations as JSON text). */
import { defaultTenantId } from '../tenants/tenant-ids.ts';
import { inTenant } from '../tenants/tenant-scope.ts';
import type { Service, ServiceInput } from '@buergerpunkt/contracts';
import type { DbOrTrx } from '../../db/database.ts';
import type { ServicesTable } from '../../db/schema.ts';

/** Where the DokBox pickup is explained for citizens (the public site's section). */
export const dokboxInfoUrl = '/dokbox';

export function rowToService(row: ServicesTable): Service {
  return {
    id: row.id,
    leikaKey: row.leika_key,
    name: row.name,
    shortDescription: row.short_description,
    longDescription: row.long_description,
    leichteSprache: row.leichte_sprache,
    prerequisites: JSON.parse(row.prerequisites) as string[],
    requiredDocuments: JSON.parse(row.required_documents) as string[],
    fees: row.fees,
    processingTime: row.processing_time,
    legalBasis: JSON.parse(row.legal_basis) as string[],
    forms: JSON.parse(row.forms) as Service['forms'],
    onlineProcedureUrl: row.online_procedure_url,
    authorityLevel: row.authority_level as Service['authorityLevel'],
    authorityName: row.authority_name,
    locations: JSON.parse(row.locations) as Service['locations'],
    keywords: JSON.parse(row.keywords) as string[],
    popularity: Number(row.popularity),
    lastReviewedOn: row.last_reviewed_on,
    dokboxPickup: Number(row.dokbox_pickup) === 1,
    demo: Number(row.demo) === 1,
    dokboxInfoUrl: Number(row.dokbox_pickup) === 1 ? dokboxInfoUrl : null,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function inputColumns(input: ServiceInput) {
  return {
    leika_key: input.leikaKey,
    name: input.name,
    short_description: input.shortDescription,
    long_description: input.longDescription,
    leichte_sprache: input.leichteSprache,
    prerequisites: JSON.stringify(input.prerequisites),
    required_documents: JSON.stringify(input.requiredDocuments),
    fees: input.fees,
    processing_time: input.processingTime,
    legal_basis: JSON.stringify(input.legalBasis),
    forms: JSON.stringify(input.forms),
    online_procedure_url: input.onlineProcedureUrl,
    authority_level: input.authorityLevel,
    authority_name: input.authorityName,
    locations: JSON.stringify(input.locations),
    keywords: JSON.stringify(input.keywords),
    popularity: input.popularity,
    last_reviewed_on: input.lastReviewedOn,
    dokbox_pickup: input.dokboxPickup ? 1 : 0,
    demo: input.demo ? 1 : 0,
  } as const;
}

export async function findServiceRow(db: DbOrTrx, id: string): Promise<ServicesTable | undefined> {
  return db.selectFrom('services').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function allServiceRows(db: DbOrTrx, tenantId?: string): Promise<ServicesTable[]> {
  return db
    .selectFrom('services')
    .selectAll()
    .where(inTenant(tenantId, 'services.tenant_id'))
    .orderBy('popularity', 'desc')
    .orderBy('name')
    .execute();
}

export async function insertServiceRow(
  db: DbOrTrx,
  input: ServiceInput,
  at: string,
  tenantId: string = defaultTenantId,
): Promise<void> {
  await db
    .insertInto('services')
    .values({
      id: input.id,
      ...inputColumns(input),
      version: 1,
      created_at: at,
      updated_at: at,
      tenant_id: tenantId,
    })
    .execute();
}

/** Updates only if the row still has `expectedVersion`; returns whether it did. */
export async function updateServiceRow(
  db: DbOrTrx,
  input: ServiceInput,
  expectedVersion: number,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('services')
    .set({ ...inputColumns(input), version: expectedVersion + 1, updated_at: at })
    .where('id', '=', input.id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteServiceRow(db: DbOrTrx, id: string): Promise<boolean> {
  const result = await db.deleteFrom('services').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/**
 * A cheap fingerprint of the catalogue's state: changes with every insert, update and delete (the newest update
 * time alone would miss a delete, the count alone an edit).
 */
export async function catalogueRevision(db: DbOrTrx, tenantId?: string): Promise<string> {
  const row = await db
    .selectFrom('services')
    .where(inTenant(tenantId, 'services.tenant_id'))
    .select((eb) => [
      eb.fn.countAll<number | string>().as('count'),
      eb.fn.max('updated_at').as('newest'),
      eb.fn.sum<number | string | null>('version').as('versions'),
    ])
    .executeTakeFirstOrThrow();
  return `${Number(row.count)}-${Number(row.versions ?? 0)}-${row.newest ?? 'none'}`;
}
