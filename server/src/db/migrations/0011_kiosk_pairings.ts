/**
 * Kiosk pairing by code (issue 13): an unpaired kiosk asks for a pairing and shows its code; an admin confirms the
 * code in the office, which creates the terminal. Only keyed hashes of the code, the kiosk's secret and its IP
 * address are stored; the new terminal key waits sealed in `sealed_key` until the kiosk fetched it once, then it is
 * wiped (`consumed_at`). Rows are purged after they expire; until then they also count for the per-IP rate limit.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('kiosk_pairings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('secret_hash', 'text', (c) => c.notNull())
    .addColumn('ip_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('terminal_id', 'text')
    .addColumn('sealed_key', 'text')
    .addColumn('confirmed_at', 'text')
    .addColumn('confirmed_by', 'text')
    .addColumn('consumed_at', 'text')
    .execute();
  await db.schema
    .createIndex('kiosk_pairings_code_uq')
    .on('kiosk_pairings')
    .column('code_hash')
    .unique()
    .execute();
  await db.schema
    .createIndex('kiosk_pairings_ip_idx')
    .on('kiosk_pairings')
    .columns(['ip_hash', 'created_at'])
    .execute();
  await db.schema
    .createIndex('kiosk_pairings_expiry_idx')
    .on('kiosk_pairings')
    .column('expires_at')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('kiosk_pairings').execute();
}
