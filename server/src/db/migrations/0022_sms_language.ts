/**
 * SMS in the visitor's language (issue 18): the language chosen at registration (de, ls, en, tr, uk, ar), so every
 * SMS of the document, the reminder too, is written in it. Documents registered before are German.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('documents')
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('de'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('documents').dropColumn('language').execute();
}
