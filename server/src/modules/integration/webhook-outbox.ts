/**
 * Issue events for the office's specialist procedure, written as outbox rows in the transaction of the state change
 * they report: `transitionDocument` and `insertRegisteredDocument` call `queueDocumentEvent`, so no event is lost
 * and none is sent for a change that was rolled back. A job per event delivers it (deliver-webhook-job.ts). The
 * settings are kept per database (like the audit key), set once by `buildApp`, so the lifecycle code needs no
 * context; without a configured receiver nothing is written.
 */
import type { WebhookEventType } from '@buergerpunkt/contracts';
import { databaseOf, runAfterCommit, type Trx } from '../../db/database.ts';
import type { AppContext } from '../../context.ts';
import { enqueueJob } from '../../jobs/job-queue.ts';
import type { DocumentRow } from '../documents/transition-document.ts';
import type { TransitionName } from '../documents/lifecycle.ts';

export const deliverWebhookJobKind = 'webhook.deliver';

/** Which lifecycle moves the specialist procedure hears of. */
const eventOfTransition: Partial<Record<TransitionName, WebhookEventType>> = {
  register: 'document.registered',
  confirm_loaded: 'document.loaded',
  // Staff found the document still in the box: it waits there again.
  reconcile_as_in_box: 'document.loaded',
  notify: 'document.notified',
  complete_pickup: 'document.picked_up',
  reconcile_as_picked_up: 'document.picked_up',
  expire: 'document.expired',
  record_return: 'document.returned',
  cancel: 'document.cancelled',
};

export function webhookEventOf(transition: TransitionName): WebhookEventType | undefined {
  return eventOfTransition[transition];
}

const contexts = new WeakMap<object, AppContext>();

/** Called by `buildApp`: events of documents in `ctx.db` go to `ctx.config.integration.webhookUrl`. */
export function useWebhookOutbox(ctx: AppContext): void {
  contexts.set(databaseOf(ctx.db), ctx);
}

function parseList(raw: string | null): string[] {
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter((c): c is string => typeof c === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * The event body: ids, reference, state and times, never the holder's name or phone. A pickup also carries the
 * exact issue time, how it was issued, the identity checks passed and when the PIN letter was confirmed.
 */
export function documentEventPayload(
  type: WebhookEventType,
  transition: TransitionName,
  row: DocumentRow,
  at: string,
): Record<string, unknown> {
  const data: Record<string, unknown> = {
    documentId: row.id,
    reference: row.reference,
    officeId: row.office_id,
    typeId: row.type_id,
    state: row.state,
    boxId: row.box_id,
  };
  if (type === 'document.picked_up') {
    data.issuedAt = row.issued_at ?? at;
    data.method = transition === 'reconcile_as_picked_up' ? 'staff_reconciled' : 'pickup_code';
    data.checksPassed = parseList(row.pickup_checks_passed);
    data.pinLetterConfirmedAt = row.pin_letter_confirmed_at;
  }
  if (type === 'document.notified') data.notifiedAt = row.notified_at ?? at;
  if (type === 'document.expired') data.expiredAt = row.expired_at ?? at;
  if (type === 'document.registered') {
    data.consent = row.consent_text_version
      ? { textVersion: row.consent_text_version, givenAt: row.consent_given_at }
      : null;
  }
  return { type, timestamp: at, data };
}

/** Writes the event of `transition` (if it has one) for the document `row` into the outbox, inside `trx`. */
export async function queueDocumentEvent(
  trx: Trx,
  transition: TransitionName,
  row: DocumentRow,
  at: string,
): Promise<void> {
  const type = webhookEventOf(transition);
  if (!type) return;
  const ctx = contexts.get(databaseOf(trx));
  const url = ctx?.config.integration.webhookUrl;
  if (!ctx || !url) return;
  const id = `msg_${ctx.ids.newId()}`;
  // Two transitions of one document never commit side by side (transitionDocument's conditional update), so
  // max + 1 is this document's next number.
  const last = await trx
    .selectFrom('webhook_deliveries')
    .select((eb) => eb.fn.max('document_seq').as('seq'))
    .where('document_id', '=', row.id)
    .executeTakeFirst();
  await trx
    .insertInto('webhook_deliveries')
    .values({
      id,
      event_type: type,
      document_id: row.id,
      document_seq: Number(last?.seq ?? 0) + 1,
      url,
      payload: JSON.stringify(documentEventPayload(type, transition, row, at)),
      status: 'pending',
      attempts: 0,
      last_status_code: null,
      last_error: null,
      last_attempt_at: null,
      delivered_at: null,
      created_at: at,
    })
    .execute();
  await enqueueJob(trx, {
    id: ctx.ids.newId(),
    kind: deliverWebhookJobKind,
    payload: { deliveryId: id },
    idempotencyKey: `webhook:${id}`,
    runAt: at,
    maxAttempts: ctx.config.integration.webhookMaxAttempts,
  });
  runAfterCommit(trx, () => ctx.onJobsQueued());
}
