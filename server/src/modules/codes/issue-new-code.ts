/**
 * Replaces the code of a waiting (`notified`) document with a fresh one and texts it: the old code stops working
 * at once (a document has exactly one valid code). Used by the citizen's resend at the kiosk, by staff, and after a
 * phone number change. The guess budget (wrong codes, failed extra checks, the lock) belongs to the document, not to
 * one code: a citizen's resend keeps it, or three resends a day would quadruple the guesses; only staff's new code
 * (or a phone number change, also by staff) starts it again, and the audit entry says so.
 */
import type { Trx } from '../../db/database.ts';
import type { AppContext } from '../../context.ts';
import type { DocumentsTable } from '../../db/schema.ts';
import { recordAudit, type Actor } from '../audit/audit-service.ts';
import { maskPhone } from '../documents/document-presenter.ts';
import type { DocumentRow } from '../documents/transition-document.ts';
import { queueSms } from '../sms/queue-sms.ts';
import { smsLanguageOf } from '../documents/document-presenter.ts';
import { generateUniqueCode } from './pickup-codes.ts';
import { conflict } from '../../platform/errors.ts';
import { offlineHoldApplies } from '../offline/link-down-hold.ts';
import { recordOfflineCode } from '../offline/record-offline-code.ts';

export type CodeReissueReason = 'citizen_request' | 'staff_request' | 'phone_changed';

export interface IssueNewCodeOptions {
  actor: Actor;
  reason: CodeReissueReason;
  /** Further columns for the same conditional update (new phone number, resend counter). */
  changes?: Partial<Pick<DocumentsTable, 'phone_e164' | 'phone_hash' | 'resends_today' | 'resend_day'>>;
  auditData?: Record<string, unknown>;
}

/**
 * Issues the code inside `trx`. The update is conditional on the version read, so a document that changed in the
 * meantime (a pickup started, another resend) is left alone: returns false then.
 */
export async function issueNewCode(
  trx: Trx,
  ctx: Pick<AppContext, 'ids' | 'config'>,
  document: DocumentRow,
  at: string,
  options: IssueNewCodeOptions,
): Promise<boolean> {
  const phoneE164 = options.changes?.phone_e164 ?? document.phone_e164;
  if (document.state !== 'notified' || !phoneE164 || !document.box_id) return false;
  // docs/offline.md, the double-use rule: no second way into a compartment while its box decides on its own.
  if (await offlineHoldApplies(trx, document.box_id, at)) {
    if (options.reason === 'citizen_request') return false;
    throw conflict('box_link_down_hold');
  }
  const liftsBudget = options.reason !== 'citizen_request';
  const issued = await generateUniqueCode(trx, ctx.config.secrets.codeKey, phoneE164);
  const updated = await trx
    .updateTable('documents')
    .set({
      ...options.changes,
      code_hash: issued.hash,
      code_issued_at: at,
      ...(liftsBudget ? { code_failed_attempts: 0, code_locked: 0 as const, check_failed_attempts: 0 } : {}),
      version: document.version + 1,
      updated_at: at,
    })
    .where('id', '=', document.id)
    .where('version', '=', document.version)
    .where('state', '=', 'notified')
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) return false;
  await recordOfflineCode(trx, ctx.config.secrets.codeKey, {
    documentId: document.id,
    boxId: document.box_id,
    phoneE164,
    code: issued.code,
    at,
  });

  const type = await trx
    .selectFrom('document_types')
    .select(['id', 'name'])
    .where('id', '=', document.type_id)
    .executeTakeFirstOrThrow();
  const box = await trx
    .selectFrom('boxes')
    .select('name')
    .where('id', '=', document.box_id)
    .executeTakeFirstOrThrow();
  await queueSms(trx, ctx, at, {
    documentId: document.id,
    recipient: phoneE164,
    template: 'new_code',
    language: smsLanguageOf(document.language),
    documentType: { id: type.id, name: type.name },
    params: {
      boxName: box.name,
      code: issued.code,
      town: ctx.config.townName,
    },
  });
  await recordAudit(trx, at, {
    actor: options.actor,
    action: 'document.code_reissued',
    entityType: 'document',
    entityId: document.id,
    data: {
      reason: options.reason,
      phone: maskPhone(phoneE164),
      ...(liftsBudget
        ? {
            guessBudgetReset: {
              codeFailedAttempts: Number(document.code_failed_attempts),
              checkFailedAttempts: Number(document.check_failed_attempts),
              wasLocked: Number(document.code_locked) === 1,
            },
          }
        : {}),
      ...options.auditData,
    },
  });
  return true;
}
