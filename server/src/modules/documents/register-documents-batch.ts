/**
 * A day's documents from the office's specialist procedure in one request: each is registered on its own (own
 * transaction and audit entry, idempotent like a single registration), so one bad document never stops the others,
 * and the answer has a result per document in request order.
 */
import type { DocumentBatchResult, DocumentRegistration } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import type { Principal } from '../../platform/principal.ts';
import { registerDocumentIdempotently } from './register-document.ts';

export async function registerDocumentsBatch(
  ctx: AppContext,
  documents: DocumentRegistration[],
  principal: Principal,
): Promise<DocumentBatchResult> {
  const results: DocumentBatchResult['results'] = [];
  for (const [index, input] of documents.entries()) {
    try {
      const outcome = await registerDocumentIdempotently(ctx, input, principal);
      results.push({
        index,
        reference: input.reference,
        status: outcome.created ? 'registered' : 'existing',
        documentId: outcome.document.id,
      });
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500) throw error;
      results.push({
        index,
        reference: input.reference,
        status: 'failed',
        documentId: null,
        code: error.code,
        message: t(`errors.${error.code}`, error.params),
      });
    }
  }
  const count = (status: string) => results.filter((r) => r.status === status).length;
  return { results, registered: count('registered'), existing: count('existing'), failed: count('failed') };
}
