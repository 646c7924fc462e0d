/**
 * Merges the texts of "Meine Stadt" and the tour (`map.*`, `tour.*`) into an app's catalogues: German bundled,
 * Leichte Sprache and English loaded with the language; other languages fall back to German key by key.
 */
import type { Catalogue } from '../i18n/i18n.svelte.ts';
import { map, tour } from '../i18n/map/de.ts';

export function withMapGerman(catalogue: Catalogue): Catalogue {
  return { ...catalogue, map, tour };
}

export async function withMapTexts(code: string, loading: Promise<Catalogue>): Promise<Catalogue> {
  const catalogue = await loading;
  if (code === 'ls') {
    const texts = await import('../i18n/map/ls.ts');
    return { ...catalogue, map: texts.map, tour: texts.tour };
  }
  if (code === 'en') {
    const texts = await import('../i18n/map/en.ts');
    return { ...catalogue, map: texts.map, tour: texts.tour };
  }
  return catalogue;
}
