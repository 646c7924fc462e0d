/**
 * Box link bookkeeping: when a compartment door was seen open (for the door-left-open alert, raised once), when an
 * unlock command was followed by its door opening (for the unlock timeout), and whether a box's agent is connected.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('compartments').addColumn('door_opened_at', 'text').execute();
  await db.schema.alterTable('compartments').addColumn('door_open_alerted_at', 'text').execute();
  await db.schema.alterTable('box_commands').addColumn('door_opened_at', 'text').execute();
  await db.schema
    .alterTable('boxes')
    .addColumn('link_connected', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('boxes').addColumn('link_changed_at', 'text').execute();
  await db.schema
    .createIndex('box_commands_document')
    .on('box_commands')
    .columns(['document_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('box_commands_document').execute();
  await db.schema.alterTable('boxes').dropColumn('link_changed_at').execute();
  await db.schema.alterTable('boxes').dropColumn('link_connected').execute();
  await db.schema.alterTable('box_commands').dropColumn('door_opened_at').execute();
  await db.schema.alterTable('compartments').dropColumn('door_open_alerted_at').execute();
  await db.schema.alterTable('compartments').dropColumn('door_opened_at').execute();
}
