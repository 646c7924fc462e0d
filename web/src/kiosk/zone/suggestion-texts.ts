/**
 * Puts the suggestion screen's and the start screen's zone texts into the kiosk's catalogues: German always, the
 * other language's when chosen (each its own chunk). Leichte Sprache has its own form texts and falls back to
 * German for the two screen texts.
 */
import type { Catalogue } from '../../lib/i18n/i18n.svelte.ts';
import { suggest } from '../../lib/i18n/suggest/de.ts';
import { kioskSuggestion, kioskZoneInfo } from './texts-de.ts';

export function withSuggestionGerman(catalogue: { kiosk: Catalogue }): Catalogue {
  return {
    ...catalogue,
    kiosk: { ...catalogue.kiosk, suggestion: kioskSuggestion, zoneInfo: kioskZoneInfo },
    suggest,
  };
}

interface ScreenTexts {
  kioskSuggestion: Catalogue;
  kioskZoneInfo: Catalogue;
}

const loaders: Record<string, () => Promise<[{ suggest: Catalogue }, ScreenTexts | null]>> = {
  en: () => Promise.all([import('../../lib/i18n/suggest/en.ts'), import('./texts-en.ts')]),
  ls: () => Promise.all([import('../../lib/i18n/suggest/ls.ts'), Promise.resolve(null)]),
  tr: () => Promise.all([import('../../lib/i18n/suggest/tr.ts'), import('./texts-tr.ts')]),
  uk: () => Promise.all([import('../../lib/i18n/suggest/uk.ts'), import('./texts-uk.ts')]),
  ar: () => Promise.all([import('../../lib/i18n/suggest/ar.ts'), import('./texts-ar.ts')]),
};

export async function withSuggestionTexts(code: string, loading: Promise<Catalogue>): Promise<Catalogue> {
  const catalogue = await loading;
  const load = loaders[code];
  if (!load) return catalogue;
  const [form, screens] = await load();
  const kiosk = (catalogue.kiosk ?? {}) as Catalogue;
  return {
    ...catalogue,
    kiosk: screens
      ? { ...kiosk, suggestion: screens.kioskSuggestion, zoneInfo: screens.kioskZoneInfo }
      : kiosk,
    suggest: form.suggest,
  };
}
