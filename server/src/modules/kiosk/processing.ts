/** Processing declaration of the identity checks at pickup (see approval-pack/processing-declaration.ts). */
import type { ProcessingDeclaration } from '../approval-pack/processing-declaration.ts';

export const identityChecksProcessing: ProcessingDeclaration = {
  id: 'identity-checks',
  legalBases: ['gdpr-6-1-e', 'pauswg', 'passg', 'fev', 'aufenthg'],
  subjects: ['holder'],
  categories: ['dateOfBirth', 'oldDocumentNumber', 'pinLetter'],
  recipients: ['office'],
  highRisk: true,
  retention: (config) => [
    {
      categories: ['dateOfBirth'],
      period: { hours: config.retention.personalDataHours },
      after: 'finalState',
      deletedBy: 'purge-personal-data',
    },
    {
      categories: ['oldDocumentNumber'],
      period: { hours: config.retention.personalDataHours },
      after: 'handedOver',
      deletedBy: 'purge-personal-data',
    },
  ],
  stores: {
    documents: [
      'date_of_birth_hash',
      'old_document_number_hash',
      'pin_letter_confirmed_at',
      'pickup_checks_passed',
    ],
    old_document_deposits: ['number_masked', 'number_hash', 'holder_matches', 'number_matches'],
    // The offline-safe box's keyed hashes of code, phone and date of birth (docs/offline.md): deleted as soon as the
    // document no longer waits in its box.
    offline_code_verifiers: ['code_verifier', 'phone_verifier', 'dob_verifier'],
  },
};
