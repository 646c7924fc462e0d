/** Processing declaration of the document pickup (see approval-pack/processing-declaration.ts). */
import type { ProcessingDeclaration } from '../approval-pack/processing-declaration.ts';

export const documentPickupProcessing: ProcessingDeclaration = {
  id: 'document-pickup',
  legalBases: ['gdpr-6-1-e', 'pauswg', 'passg', 'fev', 'aufenthg', 'gdpr-6-1-a'],
  subjects: ['holder'],
  categories: [
    'holderName',
    'reference',
    'documentType',
    'phone',
    'pickupCode',
    'consent',
    'accessibilityNeed',
    'note',
  ],
  recipients: ['office', 'zoneStaff'],
  usesSmsProvider: true,
  sendsToSpecialistProcedure: true,
  retention: (config) => [
    {
      categories: ['phone', 'pickupCode', 'accessibilityNeed', 'note'],
      period: { hours: config.retention.personalDataHours },
      after: 'finalState',
      deletedBy: 'purge-personal-data',
    },
    {
      categories: ['holderName', 'reference'],
      period: { days: config.retention.registerDays },
      after: 'finalState',
      deletedBy: 'pseudonymise-register',
    },
    {
      categories: ['issueEvent'],
      period: { days: config.integration.webhookRetentionDays },
      after: 'delivered',
      deletedBy: 'purge-webhook-deliveries',
    },
  ],
  stores: {
    documents: [
      'reference',
      'holder_name',
      'phone_e164',
      'phone_hash',
      'code_hash',
      'proxy_note',
      'needs_wheelchair_access',
      'consent_text_version',
      'consent_given_at',
    ],
    webhook_deliveries: ['payload'],
    // Transport lists (Übergabeliste): the trip's note and why a document was taken back may concern the holder.
    transport_lists: ['note'],
    transport_list_items: ['taken_back_reason'],
    // The daily custody reconciliation lists differences by reference.
    custody_reconciliations: ['differences'],
  },
};
