/** Processing declarations of the zone: suggestions and the visit tally (see approval-pack/processing-declaration.ts). */
import type { ProcessingDeclaration } from '../approval-pack/processing-declaration.ts';

export const suggestionsProcessing: ProcessingDeclaration = {
  id: 'suggestions',
  legalBases: ['gdpr-6-1-e', 'gdpr-6-1-a'],
  subjects: ['citizen'],
  categories: ['suggestionText', 'contactName', 'contactEmail', 'contactPhone', 'consentGiven', 'ipHash'],
  recipients: ['zoneStaff'],
  retention: (config) => [
    {
      categories: ['contactName', 'contactEmail', 'contactPhone'],
      period: { days: config.zone.suggestionContactDaysAfterAnswer },
      after: 'answered',
      deletedBy: 'purge-suggestion-contacts',
    },
    {
      categories: ['contactName', 'contactEmail', 'contactPhone'],
      period: { days: config.zone.suggestionContactMaxDays },
      after: 'created',
      deletedBy: 'purge-suggestion-contacts',
    },
    { categories: ['ipHash'], period: { days: 1 }, after: 'created', deletedBy: 'purge-suggestion-contacts' },
    {
      categories: ['suggestionText'],
      period: { unlimited: true },
      after: 'created',
      deletedBy: 'keptSuggestion',
    },
  ],
  stores: {
    suggestions: ['text', 'contact_name', 'contact_email', 'contact_phone', 'contact_consent_at', 'ip_hash'],
  },
};

/** Anonymous by design: age group and topic, no person. Who tapped is in the audit declaration. */
export const visitTallyProcessing: ProcessingDeclaration = {
  id: 'visit-tally',
  legalBases: ['gdpr-6-1-e'],
  subjects: ['visitor'],
  categories: [],
  recipients: ['zoneStaff'],
  retention: () => [],
  stores: {},
};
