/** Adds the 115 pages' texts (`site.services.*`) and the shared service texts (`services.*`) to the site's German catalogue. */
import type { Catalogue } from '../../../lib/i18n/i18n.svelte.ts';
import { services } from '../../../lib/i18n/services/de.ts';
import { siteServices } from './texts-de.ts';

export function withServicesGerman(catalogue: Catalogue): Catalogue {
  const site = (catalogue['site'] ?? {}) as Catalogue;
  return { ...catalogue, site: { ...site, services: siteServices }, services };
}
