/** Staff send a waiting document's citizen a fresh code (e.g. after a lock), regardless of the citizen's daily limit. */
import type { AppContext } from '../../context.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { findDocumentById } from '../documents/documents-repository.ts';
import { issueNewCode } from './issue-new-code.ts';

export async function resendCodeByStaff(
  ctx: AppContext,
  documentId: string,
  principal: Principal,
): Promise<{ documentId: string; codeIssuedAt: string }> {
  const at = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const document = await findDocumentById(trx, documentId);
    if (!document) throw notFound('document_not_found');
    if (document.state !== 'notified') throw conflict('invalid_transition', { state: document.state });
    const issued = await issueNewCode(trx, ctx, document, at, {
      actor: principal.actor,
      reason: 'staff_request',
    });
    if (!issued) throw conflict('document_state_changed');
  });
  ctx.onJobsQueued();
  return { documentId, codeIssuedAt: at };
}
