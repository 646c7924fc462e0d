/**
 * Security hardening (issue 14). `rate_limit_hits`: request counters of every rate limit, one row per limit, key
 * and fixed window, so several hubs on one database share their limits (old windows are purged by the maintenance
 * pass). `audit_chain_marker`: from which sequence number the audit chain is keyed with an HMAC whose key lives
 * outside the database (`secrets.auditKey`); entries before it keep their plain SHA-256 chain. The seal (an HMAC
 * of that number) is written by the first keyed append, so the marker cannot be moved without the key.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rate_limit_hits')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('window_end', 'text', (c) => c.notNull())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('rate_limit_hits_pk', ['key', 'window_start'])
    .execute();
  await db.schema
    .createIndex('rate_limit_hits_window_end')
    .on('rate_limit_hits')
    .column('window_end')
    .execute();

  await db.schema
    .createTable('audit_chain_marker')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('keyed_from_seq', 'integer', (c) => c.notNull())
    .addColumn('seal', 'text')
    .execute();
  await sql`insert into audit_chain_marker (id, keyed_from_seq, seal)
    select 1, coalesce((select seq from audit_head where id = 1), 0) + 1, null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_chain_marker').execute();
  await db.schema.dropTable('rate_limit_hits').execute();
}
