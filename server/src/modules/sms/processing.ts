/** Processing declaration of the SMS notices (see approval-pack/processing-declaration.ts). */
import type { ProcessingDeclaration } from '../approval-pack/processing-declaration.ts';

export const smsProcessing: ProcessingDeclaration = {
  id: 'sms',
  legalBases: ['gdpr-6-1-e', 'gdpr-6-1-a'],
  subjects: ['holder', 'citizen'],
  categories: ['phone', 'smsBody', 'smsStatus'],
  recipients: ['office'],
  usesSmsProvider: true,
  retention: (config) => [
    {
      categories: ['phone', 'smsBody'],
      period: { hours: config.retention.personalDataHours },
      after: 'finalState',
      deletedBy: 'purge-personal-data',
    },
  ],
  stores: {
    sms_messages: ['recipient', 'body_sealed'],
    // Demo mode only: the outbox page's inbox.
    demo_sms_inbox: ['recipient', 'body'],
  },
};
