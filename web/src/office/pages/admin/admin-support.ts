/** Small helpers the admin and audit pages share: the text for a failed request, and German labels of codes. */
import { ApiError } from '../../../lib/api/client.ts';
import { currentLanguage } from '../../../lib/i18n/i18n.svelte.ts';
import { errorText } from '../../../lib/i18n/messages.ts';

/**
 * The text for a failed request. In German the server's own problem title is best: it carries the details
 * (weekday, times) that the catalogue text can only show with the parameters, which a problem does not repeat.
 */
export function failureText(error: unknown): string {
  if (
    error instanceof ApiError &&
    !error.isNetworkError &&
    error.status < 500 &&
    error.problem?.title &&
    currentLanguage() === 'de'
  ) {
    return error.problem.title;
  }
  return errorText(error);
}

/** `YYYY-MM-DD` of a date in the browser's time zone. */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
