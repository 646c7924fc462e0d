/**
 * Staff assist at the kiosk (issue 18): one row per session (requested by a staff member, answered by the visitor
 * at the kiosk, ended by either side, the idle reset or a timeout) with the kiosk's latest masked screen state, and
 * the staff's commands (point at, press, read aloud) in order.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('assist_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('terminal_id', 'text', (c) => c.notNull().references('terminals.id'))
    .addColumn('staff_user_id', 'text', (c) => c.notNull().references('staff_users.id'))
    /** requested | active | declined | ended */
    .addColumn('state', 'text', (c) => c.notNull())
    /** staff | visitor | idle | timeout */
    .addColumn('end_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'text')
    .addColumn('ended_at', 'text')
    /** Last time each side asked (written at most every few seconds): a side gone silent ends the session. */
    .addColumn('kiosk_seen_at', 'text')
    .addColumn('staff_seen_at', 'text')
    /** The kiosk's latest screen state, typed values masked (JSON); wiped when the session ends. */
    .addColumn('screen_state', 'text')
    .addColumn('screen_state_at', 'text')
    .addColumn('command_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('assist_sessions_terminal_state')
    .on('assist_sessions')
    .columns(['terminal_id', 'state'])
    .execute();
  await db.schema
    .createTable('assist_commands')
    .addColumn('session_id', 'text', (c) => c.notNull().references('assist_sessions.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    /** highlight | press | read_aloud */
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('target', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('assist_commands_pk', ['session_id', 'seq'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('assist_commands').execute();
  await db.schema.dropIndex('assist_sessions_terminal_state').execute();
  await db.schema.dropTable('assist_sessions').execute();
}
