/** SQL for staff accounts, sessions, API tokens and kiosk terminals. */
import { inTenant } from '../tenants/tenant-scope.ts';
import type { DbOrTrx } from '../../db/database.ts';
import { preparedQuery } from '../../db/prepared-query.ts';
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
      'staff_users.must_change_password',
      'staff_users.office_id',
      'staff_users.all_offices',
      'staff_users.tenant_id',
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

/**
 * An API token that works now: not revoked, not expired, and made either on the command line or by a staff
 * account that is still active (a locked creator's tokens stop with them).
 */
export function findLiveApiToken(db: DbOrTrx, tokenHash: string, now: string) {
  return db
    .selectFrom('api_tokens')
    .leftJoin('staff_users', 'staff_users.id', 'api_tokens.created_by')
    .select(['api_tokens.id', 'api_tokens.roles', 'api_tokens.last_used_at', 'api_tokens.tenant_id'])
    .where('api_tokens.token_hash', '=', tokenHash)
    .where('api_tokens.revoked_at', 'is', null)
    .where('api_tokens.expires_at', '>', now)
    .where((eb) =>
      eb.or([
        eb('staff_users.active', '=', 1),
        eb.and([eb('api_tokens.created_by', 'is', null), eb('api_tokens.created_by_cli', 'is not', null)]),
      ]),
    )
    .executeTakeFirst();
}

export async function insertTerminal(db: DbOrTrx, terminal: TerminalsTable): Promise<void> {
  await db.insertInto('terminals').values(terminal).execute();
}

// Every kiosk request authenticates its terminal: built and compiled once (db/prepared-query.ts), and only the
// columns the check needs.
const selectTerminalByKeyHash = preparedQuery((db, p: { keyHash: string }) =>
  db
    .selectFrom('terminals')
    .select(['id', 'box_id', 'tenant_id', 'revoked_at', 'last_seen_at'])
    .where('key_hash', '=', p.keyHash),
);

export function findTerminalByKeyHash(db: DbOrTrx, keyHash: string) {
  return selectTerminalByKeyHash.first(db, { keyHash });
}

export function findTerminalById(db: DbOrTrx, id: string) {
  return db.selectFrom('terminals').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listTerminalRows(db: DbOrTrx, tenantId?: string) {
  return db
    .selectFrom('terminals')
    .selectAll()
    .where(inTenant(tenantId, 'terminals.tenant_id'))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function updateTerminal(
  db: DbOrTrx,
  id: string,
  patch: { name?: string; revoked_at?: string },
): Promise<void> {
  await db.updateTable('terminals').set(patch).where('id', '=', id).execute();
}

/** Sets `last_seen_at` unless it was set within the last minute, so a busy kiosk writes once a minute at most. */
export async function touchTerminal(
  db: DbOrTrx,
  id: string,
  now: string,
  staleBefore: string,
): Promise<void> {
  await db
    .updateTable('terminals')
    .set({ last_seen_at: now })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('last_seen_at', 'is', null), eb('last_seen_at', '<', staleBefore)]))
    .execute();
}

export function listApiTokenRows(db: DbOrTrx, tenantId?: string) {
  return db
    .selectFrom('api_tokens')
    .where(inTenant(tenantId, 'api_tokens.tenant_id'))
    .leftJoin('staff_users', 'staff_users.id', 'api_tokens.created_by')
    .selectAll('api_tokens')
    .select('staff_users.username as creator_username')
    .orderBy('api_tokens.created_at')
    .orderBy('api_tokens.id')
    .execute();
}

export function findApiTokenById(db: DbOrTrx, id: string) {
  return db
    .selectFrom('api_tokens')
    .leftJoin('staff_users', 'staff_users.id', 'api_tokens.created_by')
    .selectAll('api_tokens')
    .select('staff_users.username as creator_username')
    .where('api_tokens.id', '=', id)
    .executeTakeFirst();
}

/** Same rule as `touchTerminal`: the last use is written at most once a minute. */
export async function touchApiToken(
  db: DbOrTrx,
  id: string,
  now: string,
  staleBefore: string,
): Promise<void> {
  await db
    .updateTable('api_tokens')
    .set({ last_used_at: now })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', staleBefore)]))
    .execute();
}
