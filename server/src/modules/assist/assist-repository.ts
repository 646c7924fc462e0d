/** The SQL of staff assist at the kiosk: sessions and their commands. */
import type { DbOrTrx } from '../../db/database.ts';
import type { AssistSessionsTable } from '../../db/schema.ts';

export type AssistSessionRow = AssistSessionsTable;

export const openAssistStates = ['requested', 'active'] as const;

export function findAssistSession(db: DbOrTrx, id: string) {
  return db.selectFrom('assist_sessions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The terminal's session that is still requested or active (at most one). */
export function findOpenAssistSession(db: DbOrTrx, terminalId: string) {
  return db
    .selectFrom('assist_sessions')
    .selectAll()
    .where('terminal_id', '=', terminalId)
    .where('state', 'in', [...openAssistStates])
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

/** The terminal's newest session in any state (the tablet's page shows how the last one ended). */
export function findLatestAssistSession(db: DbOrTrx, terminalId: string) {
  return db
    .selectFrom('assist_sessions')
    .selectAll()
    .where('terminal_id', '=', terminalId)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

export function updateAssistSession(db: DbOrTrx, id: string, changes: Partial<AssistSessionRow>) {
  return db.updateTable('assist_sessions').set(changes).where('id', '=', id).execute();
}

/** The next command number of a session; the update locks the row, so two commands never share a number. */
export async function nextCommandSeq(db: DbOrTrx, id: string): Promise<number> {
  await db
    .updateTable('assist_sessions')
    .set((eb) => ({ command_seq: eb('command_seq', '+', 1) }))
    .where('id', '=', id)
    .execute();
  const row = await db
    .selectFrom('assist_sessions')
    .select('command_seq')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return Number(row.command_seq);
}

export function commandsAfter(db: DbOrTrx, sessionId: string, afterSeq: number) {
  return db
    .selectFrom('assist_commands')
    .select(['seq', 'kind', 'target'])
    .where('session_id', '=', sessionId)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(50)
    .execute();
}

export function deleteAssistCommands(db: DbOrTrx, sessionId: string) {
  return db.deleteFrom('assist_commands').where('session_id', '=', sessionId).execute();
}

export function staffNameOf(db: DbOrTrx, staffUserId: string) {
  return db
    .selectFrom('staff_users')
    .select('display_name')
    .where('id', '=', staffUserId)
    .executeTakeFirst()
    .then((row) => row?.display_name ?? '');
}

export function activeTerminal(db: DbOrTrx, terminalId: string) {
  return db
    .selectFrom('terminals')
    .select(['id', 'name', 'box_id'])
    .where('id', '=', terminalId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}
