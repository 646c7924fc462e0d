/** Processing declaration of the evidence images (see approval-pack/processing-declaration.ts). */
import type { ProcessingDeclaration } from '../approval-pack/processing-declaration.ts';

export const evidenceImagesProcessing: ProcessingDeclaration = {
  id: 'evidence-images',
  legalBases: ['gdpr-6-1-e', 'pauswg', 'passg'],
  subjects: ['holder'],
  categories: ['evidenceImage'],
  recipients: ['office', 'admins'],
  highRisk: true,
  retention: (config) => [
    {
      categories: ['evidenceImage'],
      period: { days: config.evidenceImage.retentionDays },
      after: 'taken',
      deletedBy: 'purge-evidence-images',
    },
  ],
  stores: { evidence_images: ['image_sealed'] },
};
