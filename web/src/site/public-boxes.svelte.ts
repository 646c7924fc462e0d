/**
 * The DokBox locations as the public API gives them (`GET /api/v1/public/boxes`), loaded once per visit and
 * shared by every page that shows where the box is and whether it is open.
 */
import type { PublicBoxes } from '@buergerpunkt/contracts';
import { createApiClient } from '../lib/api/client.ts';

const api = createApiClient();

export const publicBoxes = $state<{ data: PublicBoxes | null; failed: boolean; loading: boolean }>({
  data: null,
  failed: false,
  loading: false,
});

export function loadPublicBoxes(): void {
  if (publicBoxes.data || publicBoxes.loading) return;
  publicBoxes.loading = true;
  publicBoxes.failed = false;
  api
    .get<PublicBoxes>('/api/v1/public/boxes')
    .then((data) => (publicBoxes.data = data))
    .catch(() => (publicBoxes.failed = true))
    .finally(() => (publicBoxes.loading = false));
}
