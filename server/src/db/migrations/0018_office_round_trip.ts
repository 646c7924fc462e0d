/**
 * Office round trip (issue 16): idempotent registration by (office, reference) with a keyed fingerprint of the
 * registered content, the citizen's consent to box pickup with the version of the consent text, the booking of an
 * issue in the office's specialist procedure, and the outbox of signed webhook deliveries.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('documents').addColumn('registration_fingerprint', 'text').execute();
  await db.schema.alterTable('documents').addColumn('consent_text_version', 'text').execute();
  await db.schema.alterTable('documents').addColumn('consent_given_at', 'text').execute();
  await db.schema.alterTable('documents').addColumn('booked_at', 'text').execute();
  await db.schema.alterTable('documents').addColumn('booked_by', 'text').execute();
  await db.schema.alterTable('documents').addColumn('booking_source', 'text').execute();
  // One open document per office and reference: two racing registrations of the same one cannot both insert.
  await db.schema
    .createIndex('documents_office_reference_open')
    .unique()
    .on('documents')
    .columns(['office_id', 'reference'])
    .where(sql.ref('final_at'), 'is', null)
    .execute();
  await db.schema.createIndex('documents_booked_at').on('documents').column('booked_at').execute();

  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_type', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text')
    // 1, 2, 3 … per document: its events are delivered in this order even when they share a timestamp.
    .addColumn('document_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_status_code', 'integer')
    .addColumn('last_error', 'text')
    .addColumn('last_attempt_at', 'text')
    .addColumn('delivered_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_created')
    .on('webhook_deliveries')
    .columns(['created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_document')
    .on('webhook_deliveries')
    .columns(['document_id', 'document_seq'])
    .execute();
}
