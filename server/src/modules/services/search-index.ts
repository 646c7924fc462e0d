/**
 * The hub's search index over the catalogue, one per database, rebuilt when the catalogue changed: at once after
 * an edit in this process, and within two seconds after an edit by another hub instance (the catalogue's
 * revision is checked at most that often).
 */
import { ServiceSearch } from '@buergerpunkt/contracts/service-search';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import { allServiceRows, catalogueRevision, rowToService } from './services-repository.ts';

const revisionCheckMs = 2_000;

interface CachedIndex {
  revision: string;
  checkedAt: number;
  search: ServiceSearch;
}

/** Per database, per tenant (each tenant has its own catalogue; `*`: every tenant's). */
const indexes = new WeakMap<Db, Map<string, Promise<CachedIndex>>>();

async function build(ctx: AppContext, tenantId?: string): Promise<CachedIndex> {
  const revision = await catalogueRevision(ctx.db, tenantId);
  const services = (await allServiceRows(ctx.db, tenantId)).map(rowToService);
  return { revision, checkedAt: Date.now(), search: new ServiceSearch(services) };
}

export async function serviceSearchIndex(ctx: AppContext, tenantId?: string): Promise<ServiceSearch> {
  const key = tenantId ?? '*';
  let perTenant = indexes.get(ctx.db);
  if (!perTenant) indexes.set(ctx.db, (perTenant = new Map()));
  let pending = perTenant.get(key);
  if (!pending) {
    pending = build(ctx, tenantId);
    perTenant.set(key, pending);
    pending.catch(() => perTenant.delete(key));
  }
  const cached = await pending;
  // Wall-clock time on purpose: this is a cache lifetime, not a business rule the test clock should move.
  if (Date.now() - cached.checkedAt < revisionCheckMs) return cached.search;
  cached.checkedAt = Date.now();
  const revision = await catalogueRevision(ctx.db, tenantId);
  if (revision === cached.revision) return cached.search;
  perTenant.delete(key);
  return serviceSearchIndex(ctx, tenantId);
}

/** Called after every committed change to the catalogue in this process. */
export function forgetServiceSearchIndex(ctx: AppContext): void {
  indexes.delete(ctx.db);
}
