/**
 * The maintenance pass that turns alert conditions into notifications (every minute, docs/operations.md#alerts).
 * Per condition key it keeps when the condition was seen and last notified (`alert_notifications`): a condition is
 * notified at once, then at most every `alerts.repeatMinutes` while it holds or keeps coming back (the occurrences in
 * between are folded into the next message), never during the quiet hours. When a condition that an alert message
 * reported ends, the same recipients get one "resolved" message (through the same channels; during quiet hours it
 * waits, and is dropped if the condition comes back first); a condition that comes back and ends again before the
 * next alert message is folded into that one, so each alert message is followed by at most one "resolved" message.
 * Each message to each recipient is a job in the outbox (`jobs`), queued in the same transaction as the bookkeeping
 * and its audit entry.
 */
import { DateTime } from 'luxon';
import type { AppContext } from '../../context.ts';
import { enqueueJob } from '../../jobs/job-queue.ts';
import { recordAudit, systemActor } from '../../modules/audit/audit-service.ts';
import { t } from '../../platform/i18n.ts';
import {
  currentAlertConditions,
  systemProbes,
  type AlertCondition,
  type AlertProbes,
} from './alert-conditions.ts';
import type { AlertRuleId } from './alert-rule-ids.ts';

export const alertNotificationJobKind = 'alert_notification';

export interface AlertNotificationPayload {
  channel: 'email' | 'webhook';
  /** An alert, or the message that its condition ended (jobs queued before 0.10 have no kind: alerts). */
  kind?: 'alert' | 'resolved';
  /** When the condition ended (`resolved` only). */
  resolvedAt?: string;
  to: string;
  rule: AlertRuleId;
  key: string;
  summary: string;
  text: string;
  firstSeenAt: string;
  occurrences: number;
  notifiedAt: string;
}

export function recipientsFor(ctx: AppContext, rule: AlertRuleId): string[] {
  const { recipients } = ctx.config.alerts;
  return recipients[rule] ?? recipients.default ?? [];
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Whether `at` lies in the quiet hours (zone time zone); a window like 22:00–06:30 spans midnight. */
export function inQuietHours(ctx: AppContext, at: Date): boolean {
  const { quietHoursStart: start, quietHoursEnd: end } = ctx.config.alerts;
  if (!start || !end || start === end) return false;
  const local = DateTime.fromJSDate(at, { zone: ctx.config.zone.timezone });
  const minute = local.hour * 60 + local.minute;
  const [from, to] = [minutesOf(start), minutesOf(end)];
  return from < to ? minute >= from && minute < to : minute >= from || minute < to;
}

function messageText(
  ctx: AppContext,
  condition: AlertCondition,
  firstSeenAt: string,
  occurrences: number,
): string {
  return [
    condition.summary,
    '',
    ...condition.details,
    t('operations.alerts.firstSeen', { at: firstSeenAt }),
    ...(occurrences > 1 ? [t('operations.alerts.folded', { count: occurrences })] : []),
    '',
    t('operations.alerts.footer', { url: `${ctx.config.publicUrl.replace(/\/$/, '')}/office/` }),
  ].join('\n');
}

export interface NotifyAlertsResult {
  conditions: string[];
  notified: string[];
  /** Conditions whose end was reported in this pass. */
  resolved: string[];
}

function channelOf(to: string): AlertNotificationPayload['channel'] {
  return /^https?:\/\//.test(to) ? 'webhook' : 'email';
}

export async function notifyAlerts(
  ctx: AppContext,
  probes: AlertProbes = systemProbes,
): Promise<NotifyAlertsResult> {
  const everyone = Object.values(ctx.config.alerts.recipients).flatMap((list) => list ?? []);
  if (everyone.length === 0) return { conditions: [], notified: [], resolved: [] };
  const now = ctx.clock.now();
  const at = now.toISOString();
  const quiet = inQuietHours(ctx, now);
  const conditions = await currentAlertConditions(ctx, probes);
  const notified: string[] = [];

  for (const condition of conditions) {
    const queued = await ctx.db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('alert_notifications')
        .selectAll()
        .where('key', '=', condition.key)
        .executeTakeFirst();
      const comesBack = !row || row.resolved_at !== null;
      const firstSeenAt = comesBack ? at : row.first_seen_at;
      const unreported = Number(row?.unreported ?? 0) + (comesBack ? 1 : 0);
      const lastNotified = row?.last_notified_at ?? null;
      const recipients = recipientsFor(ctx, condition.rule);
      const due =
        !quiet &&
        recipients.length > 0 &&
        (lastNotified === null ||
          now.getTime() - Date.parse(lastNotified) >= ctx.config.alerts.repeatMinutes * 60_000);
      const state = {
        rule: condition.rule,
        summary: condition.summary,
        first_seen_at: firstSeenAt,
        last_seen_at: at,
        resolved_at: null,
        last_notified_at: due ? at : lastNotified,
        unreported: due ? 0 : unreported,
      };
      if (row)
        await trx.updateTable('alert_notifications').set(state).where('key', '=', condition.key).execute();
      else
        await trx
          .insertInto('alert_notifications')
          .values({ key: condition.key, ...state })
          .execute();
      if (!due) return false;
      const occurrences = Math.max(1, unreported);
      const text = messageText(ctx, condition, firstSeenAt, occurrences);
      for (const to of recipients) {
        const payload: AlertNotificationPayload = {
          channel: channelOf(to),
          kind: 'alert',
          to,
          rule: condition.rule,
          key: condition.key,
          summary: condition.summary,
          text,
          firstSeenAt,
          occurrences,
          notifiedAt: at,
        };
        await enqueueJob(trx, {
          id: ctx.ids.newId(),
          kind: alertNotificationJobKind,
          payload: { ...payload },
          // Two hubs on one database evaluating at once queue the message once.
          idempotencyKey: `alert:${condition.key}:${lastNotified ?? 'first'}:${to}`,
          runAt: at,
          maxAttempts: ctx.config.jobs.maxAttempts,
        });
      }
      await recordAudit(trx, at, {
        actor: systemActor,
        action: 'alert.notification_queued',
        entityType: 'alert_notification',
        entityId: condition.key,
        data: { rule: condition.rule, recipients: recipients.length, occurrences },
      });
      return true;
    });
    if (queued) notified.push(condition.key);
  }

  // Conditions that no longer hold: the next time they hold is a new occurrence.
  const holding = conditions.map((c) => c.key);
  let resolve = ctx.db
    .updateTable('alert_notifications')
    .set({ resolved_at: at })
    .where('resolved_at', 'is', null);
  if (holding.length > 0) resolve = resolve.where('key', 'not in', holding);
  await resolve.execute();

  const resolved = quiet ? [] : await notifyResolved(ctx, at);
  if (notified.length > 0 || resolved.length > 0) ctx.onJobsQueued();
  return { conditions: holding, notified, resolved };
}

/**
 * "Resolved" messages: for every condition that has ended and whose last message was an alert (no "resolved"
 * since), one message to the rule's recipients. Occurrences folded since that alert are counted in it.
 */
async function notifyResolved(ctx: AppContext, at: string): Promise<string[]> {
  const ended = await ctx.db
    .selectFrom('alert_notifications')
    .select('key')
    .where('resolved_at', 'is not', null)
    .where('last_notified_at', 'is not', null)
    .where((eb) =>
      eb.or([
        eb('resolved_notified_at', 'is', null),
        eb('resolved_notified_at', '<', eb.ref('last_notified_at')),
      ]),
    )
    .orderBy('key')
    .execute();
  const reported: string[] = [];
  for (const { key } of ended) {
    const queued = await ctx.db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('alert_notifications')
        .selectAll()
        .where('key', '=', key)
        .executeTakeFirst();
      // Another hub reported it meanwhile, or it came back: nothing to say.
      if (!row || row.resolved_at === null || row.last_notified_at === null) return false;
      if (row.resolved_notified_at !== null && row.resolved_notified_at >= row.last_notified_at) return false;
      const rule = row.rule as AlertRuleId;
      const recipients = recipientsFor(ctx, rule);
      await trx
        .updateTable('alert_notifications')
        .set({ resolved_notified_at: at, unreported: 0 })
        .where('key', '=', key)
        .execute();
      if (recipients.length === 0) return false;
      const summary = t('operations.alerts.resolved', { summary: row.summary ?? key });
      const occurrences = Number(row.unreported);
      const text = [
        summary,
        '',
        t('operations.alerts.resolvedAt', { at: row.resolved_at }),
        t('operations.alerts.firstSeen', { at: row.first_seen_at }),
        ...(occurrences > 0 ? [t('operations.alerts.resolvedFolded', { count: occurrences })] : []),
        '',
        t('operations.alerts.footer', { url: `${ctx.config.publicUrl.replace(/\/$/, '')}/office/` }),
      ].join('\n');
      for (const to of recipients) {
        const payload: AlertNotificationPayload = {
          channel: channelOf(to),
          kind: 'resolved',
          to,
          rule,
          key,
          summary,
          text,
          firstSeenAt: row.first_seen_at,
          occurrences,
          notifiedAt: at,
          resolvedAt: row.resolved_at,
        };
        await enqueueJob(trx, {
          id: ctx.ids.newId(),
          kind: alertNotificationJobKind,
          payload: { ...payload },
          // Once per alert message and recipient, also with two hubs on one database.
          idempotencyKey: `alert-resolved:${key}:${row.last_notified_at}:${to}`,
          runAt: at,
          maxAttempts: ctx.config.jobs.maxAttempts,
        });
      }
      await recordAudit(trx, at, {
        actor: systemActor,
        action: 'alert.resolved_notification_queued',
        entityType: 'alert_notification',
        entityId: key,
        data: { rule, recipients: recipients.length, occurrences },
      });
      return true;
    });
    if (queued) reported.push(key);
  }
  return reported;
}
