/** SQL for staff accounts, sessions, API tokens and kiosk terminals. */
import type { DbOrTrx } from '../../db/database.ts';
import type { ApiTokensTable, SessionsTable, StaffUsersTable, TerminalsTable } from '../../db/schema.ts';

export function findStaffUserByUsername(db: DbOrTrx, username: string) {
  return db.selectFrom('staff_users').selectAll().where('username', '=', username).executeTakeFirst();
}

export function findStaffUserById(db: DbOrTrx, id: string) {
  return db.selectFrom('staff_users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertStaffUser(db: DbOrTrx, user: StaffUsersTable): Promise<void> {
  await db.insertInto('staff_users').values(user).execute();
}

export async function insertSession(db: DbOrTrx, session: SessionsTable): Promise<void> {
  await db.insertInto('sessions').values(session).execute();
}

export function findLiveSession(db: DbOrTrx, tokenHash: string, now: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('staff_users', 'staff_users.id', 'sessions.user_id')
    .select([
      'sessions.id as session_id',
      'staff_users.id as user_id',
      'staff_users.roles',
      'staff_users.active',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.expires_at', '>', now)
    .executeTakeFirst();
}

export async function deleteSession(db: DbOrTrx, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteExpiredSessions(db: DbOrTrx, now: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function insertApiToken(db: DbOrTrx, token: ApiTokensTable): Promise<void> {
  await db.insertInto('api_tokens').values(token).execute();
}

export function findLiveApiToken(db: DbOrTrx, tokenHash: string) {
  return db
    .selectFrom('api_tokens')
    .select(['id', 'roles'])
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function insertTerminal(db: DbOrTrx, terminal: TerminalsTable): Promise<void> {
  await db.insertInto('terminals').values(terminal).execute();
}

export function findTerminalByKeyHash(db: DbOrTrx, keyHash: string) {
  return db.selectFrom('terminals').selectAll().where('key_hash', '=', keyHash).executeTakeFirst();
}
