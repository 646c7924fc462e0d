/**
 * Queues an SMS inside the caller's transaction: renders the German template, seals the body (it may carry a
 * pickup code) and writes the message row plus its send job. After commit the job runner sends it.
 */
import type { Trx } from '../../db/database.ts';
import type { AppContext } from '../../context.ts';
import { seal } from '../../platform/crypto.ts';
import { t } from '../../platform/i18n.ts';
import { enqueueJob } from '../../jobs/job-queue.ts';
import { countSegments } from './gsm7.ts';

export const smsTemplates = [
  'pickup_ready',
  'new_code',
  'reminder',
  'expired',
  'picked_up',
  'callback_received',
  'installation_test',
] as const;
export type SmsTemplate = (typeof smsTemplates)[number];

export const sendSmsJobKind = 'sms.send';

export interface NewSms {
  documentId: string | null;
  recipient: string;
  template: SmsTemplate;
  params: Record<string, string>;
}

export function renderSms(template: SmsTemplate, params: Record<string, string>): string {
  return t(`sms.${template}`, params);
}

export async function queueSms(
  trx: Trx,
  ctx: Pick<AppContext, 'ids' | 'config'>,
  at: string,
  sms: NewSms,
): Promise<string> {
  const id = ctx.ids.newId();
  const body = renderSms(sms.template, sms.params);
  await trx
    .insertInto('sms_messages')
    .values({
      id,
      document_id: sms.documentId,
      recipient: sms.recipient,
      template: sms.template,
      body_sealed: seal(ctx.config.secrets.smsSealKey, body),
      segments: countSegments(body).segments,
      status: 'queued',
      provider: null,
      provider_message_id: null,
      attempts: 0,
      last_error: null,
      created_at: at,
      sent_at: null,
      status_at: at,
    })
    .execute();
  await enqueueJob(trx, {
    id: ctx.ids.newId(),
    kind: sendSmsJobKind,
    payload: { messageId: id },
    idempotencyKey: `sms:${id}`,
    runAt: at,
    maxAttempts: ctx.config.jobs.maxAttempts,
  });
  return id;
}
