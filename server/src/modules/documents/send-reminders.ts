/**
 * The reminder pass: once per document, when `config.pickup.reminderOpeningDaysBefore` opening days (or fewer, if
 * a pass was missed) are left after today, the citizen gets a reminder SMS with the deadline. Not on the day of
 * the notification itself, and only between 08:00 and 20:00 in the box's timezone so nobody is woken at night.
 * The reminder is marked with a conditional update, so racing passes send it once.
 */
import { DateTime } from 'luxon';
import type { AppContext } from '../../context.ts';
import { localDateOf, remainingOpeningDays } from '../calendar/box-calendar.ts';
import { formatDeadlineForSms } from '../calendar/pickup-window.ts';
import { recordAudit, systemActor } from '../audit/audit-service.ts';
import { queueSms } from '../sms/queue-sms.ts';
import { smsLanguageOf } from './document-presenter.ts';
import { listWaitingDocuments, withDeadlines } from './waiting-documents.ts';

/** Local hours in which reminder SMS go out: [from, until). */
export const reminderSendingHours = { from: 8, until: 20 } as const;

export interface ReminderPassResult {
  checked: number;
  sent: number;
  /** Another pass marked the reminder (or the document moved) first. */
  skipped: number;
  failed: number;
}

function withinSendingHours(nowIso: string, timezone: string): boolean {
  const hour = DateTime.fromISO(nowIso, { zone: timezone }).hour;
  return hour >= reminderSendingHours.from && hour < reminderSendingHours.until;
}

export async function sendReminders(ctx: AppContext): Promise<ReminderPassResult> {
  const daysBefore = ctx.config.pickup.reminderOpeningDaysBefore;
  const result: ReminderPassResult = { checked: 0, sent: 0, skipped: 0, failed: 0 };
  if (daysBefore <= 0) return result;
  const now = ctx.clock.now().toISOString();
  const waiting = await listWaitingDocuments(ctx.db, ctx.config.pickup.windowOpeningDays, {
    withoutReminderOnly: true,
  });
  const documents = await withDeadlines(ctx, waiting, now);
  result.checked = documents.length;
  // Many documents share a deadline; counting the opening days up to it once per deadline is enough.
  const remainingByDeadline = new Map<string, number>();
  for (const document of documents) {
    const { calendar, deadline } = document;
    if (deadline === null || deadline <= now) continue;
    if (!withinSendingHours(now, calendar.timezone)) continue;
    if (localDateOf(document.notifiedAt, calendar.timezone) === localDateOf(now, calendar.timezone)) continue;
    const remainingKey = `${document.boxId}|${deadline}`;
    const remaining = remainingByDeadline.get(remainingKey) ?? remainingOpeningDays(calendar, deadline, now);
    remainingByDeadline.set(remainingKey, remaining);
    if (remaining < 1 || remaining > daysBefore) continue;
    try {
      const sent = await ctx.db.transaction().execute(async (trx) => {
        const marked = await trx
          .updateTable('documents')
          .set({ reminder_sent_at: now })
          .where('id', '=', document.id)
          .where('state', '=', 'notified')
          .where('reminder_sent_at', 'is', null)
          .returning(['id', 'phone_e164', 'type_id', 'box_id', 'language'])
          .executeTakeFirst();
        if (!marked) return false;
        const type = await trx
          .selectFrom('document_types')
          .select(['id', 'name'])
          .where('id', '=', marked.type_id)
          .executeTakeFirstOrThrow();
        const box = await trx
          .selectFrom('boxes')
          .select(['name', 'timezone'])
          .where('id', '=', document.boxId)
          .executeTakeFirstOrThrow();
        if (marked.phone_e164) {
          const language = smsLanguageOf(marked.language);
          await queueSms(trx, ctx, now, {
            documentId: document.id,
            recipient: marked.phone_e164,
            template: 'reminder',
            language,
            documentType: { id: type.id, name: type.name },
            params: {
              boxName: box.name,
              deadline: formatDeadlineForSms(deadline, box.timezone, language),
              town: ctx.config.townName,
            },
          });
        }
        await recordAudit(trx, now, {
          actor: systemActor,
          action: 'document.reminder_sent',
          entityType: 'document',
          entityId: document.id,
          data: { deadline, remainingOpeningDays: remaining },
        });
        return true;
      });
      if (sent) result.sent++;
      else result.skipped++;
    } catch (error) {
      result.failed++;
      ctx.log.error({ err: error, documentId: document.id }, 'sending a reminder failed');
    }
  }
  if (result.sent > 0) ctx.onJobsQueued();
  return result;
}
