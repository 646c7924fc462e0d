/** Server-side translation (error messages, SMS texts, the outbox page) from the shared catalogues in contracts. */
import { de } from '@buergerpunkt/contracts';
import i18next, { type TOptions } from 'i18next';

const instance = i18next.createInstance();
void instance.init({
  initAsync: false,
  lng: 'de',
  fallbackLng: 'de',
  resources: { de: { translation: de } },
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function t(key: string, params: TOptions = {}): string {
  return instance.t(key, params) as string;
}

export function hasTranslation(key: string): boolean {
  return instance.exists(key);
}
