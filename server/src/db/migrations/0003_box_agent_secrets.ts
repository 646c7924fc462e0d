/**
 * The box agents' link: each box's agent secret (only its SHA-256 hash is stored; the secret is shown once when an
 * admin issues it) and when the hub last heard a heartbeat from the box's agent.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('box_agent_secrets')
    .addColumn('box_id', 'text', (c) => c.primaryKey().references('boxes.id'))
    .addColumn('secret_hash', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('issued_by', 'text')
    .execute();
  await db.schema.alterTable('boxes').addColumn('link_heartbeat_at', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('boxes').dropColumn('link_heartbeat_at').execute();
  await db.schema.dropTable('box_agent_secrets').execute();
}
