/**
 * The apps' translation layer: i18next underneath, a Svelte 5 rune on top so every `t()` in a template re-renders
 * when the language changes. German is bundled; other languages are loaded on demand (kept out of the kiosk's
 * first download) and fall back to German key by key.
 *
 * Each app calls `initI18n` once with its German catalogue and a loader for the other languages.
 */
import i18next, { type TOptions } from 'i18next';
import { languageOf, type LanguageCode } from './languages.ts';

export type Catalogue = { [key: string]: string | Catalogue };
export type CatalogueLoader = (code: Exclude<LanguageCode, 'de'>) => Promise<Catalogue>;

const instance = i18next.createInstance();
const current = $state({ code: 'de' as LanguageCode, ready: false });
let loadCatalogue: CatalogueLoader = async () => ({});

export function initI18n(german: Catalogue, loader: CatalogueLoader): void {
  loadCatalogue = loader;
  void instance.init({
    initAsync: false,
    lng: 'de',
    fallbackLng: { ls: ['de'], default: ['de'] },
    resources: { de: { translation: german } },
    interpolation: { escapeValue: false },
    returnNull: false,
    returnEmptyString: false,
  });
  current.ready = true;
  applyToDocument('de');
}

/**
 * Adds German texts of another app to this one's catalogue (deep merge), e.g. the office's staff-assist page drawing
 * the kiosk's screens with the kiosk's own words. Add them before the components that use them render.
 */
export function addGermanTexts(catalogue: Catalogue): void {
  instance.addResourceBundle('de', 'translation', catalogue, true, false);
}

/** Translates a key in the current language (German where the language has no text for it). */
export function t(key: string, params: TOptions = {}): string {
  void current.code; // read the rune so templates re-render on a language change
  return instance.t(key, { lng: current.code, ...params }) as string;
}

/** True when the key exists (in the current language or German). */
export function hasText(key: string): boolean {
  void current.code;
  return instance.exists(key, { lng: current.code });
}

export function currentLanguage(): LanguageCode {
  return current.code;
}

export async function setLanguage(code: LanguageCode): Promise<void> {
  if (code !== 'de' && !instance.hasResourceBundle(code, 'translation')) {
    instance.addResourceBundle(code, 'translation', await loadCatalogue(code), true, true);
  }
  current.code = code;
  applyToDocument(code);
}

function applyToDocument(code: LanguageCode): void {
  if (typeof document === 'undefined') return;
  const language = languageOf(code);
  document.documentElement.lang = language.htmlLang;
  document.documentElement.dir = language.dir;
}

/** Formats a date/time for people in the current language, in the zone's time zone. */
export function formatDateTime(iso: string, options: Intl.DateTimeFormatOptions = {}): string {
  const language = languageOf(current.code);
  return new Intl.DateTimeFormat(language.htmlLang, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
    ...options,
  }).format(new Date(iso));
}
