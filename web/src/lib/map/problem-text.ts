/**
 * The German message of a hub error for the office's map and tour pages. These errors carry details (the field
 * and reason of a refused place, the size of a refused panorama) that only the hub's own message (`title`) spells
 * out, so it is preferred to the catalogue's template.
 */
import { ApiError } from '../api/client.ts';
import { errorText } from '../i18n/messages.ts';

export function problemText(error: unknown): string {
  if (error instanceof ApiError && !error.isNetworkError && error.problem?.title) return error.problem.title;
  return errorText(error);
}
