/**
 * A document keeps the pickup policy it was registered with: the check at the box and the window in opening days
 * are copied from its type at registration, so an admin changing the type later never changes what an already
 * registered document requires. Existing documents get their type's current policy (and the window their type
 * resolves to now is left null: readers fall back to the type, then to the configured default).
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('documents').addColumn('pickup_check', 'text').execute();
  await db.schema.alterTable('documents').addColumn('window_opening_days', 'integer').execute();
  await sql`update documents set pickup_check = (
      select document_types.pickup_check from document_types where document_types.id = documents.type_id
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('documents').dropColumn('window_opening_days').execute();
  await db.schema.alterTable('documents').dropColumn('pickup_check').execute();
}
