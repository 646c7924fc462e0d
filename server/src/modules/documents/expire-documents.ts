/**
 * The expiry pass: a notified document whose pickup window (opening days, recomputed from the box calendar now)
 * has ended goes to `awaiting_return`, its code is voided and the citizen is told by SMS, in one transaction.
 * Several passes (threads, hub instances) may race; the conditional transition lets exactly one win and the
 * others skip the document quietly.
 */
import type { AppContext } from '../../context.ts';
import { AppError } from '../../platform/errors.ts';
import { systemPrincipal } from '../../platform/principal.ts';
import { queueSms } from '../sms/queue-sms.ts';
import { smsLanguageOf } from './document-presenter.ts';
import { transitionDocument } from './transition-document.ts';
import { listWaitingDocuments, withDeadlines } from './waiting-documents.ts';

export interface ExpiryPassResult {
  /** Notified documents looked at. */
  checked: number;
  expired: number;
  /** Lost a race (another pass or a pickup moved the document first). */
  skipped: number;
  failed: number;
}

/** One state change lost to a concurrent one: nothing to do, the other side won. */
export function isLostRace(error: unknown): boolean {
  return (
    error instanceof AppError &&
    error.status === 409 &&
    (error.code === 'document_state_changed' || error.code === 'invalid_transition')
  );
}

export async function expireDocuments(ctx: AppContext): Promise<ExpiryPassResult> {
  const now = ctx.clock.now().toISOString();
  const waiting = await listWaitingDocuments(ctx.db, ctx.config.pickup.windowOpeningDays);
  const documents = await withDeadlines(ctx, waiting, now);
  const result: ExpiryPassResult = { checked: documents.length, expired: 0, skipped: 0, failed: 0 };
  for (const document of documents) {
    if (document.deadline === null || document.deadline > now) continue;
    try {
      await ctx.db.transaction().execute(async (trx) => {
        const expired = await transitionDocument(trx, {
          documentId: document.id,
          transition: 'expire',
          principal: systemPrincipal,
          at: now,
          changes: { code_hash: null, expired_at: now },
          auditData: { deadline: document.deadline, windowOpeningDays: document.windowOpeningDays },
        });
        if (!expired.phone_e164) return;
        const type = await trx
          .selectFrom('document_types')
          .select(['id', 'name'])
          .where('id', '=', expired.type_id)
          .executeTakeFirstOrThrow();
        const office = await trx
          .selectFrom('offices')
          .select('name')
          .where('id', '=', expired.office_id)
          .executeTakeFirstOrThrow();
        await queueSms(trx, ctx, now, {
          documentId: expired.id,
          recipient: expired.phone_e164,
          template: 'expired',
          language: smsLanguageOf(expired.language),
          documentType: { id: type.id, name: type.name },
          params: { officeName: office.name, town: ctx.config.townName },
        });
      });
      result.expired++;
    } catch (error) {
      if (isLostRace(error)) {
        result.skipped++;
      } else {
        result.failed++;
        ctx.log.error({ err: error, documentId: document.id }, 'expiring a document failed');
      }
    }
  }
  if (result.expired > 0) ctx.onJobsQueued();
  return result;
}
