/** The languages the site offers and how the visitor's choice is kept (in the browser only, no cookie). */
import type { LanguageCode } from '../lib/i18n/languages.ts';

export const siteLanguages = ['de', 'ls', 'en'] as const satisfies readonly LanguageCode[];
export type SiteLanguage = (typeof siteLanguages)[number];

const storageKey = 'bp.site.language';

export function rememberLanguage(code: LanguageCode): void {
  try {
    localStorage.setItem(storageKey, code);
  } catch {
    // storage blocked: the choice lasts for this page view only
  }
}

/** The language chosen on an earlier visit, if it is one the site offers. */
export function rememberedLanguage(): SiteLanguage | null {
  try {
    const stored = localStorage.getItem(storageKey);
    return (siteLanguages as readonly string[]).includes(stored ?? '') ? (stored as SiteLanguage) : null;
  } catch {
    return null;
  }
}
