/**
 * The identity checks real cities use at the box (issue 9): a document type can additionally require the PIN-letter
 * confirmation, an evidence image and four-eyes loading; the document copies these at registration like its check
 * (migration 0004) and records when the PIN letter was confirmed and which checks were passed at pickup. The clerk may
 * register the number of the holder's old document (kept only as a keyed hash), which the old-document reader's
 * result must then match.
 * Existing documents get their type's current flags (all off before this migration).
 */
import { sql, type Kysely } from 'kysely';

const typeFlags = ['pin_letter_required', 'evidence_image_required', 'four_eyes_loading'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const flag of typeFlags) {
    await db.schema
      .alterTable('document_types')
      .addColumn(flag, 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.alterTable('documents').addColumn(flag, 'integer').execute();
  }
  await db.schema.alterTable('documents').addColumn('pin_letter_confirmed_at', 'text').execute();
  await db.schema.alterTable('documents').addColumn('pickup_checks_passed', 'text').execute();
  await db.schema.alterTable('documents').addColumn('old_document_number_hash', 'text').execute();
  await sql`update documents set pin_letter_required = 0, evidence_image_required = 0, four_eyes_loading = 0`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('documents').dropColumn('old_document_number_hash').execute();
  await db.schema.alterTable('documents').dropColumn('pickup_checks_passed').execute();
  await db.schema.alterTable('documents').dropColumn('pin_letter_confirmed_at').execute();
  for (const flag of [...typeFlags].reverse()) {
    await db.schema.alterTable('documents').dropColumn(flag).execute();
    await db.schema.alterTable('document_types').dropColumn(flag).execute();
  }
}
