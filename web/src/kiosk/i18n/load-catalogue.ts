/** The kiosk's other languages, each its own chunk: fetched when chosen, never in the first download. */
import type { Catalogue, CatalogueLoader } from '../../lib/i18n/i18n.svelte.ts';

const loaders = {
  ls: () => import('./ls.ts'),
  en: () => import('./en.ts'),
  tr: () => import('./tr.ts'),
  uk: () => import('./uk.ts'),
  ar: () => import('./ar.ts'),
} satisfies Record<string, () => Promise<{ kiosk: Catalogue }>>;

export const loadKioskCatalogue: CatalogueLoader = async (code) => ({ kiosk: (await loaders[code]()).kiosk });
