/**
 * Reading and authoring the 115 catalogue. Every change runs in one transaction with its audit entry; the search
 * index is dropped after commit so the next search sees the change.
 */
import { tenantIdOf } from '../tenants/tenant-scope.ts';
import type {
  Service,
  ServiceCatalogue,
  ServiceInput,
  ServiceList,
  ServiceSearchResult,
  ServiceSuggestions,
} from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import type { Trx } from '../../db/database.ts';
import { AppError, conflict, notFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { forgetServiceSearchIndex, serviceSearchIndex } from './search-index.ts';
import { checkServiceRecord, problemMessage } from './service-record.ts';
import {
  allServiceRows,
  catalogueRevision,
  deleteServiceRow,
  findServiceRow,
  insertServiceRow,
  rowToService,
  updateServiceRow,
} from './services-repository.ts';

/** The record checked as an import would check it; the first problem becomes a 422 with field and reason. */
export function validServiceInput(input: unknown): ServiceInput {
  const checked = checkServiceRecord(input);
  if (!checked.ok) {
    const first = checked.problems[0]!;
    const reason = problemMessage(first);
    throw new AppError(422, 'service_invalid', { field: first.field, reason });
  }
  return checked.value;
}

export async function listServices(ctx: AppContext, tenantId?: string): Promise<ServiceList> {
  const rows = await allServiceRows(ctx.db, tenantId);
  return {
    items: rows.map((row) => {
      const s = rowToService(row);
      return {
        id: s.id,
        name: s.name,
        shortDescription: s.shortDescription,
        authorityLevel: s.authorityLevel,
        authorityName: s.authorityName,
        popularity: s.popularity,
        dokboxPickup: s.dokboxPickup,
        lastReviewedOn: s.lastReviewedOn,
        demo: s.demo,
      };
    }),
  };
}

export async function getCatalogue(ctx: AppContext, tenantId?: string): Promise<ServiceCatalogue> {
  const revision = await catalogueRevision(ctx.db, tenantId);
  const rows = await allServiceRows(ctx.db, tenantId);
  return { revision, items: rows.map(rowToService) };
}

export async function getService(ctx: AppContext, id: string): Promise<Service> {
  const row = await findServiceRow(ctx.db, id);
  if (!row) throw notFound('service_not_found');
  return rowToService(row);
}

export async function searchServices(
  ctx: AppContext,
  query: string,
  limit: number,
  tenantId?: string,
): Promise<ServiceSearchResult> {
  const index = await serviceSearchIndex(ctx, tenantId);
  return { query, hits: index.search(query, { limit }) as ServiceSearchResult['hits'] };
}

export async function suggestServices(
  ctx: AppContext,
  query: string,
  limit: number,
  tenantId?: string,
): Promise<ServiceSuggestions> {
  const index = await serviceSearchIndex(ctx, tenantId);
  return { query, suggestions: index.suggest(query, limit).map((h) => ({ id: h.id, name: h.name })) };
}

/** Inserts a new service inside `trx` with its audit entry (also used by the import). */
export async function insertService(
  trx: Trx,
  at: string,
  input: ServiceInput,
  principal: Principal,
  via: string,
) {
  await insertServiceRow(trx, input, at, tenantIdOf(principal));
  await recordAudit(trx, at, {
    actor: principal.actor,
    action: 'service.created',
    entityType: 'service',
    entityId: input.id,
    data: { name: input.name, leikaKey: input.leikaKey, via },
  });
}

/** Updates a service inside `trx` if it still has `version`; with its audit entry. */
export async function replaceService(
  trx: Trx,
  at: string,
  input: ServiceInput,
  version: number,
  principal: Principal,
  via: string,
): Promise<boolean> {
  if (!(await updateServiceRow(trx, input, version, at))) return false;
  await recordAudit(trx, at, {
    actor: principal.actor,
    action: 'service.updated',
    entityType: 'service',
    entityId: input.id,
    data: { name: input.name, version: version + 1, via },
  });
  return true;
}

export async function createService(ctx: AppContext, body: unknown, principal: Principal): Promise<Service> {
  const input = validServiceInput(body);
  const at = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    if (await findServiceRow(trx, input.id)) throw conflict('service_exists', { id: input.id });
    await insertService(trx, at, input, principal, 'edit');
  });
  forgetServiceSearchIndex(ctx);
  return getService(ctx, input.id);
}

export async function updateService(
  ctx: AppContext,
  id: string,
  body: { service: unknown; version: number },
  principal: Principal,
): Promise<Service> {
  const input = validServiceInput(body.service);
  if (input.id !== id) throw new AppError(400, 'service_id_mismatch');
  const at = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const row = await findServiceRow(trx, id);
    if (!row) throw notFound('service_not_found');
    if (!(await replaceService(trx, at, input, body.version, principal, 'edit'))) {
      throw conflict('service_version_conflict');
    }
  });
  forgetServiceSearchIndex(ctx);
  return getService(ctx, id);
}

export async function deleteService(ctx: AppContext, id: string, principal: Principal): Promise<void> {
  const at = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const row = await findServiceRow(trx, id);
    if (!row || !(await deleteServiceRow(trx, id))) throw notFound('service_not_found');
    await recordAudit(trx, at, {
      actor: principal.actor,
      action: 'service.deleted',
      entityType: 'service',
      entityId: id,
      data: { name: row.name, leikaKey: row.leika_key },
    });
  });
  forgetServiceSearchIndex(ctx);
}
