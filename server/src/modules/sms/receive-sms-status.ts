/**
 * The gateway's delivery report: checks signature and age, refuses replays, and moves the message to delivered
 * or failed, with its audit entry (and an alert for staff when an SMS did not arrive) in one transaction.
 *
 * Bodies (JSON):
 *   Bürgerpunkt scheme: {"eventId":"evt-1","messageId":"<our id>","providerMessageId":"gw-1",
 *                        "status":"delivered"|"failed","occurredAt":"2026-11-24T09:00:05Z","error":"…"}
 *                       (messageId or providerMessageId; eventId unique per event)
 *   seven.io:           {"webhook_event":"dlr","webhook_timestamp":"2026-11-24 10:00:05",
 *                        "data":{"msg_id":"77229318","status":"DELIVERED","timestamp":"…"}}
 */
import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';
import type { AppContext } from '../../context.ts';
import { addMs } from '../../platform/clock.ts';
import { badRequest, conflict, notFound, unauthorized } from '../../platform/errors.ts';
import { raiseAlert } from '../alerts/raise-alert.ts';
import { recordAudit, systemActor } from '../audit/audit-service.ts';
import { shortError } from './providers/sms-provider.ts';
import { smsAuditData } from './sms-audit-data.ts';
import {
  applyDeliveryStatus,
  findSmsMessage,
  findSmsMessageByProviderId,
  insertWebhookReceipt,
  pruneWebhookReceipts,
} from './sms-repository.ts';
import { verifyBpWebhook, verifySevenWebhook, type HeaderBag } from './webhook-signatures.ts';

/** How far the signed timestamp may be from our clock, either way. */
export const webhookToleranceSeconds = 5 * 60;
/** Receipts are kept far longer than the tolerance, so a replay is caught even across clock corrections. */
const receiptRetentionMs = 24 * 60 * 60 * 1000;
export const smsStatusPath = '/api/v1/sms/status';

const BpStatusEvent = Type.Object(
  {
    eventId: Type.String({ minLength: 1, maxLength: 200 }),
    messageId: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    providerMessageId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    status: Type.Union([Type.Literal('delivered'), Type.Literal('failed')]),
    occurredAt: Type.Optional(Type.String({ maxLength: 40 })),
    error: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);

/** seven.io may add fields; we read only these. */
const SevenDlrEvent = Type.Object({
  webhook_event: Type.String({ maxLength: 50 }),
  webhook_timestamp: Type.Optional(Type.String({ maxLength: 40 })),
  data: Type.Object({
    msg_id: Type.Union([Type.String({ minLength: 1, maxLength: 200 }), Type.Number()]),
    status: Type.String({ maxLength: 40 }),
    timestamp: Type.Optional(Type.Union([Type.String({ maxLength: 40 }), Type.Number()])),
  }),
});

/** seven.io report statuses; the ones not listed (BUFFERED, TRANSMITTED, ACCEPTED, UNKNOWN) are interim. */
const sevenFinalStatuses: Record<string, 'delivered' | 'failed'> = {
  DELIVERED: 'delivered',
  NOTDELIVERED: 'failed',
  EXPIRED: 'failed',
  REJECTED: 'failed',
  FAILED: 'failed',
};

interface StatusReport {
  receiptId: string;
  lookup: { messageId: string } | { provider: string; providerMessageId: string };
  status: 'delivered' | 'failed' | null;
  error: string | null;
  occurredAt: string | null;
  gatewayStatus: string;
}

export interface IncomingWebhook {
  method: string;
  headers: HeaderBag;
  rawBody: string;
}

export type WebhookOutcome = 'updated' | 'unchanged' | 'ignored';

function parseJson(rawBody: string): unknown {
  try {
    return JSON.parse(rawBody);
  } catch {
    throw badRequest('malformed_request');
  }
}

function readReport(ctx: AppContext, rawBody: string, nonce: string): StatusReport {
  const body = parseJson(rawBody);
  if (ctx.config.sms.provider === 'seven') {
    if (!Value.Check(SevenDlrEvent, body)) throw badRequest('validation_failed');
    const event = body as Static<typeof SevenDlrEvent>;
    const gatewayStatus = event.data.status.toUpperCase();
    return {
      receiptId: `seven:${nonce}`,
      lookup: { provider: 'seven', providerMessageId: String(event.data.msg_id) },
      status: event.webhook_event === 'dlr' ? (sevenFinalStatuses[gatewayStatus] ?? null) : null,
      error: sevenFinalStatuses[gatewayStatus] === 'failed' ? gatewayStatus : null,
      occurredAt: event.data.timestamp === undefined ? null : String(event.data.timestamp),
      gatewayStatus,
    };
  }
  if (!Value.Check(BpStatusEvent, body)) throw badRequest('validation_failed');
  const event = body as Static<typeof BpStatusEvent>;
  let lookup: StatusReport['lookup'];
  if (event.messageId) lookup = { messageId: event.messageId };
  else if (event.providerMessageId)
    lookup = { provider: ctx.config.sms.provider, providerMessageId: event.providerMessageId };
  else throw badRequest('validation_failed');
  return {
    receiptId: `bp:${event.eventId}`,
    lookup,
    status: event.status,
    error: event.status === 'failed' ? shortError(event.error ?? 'not delivered') : null,
    occurredAt: event.occurredAt ?? null,
    gatewayStatus: event.status,
  };
}

function verify(ctx: AppContext, webhook: IncomingWebhook) {
  const secret = ctx.config.secrets.smsWebhookSecret;
  const verified =
    ctx.config.sms.provider === 'seven'
      ? verifySevenWebhook(secret, webhook.headers, {
          method: webhook.method,
          url: `${ctx.config.publicUrl.replace(/\/+$/, '')}${smsStatusPath}`,
          rawBody: webhook.rawBody,
        })
      : verifyBpWebhook(secret, webhook.headers, webhook.rawBody);
  if (!verified) throw unauthorized('webhook_signature_invalid');
  const nowSeconds = Math.floor(ctx.clock.now().getTime() / 1000);
  if (Math.abs(nowSeconds - verified.timestamp) > webhookToleranceSeconds) {
    throw unauthorized('webhook_stale');
  }
  return verified;
}

export async function receiveSmsStatus(ctx: AppContext, webhook: IncomingWebhook): Promise<WebhookOutcome> {
  const verified = verify(ctx, webhook);
  const report = readReport(ctx, webhook.rawBody, verified.nonce);

  return ctx.db.transaction().execute(async (trx) => {
    const at = ctx.clock.now().toISOString();
    if (!(await insertWebhookReceipt(trx, report.receiptId, at))) throw conflict('webhook_replayed');
    await pruneWebhookReceipts(trx, addMs(at, -receiptRetentionMs));

    const message =
      'messageId' in report.lookup
        ? await findSmsMessage(trx, report.lookup.messageId)
        : await findSmsMessageByProviderId(trx, report.lookup.provider, report.lookup.providerMessageId);
    if (!message) throw notFound('sms_message_not_found');
    if (!report.status) return 'ignored';
    if (!(await applyDeliveryStatus(trx, message.id, report.status, report.error, at))) return 'unchanged';

    const data = {
      ...smsAuditData(message),
      previousStatus: message.status,
      gatewayStatus: report.gatewayStatus,
      occurredAt: report.occurredAt,
    };
    await recordAudit(trx, at, {
      actor: systemActor,
      action: report.status === 'delivered' ? 'sms.delivered' : 'sms.delivery_failed',
      entityType: 'sms_message',
      entityId: message.id,
      data: report.error ? { ...data, error: report.error } : data,
    });
    if (report.status === 'failed') {
      const document = message.document_id
        ? await trx
            .selectFrom('documents')
            .select('box_id')
            .where('id', '=', message.document_id)
            .executeTakeFirst()
        : undefined;
      await raiseAlert(trx, ctx, at, {
        kind: 'sms_failed',
        documentId: message.document_id,
        boxId: document?.box_id ?? null,
        data: { messageId: message.id, template: message.template, reason: report.error, stage: 'delivery' },
      });
    }
    return 'updated';
  });
}
