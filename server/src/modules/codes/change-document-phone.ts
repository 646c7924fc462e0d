/**
 * The citizen has a new mobile number: staff change it on the document. The number's hash follows, and a
 * document already waiting in the box gets a fresh code sent to the new number (the old code no longer works:
 * codes are bound to the number).
 */
import { finalDocumentStates } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { maskPhone } from '../documents/document-presenter.ts';
import { findDocumentById } from '../documents/documents-repository.ts';
import { normalizeMobileNumber } from '../sms/phone-numbers.ts';
import { issueNewCode } from './issue-new-code.ts';
import { phoneHash } from './pickup-codes.ts';

export interface PhoneChangeResult {
  documentId: string;
  phoneMasked: string;
  changed: boolean;
  codeReissued: boolean;
}

export async function changeDocumentPhone(
  ctx: AppContext,
  documentId: string,
  phoneInput: string,
  principal: Principal,
): Promise<PhoneChangeResult> {
  const phoneE164 = normalizeMobileNumber(phoneInput);
  const at = ctx.clock.now().toISOString();
  const result = await ctx.db.transaction().execute(async (trx) => {
    const document = await findDocumentById(trx, documentId);
    if (!document) throw notFound('document_not_found');
    if ((finalDocumentStates as readonly string[]).includes(document.state) || document.purged_at) {
      throw conflict('invalid_transition', { state: document.state });
    }
    if (document.phone_e164 === phoneE164) return { changed: false, codeReissued: false };
    const changes = { phone_e164: phoneE164, phone_hash: phoneHash(ctx.config.secrets.codeKey, phoneE164) };
    const audit = { oldPhone: maskPhone(document.phone_e164), newPhone: maskPhone(phoneE164) };
    if (document.state === 'notified') {
      const issued = await issueNewCode(trx, ctx, document, at, {
        actor: principal.actor,
        reason: 'phone_changed',
        changes,
      });
      if (!issued) throw conflict('document_state_changed');
    } else {
      const updated = await trx
        .updateTable('documents')
        .set({ ...changes, code_hash: null, version: document.version + 1, updated_at: at })
        .where('id', '=', document.id)
        .where('version', '=', document.version)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) throw conflict('document_state_changed');
    }
    await recordAudit(trx, at, {
      actor: principal.actor,
      action: 'document.phone_changed',
      entityType: 'document',
      entityId: document.id,
      data: { ...audit, state: document.state },
    });
    return { changed: true, codeReissued: document.state === 'notified' };
  });
  if (result.codeReissued) ctx.onJobsQueued();
  return { documentId, phoneMasked: maskPhone(phoneE164)!, ...result };
}
