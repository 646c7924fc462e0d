/** Processing declaration of the 115 call-back requests (see approval-pack/processing-declaration.ts). */
import type { ProcessingDeclaration } from '../approval-pack/processing-declaration.ts';
import { handledRetentionMs, openRetentionMs } from './callback-requests.ts';

const dayMs = 86_400_000;

export const callbackRequestsProcessing: ProcessingDeclaration = {
  id: 'callback-requests',
  legalBases: ['gdpr-6-1-a'],
  subjects: ['citizen'],
  categories: ['contactName', 'contactPhone', 'topic', 'note', 'consentGiven'],
  recipients: ['zoneStaff', 'hotline'],
  usesSmsProvider: true,
  retention: () => [
    {
      categories: ['contactName', 'contactPhone', 'topic', 'note'],
      period: { days: handledRetentionMs / dayMs },
      after: 'handled',
      deletedBy: 'purge-callback-requests',
    },
    {
      categories: ['contactName', 'contactPhone', 'topic', 'note'],
      period: { days: openRetentionMs / dayMs },
      after: 'created',
      deletedBy: 'purge-callback-requests',
    },
  ],
  stores: { service_callback_requests: ['name', 'phone_e164', 'topic', 'note', 'consent_at'] },
};
