/** The back office's API client: the session cookie goes along; a 401 sends the person back to the login page. */
import { createApiClient } from '../lib/api/client.ts';
import { session } from './session.svelte.ts';

export const api = createApiClient({ onUnauthorized: () => session.expire() });
