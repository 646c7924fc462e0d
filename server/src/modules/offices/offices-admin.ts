/** Offices (Dienststellen) as the admin manages them: create and change; listing is with the document types. */
import type { NewOffice, OfficeChange, OfficeView } from '@buergerpunkt/contracts';
import type { Selectable } from 'kysely';
import type { AppContext } from '../../context.ts';
import type { OfficesTable } from '../../db/schema.ts';
import { notFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { defaultTenantId } from '../tenants/tenant-ids.ts';
import { inTenantOf, tenantIdOf } from '../tenants/tenant-scope.ts';

function officeView(row: Selectable<OfficesTable>): OfficeView {
  return { id: row.id, name: row.name, shortName: row.short_name, address: row.address };
}

export async function createOffice(ctx: AppContext, input: NewOffice, by: Principal): Promise<OfficeView> {
  const row = {
    id: ctx.ids.newId(),
    name: input.name.trim(),
    short_name: input.shortName.trim(),
    address: input.address.trim(),
    created_at: ctx.clock.now().toISOString(),
    tenant_id: tenantIdOf(by) ?? defaultTenantId,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto('offices').values(row).execute();
    await recordAudit(trx, row.created_at, {
      actor: by.actor,
      action: 'office.created',
      entityType: 'office',
      entityId: row.id,
      data: { name: row.name, shortName: row.short_name, address: row.address },
    });
  });
  return officeView(row);
}

export async function updateOffice(
  ctx: AppContext,
  id: string,
  change: OfficeChange,
  by: Principal,
): Promise<OfficeView> {
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('offices')
      .selectAll()
      .where('id', '=', id)
      .where(inTenantOf(by, 'offices.tenant_id'))
      .executeTakeFirst();
    if (!before) throw notFound('office_not_found');
    const patch: Partial<OfficesTable> = {};
    const changed: Record<string, { before: string; after: string }> = {};
    const fields = [
      ['name', 'name'],
      ['shortName', 'short_name'],
      ['address', 'address'],
    ] as const;
    for (const [field, column] of fields) {
      const value = change[field]?.trim();
      if (value !== undefined && value !== before[column]) {
        patch[column] = value;
        changed[field] = { before: before[column], after: value };
      }
    }
    if (Object.keys(patch).length === 0) return officeView(before);
    await trx.updateTable('offices').set(patch).where('id', '=', id).execute();
    await recordAudit(trx, at, {
      actor: by.actor,
      action: 'office.updated',
      entityType: 'office',
      entityId: id,
      data: changed,
    });
    return officeView({ ...before, ...patch });
  });
}
