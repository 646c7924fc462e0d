/** Picks the text of the chosen language from a `{de, ls?, en?}` text, German where it is missing. */
import type { LocalizedText, Poi } from '@buergerpunkt/contracts';
import { currentLanguage } from '../i18n/i18n.svelte.ts';

export function localized(text: LocalizedText | undefined | null): string {
  if (!text) return '';
  const code = currentLanguage();
  const chosen = code === 'ls' || code === 'en' ? text[code] : undefined;
  return chosen?.trim() ? chosen : text.de;
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
