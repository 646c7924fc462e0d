/**
 * The kiosk's pickup path (issue 17): every check and door opening asks for the session's latest old-document
 * deposit (`latestDepositOfSession`), which scanned the whole deposit table; the index makes it one lookup however
 * many deposits the boxes have taken.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('old_document_deposits_session_attempt')
    .on('old_document_deposits')
    .columns(['pickup_session_id', 'attempt'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('old_document_deposits_session_attempt').execute();
}
