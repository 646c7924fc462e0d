/** The document types with the check the box asks for (`GET /api/v1/public/document-types`), loaded once per visit. */
import type { PublicDocumentTypes } from '@buergerpunkt/contracts';
import { createApiClient } from '../lib/api/client.ts';

const api = createApiClient();

export const publicDocumentTypes = $state<{ data: PublicDocumentTypes | null; failed: boolean }>({
  data: null,
  failed: false,
});

let started = false;

export function loadPublicDocumentTypes(): void {
  if (started) return;
  started = true;
  api
    .get<PublicDocumentTypes>('/api/v1/public/document-types')
    .then((data) => (publicDocumentTypes.data = data))
    .catch(() => {
      publicDocumentTypes.failed = true;
      started = false;
    });
}
