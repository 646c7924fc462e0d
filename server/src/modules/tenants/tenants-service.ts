/** Creating and listing tenants, and granting an office the use of another tenant's boxes (docs/tenants.md). */
import type { AppContext } from '../../context.ts';
import type { TenantsTable } from '../../db/schema.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { slugOf } from './default-tenant.ts';
import {
  findTenantByHostName,
  findTenantById,
  findTenantByPathPrefix,
  findTenantBySlug,
  insertBoxGrant,
  insertTenant,
  listBoxGrants,
  listTenants,
} from './tenants-repository.ts';

export interface NewTenant {
  name: string;
  slug?: string;
  /** Its public site's host name, e.g. `buergerpunkt.musterfelde.de`. */
  hostName?: string | null;
  /** Its public site under `/t/<slug>`: true sets the prefix from the slug. */
  pathPrefix?: boolean;
  coatOfArmsPath?: string | null;
  smsSender?: string | null;
  smsSignature?: string | null;
  stateCode?: string;
  /** A district: its district-level staff see every tenant's figures (docs/tenants.md). */
  district?: boolean;
  /** A fixed id (the demo's); default: a new one. */
  id?: string;
}

export interface TenantView {
  id: string;
  slug: string;
  name: string;
  coatOfArmsPath: string | null;
  hostName: string | null;
  pathPrefix: string | null;
  smsSender: string | null;
  smsSignature: string | null;
  stateCode: string;
  district: boolean;
}

export function tenantView(row: TenantsTable): TenantView {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    coatOfArmsPath: row.coat_of_arms_path,
    hostName: row.host_name,
    pathPrefix: row.path_prefix,
    smsSender: row.sms_sender,
    smsSignature: row.sms_signature,
    stateCode: row.state_code,
    district: Number(row.district) === 1,
  };
}

export async function createTenant(ctx: AppContext, input: NewTenant, by: Principal): Promise<TenantView> {
  const slug = input.slug ?? slugOf(input.name);
  const row: TenantsTable = {
    id: input.id ?? ctx.ids.newId(),
    slug,
    name: input.name.trim(),
    coat_of_arms_path: input.coatOfArmsPath ?? null,
    host_name: input.hostName?.toLowerCase() ?? null,
    path_prefix: input.pathPrefix ? `/t/${slug}` : null,
    sms_sender: input.smsSender ?? null,
    sms_signature: input.smsSignature ?? input.name.trim(),
    state_code: input.stateCode ?? 'BB',
    district: input.district ? 1 : 0,
    from_config: 0,
    created_at: ctx.clock.now().toISOString(),
  };
  await ctx.db.transaction().execute(async (trx) => {
    if (await findTenantBySlug(trx, slug)) throw conflict('tenant_slug_taken');
    if (row.host_name && (await findTenantByHostName(trx, row.host_name)))
      throw conflict('tenant_address_taken');
    if (row.path_prefix && (await findTenantByPathPrefix(trx, row.path_prefix)))
      throw conflict('tenant_address_taken');
    await insertTenant(trx, row);
    await recordAudit(trx, row.created_at, {
      actor: by.actor,
      action: 'tenant.created',
      entityType: 'tenant',
      entityId: row.id,
      data: { slug, name: row.name, hostName: row.host_name, pathPrefix: row.path_prefix },
    });
  });
  return tenantView(row);
}

export async function listTenantViews(ctx: AppContext): Promise<TenantView[]> {
  return (await listTenants(ctx.db)).map(tenantView);
}

export async function tenantOf(ctx: AppContext, tenantId: string): Promise<TenantView> {
  const row = await findTenantById(ctx.db, tenantId);
  if (!row) throw notFound('tenant_not_found');
  return tenantView(row);
}

/** Lets an office use the boxes of another tenant (e.g. the district's driving-licence office, the town's box). */
export async function grantBoxesToOffice(
  ctx: AppContext,
  officeId: string,
  tenantId: string,
  by: Principal,
): Promise<void> {
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const office = await trx.selectFrom('offices').select('id').where('id', '=', officeId).executeTakeFirst();
    if (!office) throw notFound('office_not_found');
    if (!(await findTenantById(trx, tenantId))) throw notFound('tenant_not_found');
    await insertBoxGrant(trx, officeId, tenantId, now);
    await recordAudit(trx, now, {
      actor: by.actor,
      action: 'tenant.boxes_granted',
      entityType: 'office',
      entityId: officeId,
      data: { tenantId },
    });
  });
}

export async function listGrants(ctx: AppContext) {
  return listBoxGrants(ctx.db);
}
