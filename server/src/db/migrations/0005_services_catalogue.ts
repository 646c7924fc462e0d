/**
 * The 115 service catalogue (one row per service on the FIM/LeiKa model; lists and locations as JSON text) and
 * the call-back requests citizens leave when the 115 hotline is closed.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('services')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('leika_key', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('short_description', 'text', (c) => c.notNull())
    .addColumn('long_description', 'text', (c) => c.notNull())
    .addColumn('leichte_sprache', 'text', (c) => c.notNull())
    .addColumn('prerequisites', 'text', (c) => c.notNull())
    .addColumn('required_documents', 'text', (c) => c.notNull())
    .addColumn('fees', 'text', (c) => c.notNull())
    .addColumn('processing_time', 'text', (c) => c.notNull())
    .addColumn('legal_basis', 'text', (c) => c.notNull())
    .addColumn('forms', 'text', (c) => c.notNull())
    .addColumn('online_procedure_url', 'text')
    .addColumn('authority_level', 'text', (c) => c.notNull())
    .addColumn('authority_name', 'text', (c) => c.notNull())
    .addColumn('locations', 'text', (c) => c.notNull())
    .addColumn('keywords', 'text', (c) => c.notNull())
    .addColumn('popularity', 'integer', (c) => c.notNull())
    .addColumn('last_reviewed_on', 'text', (c) => c.notNull())
    .addColumn('dokbox_pickup', 'integer', (c) => c.notNull())
    .addColumn('demo', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('services_leika_key').on('services').column('leika_key').execute();

  await db.schema
    .createTable('service_callback_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text')
    .addColumn('phone_e164', 'text')
    .addColumn('topic', 'text')
    .addColumn('preferred_window', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('terminal_id', 'text')
    .addColumn('consent_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('handled_at', 'text')
    .addColumn('handled_by', 'text')
    .addColumn('purged_at', 'text')
    .execute();
  await db.schema
    .createIndex('service_callback_requests_status')
    .on('service_callback_requests')
    .columns(['status', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('service_callback_requests').execute();
  await db.schema.dropTable('services').execute();
}
