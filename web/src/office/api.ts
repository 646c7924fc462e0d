/**
 * The back office's API client: the session cookie goes along; a 401 sends the person back to the login page, a 403
 * `password_change_required` to the "choose a new password" form.
 */
import { createApiClient } from '../lib/api/client.ts';
import { session } from './session.svelte.ts';

export const api = createApiClient({
  onUnauthorized: () => session.expire(),
  onError: (error) => {
    if (error.status === 403 && error.code === 'password_change_required') session.requirePasswordChange();
  },
});
