/**
 * "I did not get a code" at the kiosk: every waiting document of the number gets a fresh code by SMS, at most
 * `pickup.resendPerDay` times per document and day (Berlin time). The guess budget stays as it was (see
 * issue-new-code.ts): a locked document gets no new code, which would not open it; only staff lift a lock. The
 * answer is the same whether or not anything was sent, so the kiosk never tells a stranger whether documents wait
 * for a number.
 */
import { DateTime } from 'luxon';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../audit/audit-service.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { normalizeMobileNumber } from '../sms/phone-numbers.ts';
import { issueNewCode } from './issue-new-code.ts';
import { phoneHash } from './pickup-codes.ts';

export const resendDayZone = 'Europe/Berlin';

export function resendDayOf(instantIso: string): string {
  return DateTime.fromISO(instantIso, { zone: 'utc' }).setZone(resendDayZone).toISODate()!;
}

/** Returns how many codes were sent (for tests and logs only; never shown to the citizen). */
export async function resendCodesForCitizen(
  ctx: AppContext,
  actor: Actor,
  phoneInput: string,
): Promise<number> {
  const phoneE164 = normalizeMobileNumber(phoneInput);
  const at = ctx.clock.now().toISOString();
  const day = resendDayOf(at);
  const sent = await ctx.db.transaction().execute(async (trx) => {
    const documents = await trx
      .selectFrom('documents')
      .selectAll()
      .where('phone_hash', '=', phoneHash(ctx.config.secrets.codeKey, phoneE164))
      .where('state', '=', 'notified')
      .orderBy('id')
      .execute();
    let count = 0;
    for (const document of documents) {
      if (Number(document.code_locked) === 1) {
        await recordAudit(trx, at, {
          actor,
          action: 'document.code_resend_refused',
          entityType: 'document',
          entityId: document.id,
          data: { reason: 'code_locked' },
        });
        continue;
      }
      const sentToday = document.resend_day === day ? Number(document.resends_today) : 0;
      if (sentToday >= ctx.config.pickup.resendPerDay) {
        await recordAudit(trx, at, {
          actor,
          action: 'document.code_resend_refused',
          entityType: 'document',
          entityId: document.id,
          data: { reason: 'daily_limit', resendsToday: sentToday },
        });
        continue;
      }
      const issued = await issueNewCode(trx, ctx, document, at, {
        actor,
        reason: 'citizen_request',
        changes: { resends_today: sentToday + 1, resend_day: day },
        auditData: { resendsToday: sentToday + 1 },
      });
      if (issued) count++;
    }
    return count;
  });
  if (sent > 0) ctx.onJobsQueued();
  return sent;
}
