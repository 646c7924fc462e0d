/** The languages the apps offer, in the order the kiosk shows them. German is the source; the rest fall back to it. */
export type LanguageCode = 'de' | 'ls' | 'en' | 'tr' | 'uk' | 'ar';

export interface Language {
  code: LanguageCode;
  /** The language's own name, shown next to its flag (names are not translated: people look for their own). */
  nativeName: string;
  /** The value of `<html lang>`; Leichte Sprache is German. */
  htmlLang: string;
  dir: 'ltr' | 'rtl';
}

export const languages: readonly Language[] = [
  { code: 'de', nativeName: 'Deutsch', htmlLang: 'de', dir: 'ltr' },
  { code: 'ls', nativeName: 'Leichte Sprache', htmlLang: 'de', dir: 'ltr' },
  { code: 'en', nativeName: 'English', htmlLang: 'en', dir: 'ltr' },
  { code: 'tr', nativeName: 'Türkçe', htmlLang: 'tr', dir: 'ltr' },
  { code: 'uk', nativeName: 'Українська', htmlLang: 'uk', dir: 'ltr' },
  { code: 'ar', nativeName: 'العربية', htmlLang: 'ar', dir: 'rtl' },
];

export function languageOf(code: string): Language {
  return languages.find((l) => l.code === code) ?? languages[0]!;
}
