/**
 * Adds the 115 pages' texts (`site.services.*`) and the shared service texts (`services.*`) to the site's
 * catalogues: German bundled, Leichte Sprache and English loaded with the language (each its own chunk).
 */
import type { Catalogue } from '../../../lib/i18n/i18n.svelte.ts';
import { services } from '../../../lib/i18n/services/de.ts';
import { siteServices } from './texts-de.ts';

export function withServicesGerman(catalogue: Catalogue): Catalogue {
  const site = (catalogue['site'] ?? {}) as Catalogue;
  return { ...catalogue, site: { ...site, services: siteServices }, services };
}

interface Texts {
  pages: { siteServices: Catalogue };
  shared: { services: Catalogue };
}

const loaders: Record<string, () => Promise<Texts>> = {
  ls: async () => ({
    pages: await import('./texts-ls.ts'),
    shared: await import('../../../lib/i18n/services/ls.ts'),
  }),
  en: async () => ({
    pages: await import('./texts-en.ts'),
    shared: await import('../../../lib/i18n/services/en.ts'),
  }),
};

export async function withServicesTexts(code: string, loading: Promise<Catalogue>): Promise<Catalogue> {
  const [catalogue, texts] = await Promise.all([loading, loaders[code]?.()]);
  if (!texts) return catalogue;
  const site = (catalogue['site'] ?? {}) as Catalogue;
  return {
    ...catalogue,
    site: { ...site, services: texts.pages.siteServices },
    services: texts.shared.services,
  };
}
