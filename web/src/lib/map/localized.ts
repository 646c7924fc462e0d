/** Picks the text of the chosen language from a `{de, ls?, en?}` text, German where it is missing. */
import type { LocalizedText, Poi } from '@buergerpunkt/contracts';
import { currentLanguage } from '../i18n/i18n.svelte.ts';

export function localized(text: LocalizedText | undefined | null): string {
  if (!text) return '';
  const code = currentLanguage();
  const chosen = code === 'ls' || code === 'en' ? text[code] : undefined;
  return chosen?.trim() ? chosen : text.de;
}

/**
 * The language of what `localized` shows (Leichte Sprache is German), for the `lang` of the element around it: on a
 * Turkish, Ukrainian or Arabic screen a place's text is German, and screen readers should read it as German. Such
 * elements also get `dir="auto"`, so a German sentence keeps its full stop at its end on a right-to-left screen.
 */
export function contentLang(text: LocalizedText | undefined | null): 'de' | 'en' {
  return currentLanguage() === 'en' && text?.en?.trim() ? 'en' : 'de';
}

export function addressLine(poi: Poi): string {
  const a = poi.address;
  const street = [a.street, a.houseNumber].filter(Boolean).join(' ');
  const town = [a.postcode, a.town].filter(Boolean).join(' ');
  return [street, town].filter(Boolean).join(', ');
}

/** Lower-case, umlauts folded, so "strasse" finds "Straße" and "rathaus" finds "Rathaus". */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('ß', 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}
