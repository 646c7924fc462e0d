/** SQL for suggestions: insert, the rate-limit window, staff and public lists, moderation, contact purge. */
import { inTenant } from '../tenants/tenant-scope.ts';
import type { DbOrTrx } from '../../db/database.ts';
import type { SuggestionsTable } from '../../db/schema.ts';

export type SuggestionRow = SuggestionsTable;

export async function insertSuggestion(db: DbOrTrx, row: SuggestionRow): Promise<void> {
  await db.insertInto('suggestions').values(row).execute();
}

export function findSuggestion(db: DbOrTrx, id: string) {
  return db.selectFrom('suggestions').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * The sender's submissions since `since`, newest first, at most `limit`: the rate limit is reached when there are
 * `limit` of them, and the oldest of those tells when the next one will be accepted.
 */
export async function recentSubmissions(
  db: DbOrTrx,
  sender: { terminalId: string } | { ipHash: string },
  since: string,
  limit: number,
): Promise<string[]> {
  let q = db
    .selectFrom('suggestions')
    .select('created_at')
    .where('created_at', '>', since)
    .orderBy('created_at', 'desc')
    .limit(limit);
  q =
    'terminalId' in sender
      ? q.where('terminal_id', '=', sender.terminalId)
      : q.where('ip_hash', '=', sender.ipHash).where('terminal_id', 'is', null);
  return (await q.execute()).map((r) => r.created_at);
}

export async function listSuggestions(
  db: DbOrTrx,
  query: { status?: string; limit: number; offset: number },
  tenantId?: string,
): Promise<{ rows: SuggestionRow[]; total: number }> {
  let base = db.selectFrom('suggestions').where(inTenant(tenantId, 'suggestions.tenant_id'));
  if (query.status) base = base.where('status', '=', query.status);
  const rows = await base
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  const count = await base
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}

/** Published suggestions: only the columns a citizen may see are read at all. */
export async function listPublishedSuggestions(
  db: DbOrTrx,
  query: { limit: number; offset: number },
  tenantId?: string,
) {
  const base = db
    .selectFrom('suggestions')
    .where('published', '=', 1)
    .where(inTenant(tenantId, 'suggestions.tenant_id'));
  const rows = await base
    .select(['reference', 'text', 'topic', 'status', 'public_answer', 'created_at', 'answered_at'])
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  const count = await base
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}

export async function updateSuggestion(
  db: DbOrTrx,
  id: string,
  version: number,
  changes: Partial<Omit<SuggestionRow, 'id' | 'version'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('suggestions')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Wipes contact data where `purgeable` says so; returns how many suggestions lost theirs. */
export async function purgeContacts(
  db: DbOrTrx,
  at: string,
  cutoffs: { answeredBefore: string; createdBefore: string; answeredStatuses: readonly string[] },
): Promise<number> {
  const result = await db
    .updateTable('suggestions')
    .set({ contact_name: null, contact_email: null, contact_phone: null, contact_purged_at: at })
    .where('contact_purged_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('contact_name', 'is not', null),
        eb('contact_email', 'is not', null),
        eb('contact_phone', 'is not', null),
      ]),
    )
    .where((eb) =>
      eb.or([
        eb('created_at', '<', cutoffs.createdBefore),
        eb.and([
          eb('status', 'in', [...cutoffs.answeredStatuses]),
          eb('status_changed_at', '<', cutoffs.answeredBefore),
        ]),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** IP hashes are needed only within the rate window; after a day they go. */
export async function forgetIpHashes(db: DbOrTrx, before: string): Promise<number> {
  const result = await db
    .updateTable('suggestions')
    .set({ ip_hash: null })
    .where('ip_hash', 'is not', null)
    .where('created_at', '<', before)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
