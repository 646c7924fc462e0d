/** SQL for tenants and the offices' grants to use another tenant's boxes. */
import type { DbOrTrx } from '../../db/database.ts';
import type { TenantsTable } from '../../db/schema.ts';

export function listTenants(db: DbOrTrx) {
  return db.selectFrom('tenants').selectAll().orderBy('name').execute();
}

export function findTenantById(db: DbOrTrx, id: string) {
  return db.selectFrom('tenants').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findTenantBySlug(db: DbOrTrx, slug: string) {
  return db.selectFrom('tenants').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export function findTenantByHostName(db: DbOrTrx, hostName: string) {
  return db.selectFrom('tenants').selectAll().where('host_name', '=', hostName).executeTakeFirst();
}

export function findTenantByPathPrefix(db: DbOrTrx, prefix: string) {
  return db.selectFrom('tenants').selectAll().where('path_prefix', '=', prefix).executeTakeFirst();
}

export async function insertTenant(db: DbOrTrx, row: TenantsTable): Promise<void> {
  await db.insertInto('tenants').values(row).execute();
}

export async function updateTenant(
  db: DbOrTrx,
  id: string,
  patch: Partial<Omit<TenantsTable, 'id' | 'created_at'>>,
): Promise<void> {
  await db.updateTable('tenants').set(patch).where('id', '=', id).execute();
}

/** The ids of a tenant's offices. */
export async function officeIdsOfTenant(db: DbOrTrx, tenantId: string): Promise<string[]> {
  const rows = await db.selectFrom('offices').select('id').where('tenant_id', '=', tenantId).execute();
  return rows.map((r) => r.id);
}

/** The tenants whose boxes any of these offices may use (besides their own tenant's). */
export async function grantedBoxTenants(db: DbOrTrx, officeIds: readonly string[]): Promise<string[]> {
  if (officeIds.length === 0) return [];
  const rows = await db
    .selectFrom('tenant_box_grants')
    .select('tenant_id')
    .distinct()
    .where('office_id', 'in', [...officeIds])
    .execute();
  return rows.map((r) => r.tenant_id);
}

export async function insertBoxGrant(db: DbOrTrx, officeId: string, tenantId: string, now: string) {
  await db
    .insertInto('tenant_box_grants')
    .values({ office_id: officeId, tenant_id: tenantId, created_at: now })
    .onConflict((oc) => oc.columns(['office_id', 'tenant_id']).doNothing())
    .execute();
}

export function listBoxGrants(db: DbOrTrx) {
  return db.selectFrom('tenant_box_grants').selectAll().orderBy('office_id').orderBy('tenant_id').execute();
}
