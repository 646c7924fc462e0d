/**
 * Builds an app's German catalogue: the shared texts, the server's error texts (`errors.<code>`, from contracts)
 * and the app's own texts. Screens show an `ApiError` with `errorText`, never the raw server message.
 */
import { de as serverTexts } from '@buergerpunkt/contracts/i18n';
import { ApiError } from '../api/client.ts';
import { common } from './common/de.ts';
import { hasText, t, type Catalogue } from './i18n.svelte.ts';

export function germanCatalogue(app: Catalogue): Catalogue {
  return { common, errors: serverTexts.errors, ...app };
}

/** The text for a failed request in the current language: its problem code's text, else a general one. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.isNetworkError) return t('common.problems.network');
    const key = `errors.${error.code}`;
    if (hasText(key)) return t(key, { ...(error.problem ?? {}) });
    if (error.problem?.detail) return error.problem.detail;
  }
  return t('common.problems.unknown');
}
