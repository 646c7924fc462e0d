/**
 * Chain of custody (issue 16): the code hash a pickup unlock holds back until the box confirmed the compartment
 * is not empty (so a refused unlock gives the citizen's code back), and the stored daily reconciliations of
 * documents per state against the compartments seen occupied.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('box_commands').addColumn('held_code_hash', 'text').execute();
  await db.schema
    .createTable('custody_reconciliations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    /** The local calendar day it ran on. */
    .addColumn('day', 'text', (c) => c.notNull())
    /** The day again for the daily run (unique: one per day, whichever hub instance gets there); null for manual. */
    .addColumn('daily_day', 'text', (c) => c.unique())
    /** daily | manual */
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('ran_at', 'text', (c) => c.notNull())
    .addColumn('ran_by', 'text')
    /** JSON: documents per state. */
    .addColumn('counts', 'text', (c) => c.notNull())
    /** JSON: the differences found, for staff. */
    .addColumn('differences', 'text', (c) => c.notNull())
    .addColumn('difference_count', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('custody_reconciliations_ran_at')
    .on('custody_reconciliations')
    .column('ran_at')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('custody_reconciliations').execute();
  await db.schema.alterTable('box_commands').dropColumn('held_code_hash').execute();
}
