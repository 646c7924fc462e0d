/** SQL of the audit log. Appending locks the head row, so entries get gap-free sequence numbers on both databases. */
import { sql } from 'kysely';
import { dialectOf, type DbOrTrx, type Trx } from '../../db/database.ts';
import type { AuditLogTable } from '../../db/schema.ts';
import { genesisHash } from './audit-chain.ts';
import { preparedQuery } from '../../db/prepared-query.ts';

// The append's statements run in every state-changing transaction: built and compiled once (db/prepared-query.ts).
const selectHead = preparedQuery((db) => {
  const query = db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1);
  return dialectOf(db) === 'postgres' ? query.forUpdate() : query;
});

export async function lockAuditHead(trx: Trx): Promise<{ seq: number; hash: string }> {
  const head = await selectHead.first(trx, {});
  if (head) return head;
  // Only a database that has never had an entry: of several first writers one creates the row, all then lock it.
  await trx
    .insertInto('audit_head')
    .values({ id: 1, seq: 0, hash: genesisHash })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  const created = await selectHead.first(trx, {});
  if (!created) throw new Error('audit head row missing');
  return created;
}

type EntryParams = { [K in keyof AuditLogTable]: AuditLogTable[K] };

/** The entry's columns, named one by one: a prepared query's parameters are placeholders, not a row to copy. */
function entryValues(p: EntryParams): AuditLogTable {
  return {
    seq: p.seq,
    at: p.at,
    actor_type: p.actor_type,
    actor_id: p.actor_id,
    action: p.action,
    entity_type: p.entity_type,
    entity_id: p.entity_id,
    data: p.data,
    prev_hash: p.prev_hash,
    hash: p.hash,
  };
}

const insertEntry = preparedQuery((db, p: EntryParams) => db.insertInto('audit_log').values(entryValues(p)));
const moveHead = preparedQuery((db, p: { seq: number; hash: string }) =>
  db.updateTable('audit_head').set({ seq: p.seq, hash: p.hash }).where('id', '=', 1),
);
/**
 * PostgreSQL: the entry and the head's move in one statement, so the head's row lock is held for one round trip
 * less (the lock, this statement, the commit).
 */
const insertEntryAndMoveHead = preparedQuery((db, p: EntryParams) =>
  db
    .with('entry', (qc) => qc.insertInto('audit_log').values(entryValues(p)))
    .updateTable('audit_head')
    .set({ seq: p.seq, hash: p.hash })
    .where('id', '=', 1),
);

/** Appends entries (in seq order, chained) and moves the head to the last of them. */
export async function insertAuditEntries(trx: Trx, entries: AuditLogTable[]): Promise<void> {
  const last = entries[entries.length - 1];
  if (!last) return;
  if (entries.length === 1) {
    if (dialectOf(trx) === 'postgres') {
      await insertEntryAndMoveHead.run(trx, last);
      return;
    }
    await insertEntry.run(trx, last);
  } else {
    await trx.insertInto('audit_log').values(entries).execute();
  }
  await moveHead.run(trx, { seq: last.seq, hash: last.hash });
}

export async function readChainMarker(db: DbOrTrx) {
  return db
    .selectFrom('audit_chain_marker')
    .select(['keyed_from_seq', 'seal'])
    .where('id', '=', 1)
    .executeTakeFirst();
}

export async function sealChainMarker(trx: Trx, seal: string): Promise<void> {
  await trx
    .updateTable('audit_chain_marker')
    .set({ seal })
    .where('id', '=', 1)
    .where('seal', 'is', null)
    .execute();
}

export async function readAuditHead(db: DbOrTrx) {
  return db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst();
}

/** Entries in seq order, fetched in pages so a long log never sits in memory at once. */
export async function* streamAuditEntries(
  db: DbOrTrx,
  upToSeq: number,
  pageSize = 1000,
): AsyncGenerator<AuditLogTable> {
  let after = 0;
  for (;;) {
    const page = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>', after)
      .where('seq', '<=', upToSeq)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    for (const row of page) yield { ...row, seq: Number(row.seq) };
    if (page.length < pageSize) return;
    after = Number(page[page.length - 1]!.seq);
  }
}

export interface AuditQuery {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  actorType?: string;
  /** A staff member's user name (the staff actor behind the entry). */
  actorUsername?: string;
  /** Entries about a document: the document itself, or others (SMS, alerts, pickups) naming it as `documentId`. */
  documentId?: string;
  /** Entries about any of these documents (as `documentId`): the documents of one Vorgangsnummer. */
  documentIds?: readonly string[];
  action?: string;
  from?: string;
  to?: string;
  limit: number;
  beforeSeq?: number;
}

/** Entries with the staff member behind a staff actor (user name and display name), for people reading the log. */
function entriesWithActorNames(db: DbOrTrx) {
  return db
    .selectFrom('audit_log')
    .leftJoin('staff_users', (join) =>
      join.onRef('staff_users.id', '=', 'audit_log.actor_id').on('audit_log.actor_type', '=', 'staff'),
    )
    .selectAll('audit_log')
    .select(['staff_users.username as actor_username', 'staff_users.display_name as actor_display_name']);
}

/** The LIKE pattern of an entry naming the document as `documentId` (data is JSON.stringify'd; specials escaped). */
function documentMention(documentId: string): string {
  return `%"documentId":${JSON.stringify(documentId).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export async function findAuditEntries(db: DbOrTrx, query: AuditQuery) {
  let q = entriesWithActorNames(db).orderBy('audit_log.seq', 'desc').limit(query.limit);
  if (query.entityType) q = q.where('entity_type', '=', query.entityType);
  if (query.entityId) q = q.where('entity_id', '=', query.entityId);
  if (query.actorType) q = q.where('actor_type', '=', query.actorType);
  if (query.actorId) q = q.where('actor_id', '=', query.actorId);
  if (query.actorUsername) q = q.where('staff_users.username', '=', query.actorUsername);
  // Entries about a document: the document itself, or another entry naming it as `documentId`.
  for (const ids of [query.documentId ? [query.documentId] : null, query.documentIds ?? null]) {
    if (!ids) continue;
    q = q.where((eb) =>
      eb.or(
        ids.flatMap((documentId) => [
          eb.and([eb('audit_log.entity_type', '=', 'document'), eb('audit_log.entity_id', '=', documentId)]),
          sql<boolean>`audit_log.data like ${documentMention(documentId)} escape '\\'`,
        ]),
      ),
    );
  }
  if (query.action) q = q.where('action', '=', query.action);
  if (query.from) q = q.where('at', '>=', query.from);
  if (query.to) q = q.where('at', '<', query.to);
  if (query.beforeSeq) q = q.where('audit_log.seq', '<', query.beforeSeq);
  return q.execute();
}

export function findAuditEntry(db: DbOrTrx, seq: number) {
  return entriesWithActorNames(db).where('audit_log.seq', '=', seq).executeTakeFirst();
}
