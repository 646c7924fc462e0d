/** The SMS history of one document as staff see it: status, attempts and timing; never the text. */
import type { DocumentSmsList, SmsStatus } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import { notFound } from '../../platform/errors.ts';
import { maskPhone } from '../documents/document-presenter.ts';
import { listSmsForDocument } from './sms-repository.ts';

export async function listDocumentSms(ctx: AppContext, documentId: string): Promise<DocumentSmsList> {
  const document = await ctx.db
    .selectFrom('documents')
    .select('id')
    .where('id', '=', documentId)
    .executeTakeFirst();
  if (!document) throw notFound('document_not_found');
  const rows = await listSmsForDocument(ctx.db, documentId);
  return {
    documentId,
    messages: rows.map((row) => ({
      id: row.id,
      template: row.template,
      status: row.status as SmsStatus,
      recipientMasked: maskPhone(row.recipient),
      segments: Number(row.segments),
      attempts: Number(row.attempts),
      lastError: row.last_error,
      provider: row.provider,
      createdAt: row.created_at,
      sentAt: row.sent_at,
      statusAt: row.status_at,
    })),
  };
}
