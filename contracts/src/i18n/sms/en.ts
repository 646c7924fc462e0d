/** SMS texts in English. `{{doc}}` starts a sentence ("Your ID card"), `{{docMid}}` stands inside one. */
import type { SmsCatalogue } from './types.ts';

const named = (name: string) => ({ doc: `Your ${name}`, docMid: `your ${name}` });

export const smsEn: SmsCatalogue = {
  templates: {
    pickup_ready:
      '{{doc}} is ready in the {{boxName}}. Pickup code: {{code}}. Collect by {{deadline}} during opening hours. Town of {{town}}',
    new_code:
      'Your new pickup code for {{docMid}} in the {{boxName}}: {{code}}. The old code no longer works. Town of {{town}}',
    reminder:
      'Reminder: {{docMid}} is still in the {{boxName}}. Please collect by {{deadline}}, code as in the first SMS. Town of {{town}}',
    expired:
      'The pickup period for {{docMid}} has ended. You will get it soon from {{officeName}}. Town of {{town}}',
    picked_up:
      '{{doc}} was collected from the {{boxName}} on {{issuedAt}}. Not you? Please call: {{officePhone}}',
    callback_received:
      'Your call-back request to the 115 service number has been received. We will call you back when the service centre is open. Town of {{town}}',
    installation_test:
      'Test SMS from Bürgerpunkt: sending SMS works. You do not need to do anything. Town of {{town}}',
  },
  weekdays: { '1': 'Mon', '2': 'Tue', '3': 'Wed', '4': 'Thu', '5': 'Fri', '6': 'Sat', '7': 'Sun' },
  deadline: '{{weekday}} {{day}}/{{month}}',
  documentTypes: {
    id_card: named('ID card'),
    passport: named('passport'),
    child_passport: named("child's passport"),
    driving_licence: named('driving licence'),
    travel_document: named('travel document'),
    residence_permit: named('residence permit'),
    civil_certificate: named('civil status certificate'),
  },
  otherDocumentType: { doc: 'Your document ({{name}})', docMid: 'your document ({{name}})' },
};
