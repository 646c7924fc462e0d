/** Every processing declaration of the hub, in the order the records list them. */
import { staffAccountsProcessing } from '../accounts/processing.ts';
import { auditLogProcessing } from '../audit/processing.ts';
import { documentPickupProcessing } from '../documents/processing.ts';
import { evidenceImagesProcessing } from '../evidence/processing.ts';
import { identityChecksProcessing } from '../kiosk/processing.ts';
import { callbackRequestsProcessing } from '../services/processing.ts';
import { smsProcessing } from '../sms/processing.ts';
import { suggestionsProcessing, visitTallyProcessing } from '../zone/processing.ts';
import type { ProcessingDeclaration } from './processing-declaration.ts';

export const processingDeclarations: readonly ProcessingDeclaration[] = [
  documentPickupProcessing,
  identityChecksProcessing,
  evidenceImagesProcessing,
  smsProcessing,
  callbackRequestsProcessing,
  suggestionsProcessing,
  visitTallyProcessing,
  staffAccountsProcessing,
  auditLogProcessing,
];
