/**
 * Puts the "Fragen / 115" screen's texts (`kiosk.services.*`) and the shared service texts (`services.*`) into the
 * kiosk's catalogues: German bundled, every other kiosk language loaded with it (each its own chunk). Turkish,
 * Ukrainian and Arabic leave out only the office's field names, which the kiosk never shows.
 */
import type { Catalogue } from '../../lib/i18n/i18n.svelte.ts';
import { services } from '../../lib/i18n/services/de.ts';
import { kioskServices } from './texts-de.ts';

export function withServicesGerman(catalogue: Catalogue): Catalogue {
  const kiosk = (catalogue['kiosk'] ?? {}) as Catalogue;
  return { ...catalogue, kiosk: { ...kiosk, services: kioskServices }, services };
}

type Texts = [{ kioskServices: Catalogue }, { services: Catalogue }];

const loaders: Record<string, () => Promise<Texts>> = {
  ls: () => Promise.all([import('./texts-ls.ts'), import('../../lib/i18n/services/ls.ts')]),
  en: () => Promise.all([import('./texts-en.ts'), import('../../lib/i18n/services/en.ts')]),
  tr: () => Promise.all([import('./texts-tr.ts'), import('../../lib/i18n/services/tr.ts')]),
  uk: () => Promise.all([import('./texts-uk.ts'), import('../../lib/i18n/services/uk.ts')]),
  ar: () => Promise.all([import('./texts-ar.ts'), import('../../lib/i18n/services/ar.ts')]),
};

export async function withServicesTexts(code: string, loading: Promise<Catalogue>): Promise<Catalogue> {
  const [catalogue, texts] = await Promise.all([loading, loaders[code]?.()]);
  if (!texts) return catalogue;
  const [screen, shared] = texts;
  const kiosk = (catalogue['kiosk'] ?? {}) as Catalogue;
  return { ...catalogue, kiosk: { ...kiosk, services: screen.kioskServices }, services: shared.services };
}
