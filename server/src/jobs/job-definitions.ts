/** Every kind of queued job and what carries it out. */
import type { JobDefinition } from './job-runner.ts';
import { sendSmsJobKind } from '../modules/sms/queue-sms.ts';
import { sendSmsJob } from '../modules/sms/send-sms-job.ts';
import { deliverAlertNotificationJob } from '../operations/alerts/deliver-alert-notification.ts';
import { alertNotificationJobKind } from '../operations/alerts/notify-alerts.ts';
import { deliverWebhookJobKind } from '../modules/integration/webhook-outbox.ts';
import { deliverWebhookJob } from '../modules/integration/deliver-webhook-job.ts';

export const jobDefinitions: Record<string, JobDefinition> = {
  [sendSmsJobKind]: sendSmsJob,
  [alertNotificationJobKind]: deliverAlertNotificationJob,
  [deliverWebhookJobKind]: deliverWebhookJob,
};
