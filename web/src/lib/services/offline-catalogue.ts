/**
 * The catalogue for searching in the browser (the kiosk, and the site as it types): downloaded once, kept in
 * local storage with its revision, and searched with the same German-aware search as the hub. Without a network
 * the stored copy answers; the kiosk keeps working during an outage.
 */
import type { Service, ServiceCatalogue } from '@buergerpunkt/contracts';
import type { ServiceSearch } from '@buergerpunkt/contracts/service-search';
import type { ApiClient } from '../api/client.ts';

const storageKey = 'bp.services.catalogue';

export interface OfflineCatalogue {
  search: ServiceSearch;
  byId: Map<string, Service>;
  /** Most common first. */
  services: Service[];
  /** True when the stored copy is used because the hub did not answer. */
  offline: boolean;
}

function stored(): ServiceCatalogue | null {
  try {
    const text = window.localStorage.getItem(storageKey);
    return text ? (JSON.parse(text) as ServiceCatalogue) : null;
  } catch {
    return null;
  }
}

function keep(catalogue: ServiceCatalogue): void {
  try {
    window.localStorage.setItem(storageKey, JSON.stringify(catalogue));
  } catch {
    // Storage full or switched off: the copy lives as long as the page.
  }
}

/** The search engine is loaded with the catalogue, so it stays out of the kiosk's first download. */
async function build(catalogue: ServiceCatalogue, offline: boolean): Promise<OfflineCatalogue> {
  const { ServiceSearch } = await import('@buergerpunkt/contracts/service-search');
  return {
    search: new ServiceSearch(catalogue.items),
    byId: new Map(catalogue.items.map((s) => [s.id, s])),
    services: catalogue.items,
    offline,
  };
}

export async function loadCatalogue(api: ApiClient): Promise<OfflineCatalogue> {
  try {
    const fresh = await api.get<ServiceCatalogue>('/api/v1/services/catalogue');
    keep(fresh);
    return build(fresh, false);
  } catch (error) {
    const copy = stored();
    if (copy) return build(copy, true);
    throw error;
  }
}
