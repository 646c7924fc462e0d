/**
 * Transport lists (Übergabeliste, issue 16): one trip of documents from the office to a box, prepared by a clerk,
 * handed over to the loaders and closed by the loading. One row per list and one per document on it.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('transport_lists')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('box_id', 'text', (c) => c.notNull().references('boxes.id'))
    /** open | closed */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_by_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('closed_by_type', 'text')
    .addColumn('closed_by', 'text')
    .execute();
  await db.schema
    .createIndex('transport_lists_status_created')
    .on('transport_lists')
    .columns(['status', 'created_at'])
    .execute();

  await db.schema
    .createTable('transport_list_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('list_id', 'text', (c) => c.notNull().references('transport_lists.id'))
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    // The document id while the item still waits (pending or loading), null once it is done: under a unique index
    // a document can be on only one open list, even when two clerks put it on one at the same moment.
    .addColumn('active_document_id', 'text')
    /** pending | loading | loaded | taken_back | cancelled | not_loaded */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('planned_compartment', 'integer')
    .addColumn('box_id', 'text')
    .addColumn('compartment', 'integer')
    .addColumn('loader_name', 'text')
    .addColumn('second_loader_name', 'text')
    .addColumn('loading_started_at', 'text')
    .addColumn('loaded_at', 'text')
    .addColumn('taken_back_at', 'text')
    .addColumn('taken_back_by_name', 'text')
    .addColumn('taken_back_reason', 'text')
    .execute();
  await db.schema
    .createIndex('transport_list_items_active_document')
    .unique()
    .on('transport_list_items')
    .column('active_document_id')
    .execute();
  await db.schema
    .createIndex('transport_list_items_list')
    .on('transport_list_items')
    .columns(['list_id', 'position'])
    .execute();
  await db.schema
    .createIndex('transport_list_items_document')
    .on('transport_list_items')
    .column('document_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('transport_list_items').execute();
  await db.schema.dropTable('transport_lists').execute();
}
