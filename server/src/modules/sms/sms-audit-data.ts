/** What every audit entry about an SMS says of it: its document, template and masked number, never the text. */
import type { SmsMessagesTable } from '../../db/schema.ts';
import { maskPhone } from '../documents/document-presenter.ts';

export function smsAuditData(message: Pick<SmsMessagesTable, 'document_id' | 'template' | 'recipient'>) {
  return {
    documentId: message.document_id,
    template: message.template,
    recipient: maskPhone(message.recipient),
  };
}
