/**
 * Single sign-on: a staff account remembers the identity provider's subject (`<issuer>#<sub>`) it was linked to,
 * so later sign-ins find it even when the person's username changes at the provider.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('staff_users').addColumn('oidc_subject', 'text').execute();
  await db.schema
    .createIndex('staff_users_oidc_subject')
    .on('staff_users')
    .column('oidc_subject')
    .unique()
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('staff_users_oidc_subject').execute();
  await db.schema.alterTable('staff_users').dropColumn('oidc_subject').execute();
}
