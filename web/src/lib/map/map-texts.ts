/**
 * Merges the texts of "Meine Stadt" and the tour (`map.*`, `tour.*`) into an app's catalogues: German bundled,
 * every other language (Leichte Sprache, English, Turkish, Ukrainian, Arabic) loaded with the language, in its own chunk.
 */
import type { Catalogue } from '../i18n/i18n.svelte.ts';
import { map, tour } from '../i18n/map/de.ts';

export function withMapGerman(catalogue: Catalogue): Catalogue {
  return { ...catalogue, map, tour };
}

const loaders: Record<string, () => Promise<{ map: Catalogue; tour: Catalogue }>> = {
  ls: () => import('../i18n/map/ls.ts'),
  en: () => import('../i18n/map/en.ts'),
  tr: () => import('../i18n/map/tr.ts'),
  uk: () => import('../i18n/map/uk.ts'),
  ar: () => import('../i18n/map/ar.ts'),
};

export async function withMapTexts(code: string, loading: Promise<Catalogue>): Promise<Catalogue> {
  const catalogue = await loading;
  const texts = await (loaders[code]?.() ?? null);
  return texts ? { ...catalogue, map: texts.map, tour: texts.tour } : catalogue;
}
