/**
 * Puts the suggestion screen's texts into the kiosk's catalogues: German always, English when chosen; the other
 * languages fall back to German key by key until they are translated.
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

export async function withSuggestionTexts(code: string, loading: Promise<Catalogue>): Promise<Catalogue> {
  const catalogue = await loading;
  if (code === 'en' || code === 'ls') {
    const form =
      code === 'en'
        ? await import('../../lib/i18n/suggest/en.ts')
        : await import('../../lib/i18n/suggest/ls.ts');
    const english = code === 'en' ? await import('./texts-en.ts') : undefined;
    const kiosk = (catalogue.kiosk ?? {}) as Catalogue;
    return {
      ...catalogue,
      kiosk: english
        ? { ...kiosk, suggestion: english.kioskSuggestion, zoneInfo: english.kioskZoneInfo }
        : kiosk,
      suggest: form.suggest,
    };
  }
  return catalogue;
}
