/**
 * The public status lookup: its brake (one row per keyed hash of a caller's IP address or of a typed reference,
 * counting lookups in a fixed window; rows of ended windows are deleted by the lookup itself), and an index on the
 * reference in capitals, because people type references in any case.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('public_lookup_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('hits', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('window_started_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('public_lookup_throttle_window')
    .on('public_lookup_throttle')
    .column('window_started_at')
    .execute();
  await db.schema
    .createIndex('documents_reference_upper')
    .on('documents')
    .expression(sql`upper(reference)`)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('documents_reference_upper').execute();
  await db.schema.dropTable('public_lookup_throttle').execute();
}
