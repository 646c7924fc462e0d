/** Puts the "Fragen / 115" screen's texts (`kiosk.services.*`) and the shared service texts into the kiosk's German catalogue. */
import type { Catalogue } from '../../lib/i18n/i18n.svelte.ts';
import { services } from '../../lib/i18n/services/de.ts';
import { kioskServices } from './texts-de.ts';

export function withServicesGerman(catalogue: Catalogue): Catalogue {
  const kiosk = (catalogue['kiosk'] ?? {}) as Catalogue;
  return { ...catalogue, kiosk: { ...kiosk, services: kioskServices }, services };
}
