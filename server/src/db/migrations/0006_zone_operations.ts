/**
 * Zone operations: the visit tally, citizens' suggestions, the kiosk start screen's announcements and the zone's
 * own opening hours; plus an index for statistics that count audit entries by action and time.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('zone_visits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('tapped_at', 'text', (c) => c.notNull())
    // Local calendar day and hour in the zone's time zone, fixed at write time: both databases bucket alike.
    .addColumn('local_date', 'text', (c) => c.notNull())
    .addColumn('local_hour', 'integer', (c) => c.notNull())
    .addColumn('age_group', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('undone_at', 'text')
    .execute();
  await db.schema.createIndex('zone_visits_local_date').on('zone_visits').column('local_date').execute();
  await db.schema
    .createIndex('zone_visits_recorded_by')
    .on('zone_visits')
    .columns(['recorded_by', 'created_at'])
    .execute();

  await db.schema
    .createTable('suggestions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('topic', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('terminal_id', 'text')
    .addColumn('ip_hash', 'text')
    .addColumn('contact_name', 'text')
    .addColumn('contact_email', 'text')
    .addColumn('contact_phone', 'text')
    .addColumn('contact_consent_at', 'text')
    .addColumn('contact_purged_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('public_answer', 'text')
    .addColumn('published', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status_changed_at', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('suggestions_created').on('suggestions').column('created_at').execute();
  await db.schema
    .createIndex('suggestions_ip')
    .on('suggestions')
    .columns(['ip_hash', 'created_at'])
    .execute();
  await db.schema
    .createIndex('suggestions_terminal')
    .on('suggestions')
    .columns(['terminal_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('suggestions_published')
    .on('suggestions')
    .columns(['published', 'created_at'])
    .execute();

  await db.schema
    .createTable('zone_announcements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('zone_opening_hours')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('weekday', 'integer', (c) => c.notNull())
    .addColumn('opens', 'text', (c) => c.notNull())
    .addColumn('closes', 'text', (c) => c.notNull())
    .execute();

  await db.schema.createIndex('audit_log_action_at').on('audit_log').columns(['action', 'at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('audit_log_action_at').execute();
  await db.schema.dropTable('zone_opening_hours').execute();
  await db.schema.dropTable('zone_announcements').execute();
  await db.schema.dropTable('suggestions').execute();
  await db.schema.dropTable('zone_visits').execute();
}
