/**
 * Offline-safe box (issue 19, docs/offline.md): the code verifier of each document under its box's key, made when the
 * code is made (the hub keeps codes only as keyed hashes under `codeKey`, so it cannot make it later). One row per
 * document; a new code replaces it, the pickup or withdrawal leaves it unused (the snapshot only sends waiting
 * documents) and the purge deletes it with the document's code.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('offline_code_verifiers')
    .addColumn('document_id', 'text', (c) => c.primaryKey())
    .addColumn('box_id', 'text', (c) => c.notNull())
    .addColumn('code_verifier', 'text', (c) => c.notNull())
    .addColumn('phone_verifier', 'text', (c) => c.notNull())
    // Found once by the verifier sync (docs/offline.md); null until then or when the document has no date of birth.
    .addColumn('dob_verifier', 'text')
    .addColumn('dob_searched', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // The last snapshot of verifiers a box's agent received: while it is valid and the link is down, the hold applies.
  await db.schema
    .createTable('offline_boxes')
    .addColumn('box_id', 'text', (c) => c.primaryKey())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addColumn('valid_until', 'text', (c) => c.notNull())
    .addColumn('documents', 'integer', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('offline_boxes').execute();
  await db.schema.dropTable('offline_code_verifiers').execute();
}
