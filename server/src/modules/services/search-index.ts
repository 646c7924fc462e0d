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

const indexes = new WeakMap<Db, Promise<CachedIndex>>();

async function build(ctx: AppContext): Promise<CachedIndex> {
  const revision = await catalogueRevision(ctx.db);
  const services = (await allServiceRows(ctx.db)).map(rowToService);
  return { revision, checkedAt: Date.now(), search: new ServiceSearch(services) };
}

export async function serviceSearchIndex(ctx: AppContext): Promise<ServiceSearch> {
  let pending = indexes.get(ctx.db);
  if (!pending) {
    pending = build(ctx);
    indexes.set(ctx.db, pending);
    pending.catch(() => indexes.delete(ctx.db));
  }
  const cached = await pending;
  // Wall-clock time on purpose: this is a cache lifetime, not a business rule the test clock should move.
  if (Date.now() - cached.checkedAt < revisionCheckMs) return cached.search;
  cached.checkedAt = Date.now();
  const revision = await catalogueRevision(ctx.db);
  if (revision === cached.revision) return cached.search;
  forgetServiceSearchIndex(ctx);
  return serviceSearchIndex(ctx);
}

/** Called after every committed change to the catalogue in this process. */
export function forgetServiceSearchIndex(ctx: AppContext): void {
  indexes.delete(ctx.db);
}
