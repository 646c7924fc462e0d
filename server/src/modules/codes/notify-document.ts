/**
 * The step after a document is safely in its compartment: a fresh code, the state `notified`, and the SMS with
 * code and deadline, all in the caller's transaction. Also used when staff put a document back after reconcile.
 */
import type { Trx } from '../../db/database.ts';
import type { AppContext } from '../../context.ts';
import { systemPrincipal } from '../../platform/principal.ts';
import { computePickupDeadline, formatDeadlineForSms } from '../calendar/pickup-window.ts';
import { transitionDocument, type DocumentRow } from '../documents/transition-document.ts';
import { queueSms } from '../sms/queue-sms.ts';
import { smsLanguageOf } from '../documents/document-presenter.ts';
import { generateUniqueCode } from './pickup-codes.ts';
import { recordOfflineCode } from '../offline/record-offline-code.ts';

export async function notifyDocument(
  trx: Trx,
  ctx: Pick<AppContext, 'ids' | 'config'>,
  document: DocumentRow,
  at: string,
): Promise<DocumentRow> {
  if (!document.phone_e164 || !document.box_id) throw new Error(`document ${document.id} cannot be notified`);
  const issued = await generateUniqueCode(trx, ctx.config.secrets.codeKey, document.phone_e164);
  const notified = await transitionDocument(trx, {
    documentId: document.id,
    transition: 'notify',
    principal: systemPrincipal,
    at,
    changes: {
      code_hash: issued.hash,
      code_issued_at: at,
      code_failed_attempts: 0,
      code_locked: 0,
      check_failed_attempts: 0,
      notified_at: at,
      reminder_sent_at: null,
    },
  });
  await recordOfflineCode(trx, ctx.config.secrets.codeKey, {
    documentId: document.id,
    boxId: document.box_id,
    phoneE164: document.phone_e164,
    code: issued.code,
    at,
  });
  const box = await trx
    .selectFrom('boxes')
    .select(['name', 'timezone'])
    .where('id', '=', document.box_id)
    .executeTakeFirstOrThrow();
  const type = await trx
    .selectFrom('document_types')
    .select(['id', 'name', 'window_opening_days'])
    .where('id', '=', document.type_id)
    .executeTakeFirstOrThrow();
  const deadline = await computePickupDeadline(
    trx,
    document.box_id,
    at,
    // The window copied at registration; documents registered before that copy existed follow their type.
    document.window_opening_days ?? type.window_opening_days ?? ctx.config.pickup.windowOpeningDays,
  );
  const language = smsLanguageOf(document.language);
  await queueSms(trx, ctx, at, {
    documentId: document.id,
    recipient: document.phone_e164,
    template: 'pickup_ready',
    language,
    documentType: { id: type.id, name: type.name },
    params: {
      boxName: box.name,
      code: issued.code,
      deadline: formatDeadlineForSms(deadline, box.timezone, language),
      town: ctx.config.townName,
    },
  });
  return notified;
}
