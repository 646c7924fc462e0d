/**
 * The job that hands one queued SMS to the gateway. Crash-safe by construction: the message row says where it
 * stands, the message id is the gateway's idempotency key, and a message that reached `sent` is never sent again.
 * A crash anywhere in between leaves the job leased; the next runner picks it up and asks the gateway again under
 * the same key, which the gateway answers with the first message instead of sending a second.
 */
import type { AppContext } from '../../context.ts';
import { PermanentJobError, type JobDefinition } from '../../jobs/job-runner.ts';
import { unseal } from '../../platform/crypto.ts';
import { raiseAlert } from '../alerts/raise-alert.ts';
import { recordAudit, systemActor } from '../audit/audit-service.ts';
import { smsProviderFor } from './providers/create-sms-provider.ts';
import { shortError } from './providers/sms-provider.ts';
import { smsAuditData } from './sms-audit-data.ts';
import {
  findSmsMessage,
  handedOverSmsStatuses,
  markSmsAttemptFailed,
  markSmsGivenUp,
  markSmsSending,
  markSmsSent,
} from './sms-repository.ts';
import { countSmsSendFailure } from '../../operations/metrics/sms-send-failures.ts';

function messageIdOf(payload: Record<string, unknown>): string {
  const id = payload.messageId;
  if (typeof id !== 'string' || id.length === 0)
    throw new PermanentJobError('sms.send job without messageId');
  return id;
}

const now = (ctx: AppContext) => ctx.clock.now().toISOString();

async function runSendSms(ctx: AppContext, payload: Record<string, unknown>): Promise<void> {
  const messageId = messageIdOf(payload);
  const message = await findSmsMessage(ctx.db, messageId);
  if (!message) throw new PermanentJobError(`sms message ${messageId} not found`);
  // Already with the gateway, or given up: a repeated job does nothing.
  if ((handedOverSmsStatuses as readonly string[]).includes(message.status) || message.status === 'failed') {
    return;
  }
  if (!message.body_sealed || !message.recipient) {
    throw new PermanentJobError('sms text or recipient was purged before sending');
  }

  // Committed before the gateway call: staff see the attempt even if this process dies right after.
  if (!(await markSmsSending(ctx.db, messageId, now(ctx)))) return;

  let text: string;
  try {
    text = unseal(ctx.config.secrets.smsSealKey, message.body_sealed);
  } catch {
    throw new PermanentJobError('sealed sms text cannot be opened (seal key changed?)');
  }

  const provider = smsProviderFor(ctx);
  let providerMessageId: string;
  try {
    ({ providerMessageId } = await provider.send({
      to: message.recipient,
      from: ctx.config.sms.sender,
      text,
      idempotencyKey: messageId,
    }));
  } catch (error) {
    const reason = shortError(error instanceof Error ? error.message : String(error));
    countSmsSendFailure(ctx.db, provider.name, error);
    await markSmsAttemptFailed(ctx.db, messageId, reason, now(ctx));
    throw error;
  }

  await ctx.db.transaction().execute(async (trx) => {
    const at = now(ctx);
    await markSmsSent(trx, messageId, { provider: provider.name, providerMessageId, at });
    await recordAudit(trx, at, {
      actor: systemActor,
      action: 'sms.sent',
      entityType: 'sms_message',
      entityId: messageId,
      data: {
        ...smsAuditData(message),
        segments: message.segments,
        attempt: message.attempts + 1,
        provider: provider.name,
        providerMessageId,
      },
    });
  });
}

async function giveUpSendSms(ctx: AppContext, payload: Record<string, unknown>, reason: string) {
  const messageId = typeof payload.messageId === 'string' ? payload.messageId : null;
  if (!messageId) return;
  const short = shortError(reason);
  await ctx.db.transaction().execute(async (trx) => {
    const at = now(ctx);
    const message = await findSmsMessage(trx, messageId);
    if (!message || !(await markSmsGivenUp(trx, messageId, short, at))) return;
    const document = message.document_id
      ? await trx
          .selectFrom('documents')
          .select(['box_id'])
          .where('id', '=', message.document_id)
          .executeTakeFirst()
      : undefined;
    await recordAudit(trx, at, {
      actor: systemActor,
      action: 'sms.failed',
      entityType: 'sms_message',
      entityId: messageId,
      data: {
        ...smsAuditData(message),
        attempts: message.attempts,
        reason: short,
      },
    });
    await raiseAlert(trx, ctx, at, {
      kind: 'sms_failed',
      documentId: message.document_id,
      boxId: document?.box_id ?? null,
      data: { messageId, template: message.template, reason: short, stage: 'send' },
    });
  });
}

export const sendSmsJob: JobDefinition = {
  run: runSendSms,
  giveUp: giveUpSendSms,
  // A gateway down for hours must not cost a citizen the pickup code: passing failures are retried this long.
  retryForMs: (ctx) => ctx.config.sms.retryHours * 3600_000,
};
