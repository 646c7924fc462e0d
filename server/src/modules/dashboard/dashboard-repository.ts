/** SQL for the office dashboard's figures: counts by state, per box, SMS trouble. */
import { inOfficeScope, type OfficeScope } from '../privacy/office-scope.ts';
import type { DbOrTrx } from '../../db/database.ts';

export async function countDocumentsByState(db: DbOrTrx, states: readonly string[]) {
  const rows = await db
    .selectFrom('documents')
    .select(['state', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('state', 'in', [...states])
    .groupBy('state')
    .execute();
  return new Map(rows.map((r) => [r.state, Number(r.n)]));
}

export async function countIssuedSince(db: DbOrTrx, since: string): Promise<number> {
  const row = await db
    .selectFrom('documents')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('state', '=', 'picked_up')
    .where('issued_at', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countDocumentsInStatesByBox(db: DbOrTrx, states: readonly string[]) {
  const rows = await db
    .selectFrom('documents')
    .select(['box_id', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('state', 'in', [...states])
    .where('box_id', 'is not', null)
    .groupBy('box_id')
    .execute();
  return new Map(rows.map((r) => [r.box_id!, Number(r.n)]));
}

export async function countOpenAlertsByBox(db: DbOrTrx) {
  const rows = await db
    .selectFrom('alerts')
    .select(['box_id', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('resolved_at', 'is', null)
    .groupBy('box_id')
    .execute();
  return rows.map((r) => ({ boxId: r.box_id, count: Number(r.n) }));
}

export async function countSms(
  db: DbOrTrx,
  statuses: readonly string[],
  createdFrom: string | null,
  createdBefore: string | null,
) {
  let q = db
    .selectFrom('sms_messages')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('status', 'in', [...statuses]);
  if (createdFrom) q = q.where('created_at', '>=', createdFrom);
  if (createdBefore) q = q.where('created_at', '<', createdBefore);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

/** Failed SMS of the last days, of documents in `scope` (their references name cases of that office). */
export function listRecentSmsFailures(db: DbOrTrx, since: string, limit: number, scope: OfficeScope) {
  return db
    .selectFrom('sms_messages')
    .leftJoin('documents', 'documents.id', 'sms_messages.document_id')
    .where(inOfficeScope(scope))
    .select([
      'sms_messages.id',
      'sms_messages.document_id',
      'documents.reference',
      'sms_messages.template',
      'sms_messages.last_error',
      'sms_messages.created_at',
      'sms_messages.status_at',
    ])
    .where('sms_messages.status', '=', 'failed')
    .where('sms_messages.created_at', '>=', since)
    .orderBy('sms_messages.created_at', 'desc')
    .orderBy('sms_messages.id')
    .limit(limit)
    .execute();
}
