/**
 * "Resolved" messages for alert notifications (issue 15): the summary of the condition as last seen (the message
 * that it ended names it) and when its end was last reported, so each alert message is followed by at most one
 * "resolved" message and a condition that keeps coming back is folded as before.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('alert_notifications').addColumn('summary', 'text').execute();
  await db.schema.alterTable('alert_notifications').addColumn('resolved_notified_at', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('alert_notifications').dropColumn('resolved_notified_at').execute();
  await db.schema.alterTable('alert_notifications').dropColumn('summary').execute();
}
