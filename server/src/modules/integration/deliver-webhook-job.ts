/**
 * The job that sends one issue event to the specialist procedure, signed per Standard Webhooks: headers
 * `webhook-id` (the event's stable id, the same on every attempt), `webhook-timestamp` (seconds, at this attempt)
 * and `webhook-signature` (`v1,<base64 HMAC-SHA256 of "id.timestamp.body">` under the `whsec_…` secret). Any 2xx
 * answer delivers it; anything else is retried by the job runner with exponential backoff, so the receiver may get
 * an event more than once and deduplicates by `webhook-id`.
 */
import { Webhook } from 'standardwebhooks';
import type { AppContext } from '../../context.ts';
import { PermanentJobError, type JobDefinition } from '../../jobs/job-runner.ts';
import { recordAudit, systemActor } from '../audit/audit-service.ts';
import {
  earlierPendingDeliveries,
  findWebhookDelivery,
  markWebhookFailed,
  recordWebhookAttempt,
} from './webhook-deliveries-repository.ts';

function deliveryIdOf(payload: Record<string, unknown>): string {
  const id = payload.deliveryId;
  if (typeof id !== 'string' || id.length === 0)
    throw new PermanentJobError('webhook.deliver job without deliveryId');
  return id;
}

/** The three Standard Webhooks headers for `body` sent at `at`. */
export function signedHeaders(secret: string, id: string, at: Date, body: string): Record<string, string> {
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(id, at, body),
  };
}

type Delivery = NonNullable<Awaited<ReturnType<typeof findWebhookDelivery>>>;

/** One attempt at one delivery: recorded either way; throws when the receiver did not take it. */
async function sendDelivery(
  ctx: AppContext,
  delivery: Delivery,
  target: { url: string; secret: string },
): Promise<void> {
  const at = ctx.clock.now();
  let statusCode: number | null = null;
  let error: string | null = null;
  try {
    const response = await fetch(target.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Buergerpunkt-Webhooks/1',
        ...signedHeaders(target.secret, delivery.id, at, delivery.payload),
      },
      body: delivery.payload,
      redirect: 'manual',
      signal: AbortSignal.timeout(ctx.config.integration.webhookTimeoutMs),
    });
    statusCode = response.status;
    // Drain the answer so the connection is released; its content does not matter.
    await response.arrayBuffer().catch(() => undefined);
    if (!response.ok) error = `HTTP ${response.status}`;
  } catch (failure) {
    error = (failure instanceof Error ? failure.message : String(failure)).slice(0, 300);
  }

  const attemptAt = at.toISOString();
  if (error !== null) {
    await recordWebhookAttempt(ctx.db, delivery.id, { at: attemptAt, statusCode, error, delivered: false });
    throw new Error(`webhook ${delivery.id}: ${error}`);
  }
  await ctx.db.transaction().execute(async (trx) => {
    await recordWebhookAttempt(trx, delivery.id, { at: attemptAt, statusCode, error: null, delivered: true });
    await recordAudit(trx, attemptAt, {
      actor: systemActor,
      action: 'webhook.delivered',
      entityType: 'document',
      entityId: delivery.document_id ?? delivery.id,
      data: {
        deliveryId: delivery.id,
        eventType: delivery.event_type,
        attempts: delivery.attempts + 1,
        statusCode,
      },
    });
  });
}

async function runDeliverWebhook(ctx: AppContext, payload: Record<string, unknown>): Promise<void> {
  const id = deliveryIdOf(payload);
  const delivery = await findWebhookDelivery(ctx.db, id);
  if (!delivery) throw new PermanentJobError(`webhook delivery ${id} not found`);
  if (delivery.status !== 'pending') return;
  // Sent to the receiver configured now (it may have moved since the event was written); none: integration is off.
  const { webhookUrl: url, webhookSecret: secret } = ctx.config.integration;
  if (!url || !secret) throw new PermanentJobError('integration.webhookUrl is no longer configured');
  // A document's events reach the receiver in order: undelivered earlier ones go first (their own jobs then find
  // them delivered). If one of them fails, this one waits for the next attempt.
  if (delivery.document_id) {
    for (const earlier of await earlierPendingDeliveries(ctx.db, delivery.document_id, delivery.document_seq))
      await sendDelivery(ctx, earlier, { url, secret });
  }
  await sendDelivery(ctx, delivery, { url, secret });
}

async function giveUpWebhook(
  ctx: AppContext,
  payload: Record<string, unknown>,
  reason: string,
): Promise<void> {
  const id = deliveryIdOf(payload);
  const at = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await markWebhookFailed(trx, id))) return;
    const delivery = await findWebhookDelivery(trx, id);
    await recordAudit(trx, at, {
      actor: systemActor,
      action: 'webhook.failed',
      entityType: 'document',
      entityId: delivery?.document_id ?? id,
      data: { deliveryId: id, eventType: delivery?.event_type, reason: reason.slice(0, 200) },
    });
  });
}

export const deliverWebhookJob: JobDefinition = { run: runDeliverWebhook, giveUp: giveUpWebhook };
