/**
 * The old-document deposit (issue 9): a compartment whose status is `deposit` takes citizens' old identity
 * documents and is never used for loading; every deposit attempt is one row of `old_document_deposits`, from the
 * open door to the office that cancels the document. The old document's number is kept only masked and as a keyed
 * hash, never in clear. `occupying_compartment_id` is set while the deposit holds (or may hold) its compartment and
 * is unique, so two deposits never share one compartment.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('old_document_deposits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('pickup_session_id', 'text')
    .addColumn('attempt', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('box_id', 'text', (c) => c.notNull().references('boxes.id'))
    .addColumn('compartment_id', 'text', (c) => c.notNull().references('compartments.id'))
    .addColumn('compartment_number', 'integer', (c) => c.notNull())
    .addColumn('occupying_compartment_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('refusal', 'text')
    .addColumn('number_masked', 'text')
    .addColumn('number_hash', 'text')
    .addColumn('holder_matches', 'integer')
    .addColumn('number_matches', 'integer')
    .addColumn('unlock_command_id', 'text')
    .addColumn('read_command_id', 'text')
    .addColumn('deadline_at', 'text', (c) => c.notNull())
    .addColumn('door_opened_at', 'text')
    .addColumn('door_closed_at', 'text')
    .addColumn('deposited_at', 'text')
    .addColumn('collect_requested_at', 'text')
    .addColumn('collect_requested_by', 'text')
    .addColumn('collected_at', 'text')
    .addColumn('collected_by', 'text')
    .addColumn('handed_over_at', 'text')
    .addColumn('handed_over_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('old_document_deposits_occupying_uq')
    .on('old_document_deposits')
    .column('occupying_compartment_id')
    .unique()
    .execute();
  await db.schema
    .createIndex('old_document_deposits_status_idx')
    .on('old_document_deposits')
    .columns(['status', 'box_id'])
    .execute();
  await db.schema
    .createIndex('old_document_deposits_document_idx')
    .on('old_document_deposits')
    .column('document_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('old_document_deposits').execute();
}
