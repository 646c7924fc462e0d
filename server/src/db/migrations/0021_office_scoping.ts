/**
 * Data protection by office (issue 16, section 4): an admin's grant that lets a staff member see every office's
 * documents (`staff_users.all_offices`; without it staff see the documents of their own office, `office_id`), and
 * the time a finished document's holder name and reference were replaced by a pseudonym after the register
 * retention (`documents.pseudonymised_at`).
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('staff_users')
    .addColumn('all_offices', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('documents').addColumn('pseudonymised_at', 'text').execute();
  await db.schema.createIndex('documents_office_id').on('documents').column('office_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('documents_office_id').execute();
  await db.schema.alterTable('documents').dropColumn('pseudonymised_at').execute();
  await db.schema.alterTable('staff_users').dropColumn('all_offices').execute();
}
