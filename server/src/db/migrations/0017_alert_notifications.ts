/**
 * Alert notifications by e-mail and webhook (issue 15): one row per condition (e.g. `box_offline:dokbox-hn`) that
 * remembers when it was last seen and last notified, so a condition that stays or comes back is folded into one
 * notification per repeat interval instead of one per check.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('alert_notifications')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('first_seen_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    /** Set while the condition does not hold; cleared when it holds again (a new occurrence). */
    .addColumn('resolved_at', 'text')
    .addColumn('last_notified_at', 'text')
    /** Occurrences (starts of the condition) not yet reported: folded into the next notification. */
    .addColumn('unreported', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('alert_notifications').execute();
}
