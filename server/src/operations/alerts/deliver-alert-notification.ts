/**
 * The job that delivers one alert notification: an e-mail over SMTP (nodemailer, `alerts.smtpUrl`) or a POST to a
 * webhook signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`; `alerts.webhookSecret`).
 * The job id is the webhook message id, so a retried delivery can be recognised by the receiver. A refusal (4xx
 * other than 408/429) is permanent; anything else is retried with the job runner's backoff.
 */
// nodemailer is loaded with the first e-mail (most hubs send none for days).
import type { Transporter } from 'nodemailer';
import { Webhook } from 'standardwebhooks';
import type { AppContext } from '../../context.ts';
import { PermanentJobError, type JobDefinition } from '../../jobs/job-runner.ts';
import type { AlertNotificationPayload } from './notify-alerts.ts';

const transports = new Map<string, Transporter>();

async function transportFor(smtpUrl: string): Promise<Transporter> {
  let transport = transports.get(smtpUrl);
  if (!transport) {
    const { default: nodemailer } = await import('nodemailer');
    transport = nodemailer.createTransport(smtpUrl);
    transports.set(smtpUrl, transport);
  }
  return transport;
}

async function sendEmail(ctx: AppContext, payload: AlertNotificationPayload): Promise<void> {
  const { smtpUrl, emailFrom } = ctx.config.alerts;
  if (!smtpUrl) throw new PermanentJobError('alerts.smtpUrl is not configured');
  await (
    await transportFor(smtpUrl)
  ).sendMail({
    from: emailFrom,
    to: payload.to,
    subject: `[Bürgerpunkt] ${payload.summary}`,
    text: payload.text,
    headers: {
      'X-Buergerpunkt-Alert': payload.key,
      'X-Buergerpunkt-Alert-State': payload.kind === 'resolved' ? 'resolved' : 'firing',
    },
  });
}

async function sendWebhook(
  ctx: AppContext,
  payload: AlertNotificationPayload,
  messageId: string,
): Promise<void> {
  const secret = ctx.config.alerts.webhookSecret;
  if (!secret) throw new PermanentJobError('alerts.webhookSecret is not configured');
  const timestamp = ctx.clock.now();
  const resolved = payload.kind === 'resolved';
  const body = JSON.stringify({
    // `alert.box_offline` when a condition holds, `alert.box_offline.resolved` when it has ended.
    type: `alert.${payload.rule}${resolved ? '.resolved' : ''}`,
    timestamp: timestamp.toISOString(),
    // Chat systems (Mattermost, Rocket.Chat, Slack-compatible) show `text` as the message.
    text: payload.text,
    data: {
      rule: payload.rule,
      key: payload.key,
      summary: payload.summary,
      firstSeenAt: payload.firstSeenAt,
      occurrences: payload.occurrences,
      state: resolved ? 'resolved' : 'firing',
      ...(resolved ? { resolvedAt: payload.resolvedAt } : {}),
    },
  });
  const signature = new Webhook(secret).sign(messageId, timestamp, body);
  const response = await fetch(payload.to, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'webhook-id': messageId,
      'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
      'webhook-signature': signature,
    },
    body,
    signal: AbortSignal.timeout(10_000),
  });
  await response.body?.cancel();
  if (response.ok) return;
  const message = `alert webhook answered ${response.status}`;
  if (response.status >= 400 && response.status < 500 && ![408, 429].includes(response.status))
    throw new PermanentJobError(message);
  throw new Error(message);
}

export const deliverAlertNotificationJob: JobDefinition = {
  async run(ctx, payload, job) {
    const notification = payload as unknown as AlertNotificationPayload;
    if (notification.channel === 'email') await sendEmail(ctx, notification);
    else await sendWebhook(ctx, notification, job.id);
  },
  async giveUp(ctx, payload, reason) {
    ctx.log.error({ to: (payload as { to?: string }).to, reason }, 'alert notification given up');
  },
};
