/**
 * Administration of access: kiosk terminals can be revoked and show when they were last seen; API tokens always
 * expire, remember their last use and who made them from the command line; staff accounts created with a one-time
 * password must choose their own at the first login.
 */
import { sql, type Kysely } from 'kysely';

/** Tokens made before expiry existed get the default lifetime from the moment the hub is updated. */
const defaultTokenDays = 90;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('terminals').addColumn('last_seen_at', 'text').execute();
  await db.schema.alterTable('terminals').addColumn('revoked_at', 'text').execute();

  await db.schema.alterTable('api_tokens').addColumn('expires_at', 'text').execute();
  await db.schema.alterTable('api_tokens').addColumn('last_used_at', 'text').execute();
  await db.schema.alterTable('api_tokens').addColumn('created_by_cli', 'text').execute();
  const expiresAt = new Date(Date.now() + defaultTokenDays * 86_400_000).toISOString();
  await sql`update api_tokens set expires_at = ${expiresAt} where expires_at is null`.execute(db);

  await db.schema
    .alterTable('staff_users')
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('staff_users').dropColumn('must_change_password').execute();
  await db.schema.alterTable('api_tokens').dropColumn('created_by_cli').execute();
  await db.schema.alterTable('api_tokens').dropColumn('last_used_at').execute();
  await db.schema.alterTable('api_tokens').dropColumn('expires_at').execute();
  await db.schema.alterTable('terminals').dropColumn('revoked_at').execute();
  await db.schema.alterTable('terminals').dropColumn('last_seen_at').execute();
}
