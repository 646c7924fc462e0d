/** Staff login and logout, staff accounts, API tokens for integrations and kiosk terminal keys. */
import type { MeView, StaffRole } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import type { Trx } from '../../db/database.ts';
import { randomToken, sha256Hex } from '../../platform/crypto.ts';
import { conflict, unauthorized } from '../../platform/errors.ts';
import { systemPrincipal, type Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import {
  deleteSession,
  findLiveApiToken,
  findLiveSession,
  findStaffUserById,
  findStaffUserByUsername,
  findTerminalByKeyHash,
  insertApiToken,
  insertSession,
  insertStaffUser,
  insertTerminal,
} from './accounts-repository.ts';
import { hashPassword, verifyStaffPassword } from './passwords.ts';
import { assertOfficeExists } from './staff-admin.ts';

export function hashToken(token: string): string {
  return sha256Hex(token);
}

export interface LoginResult {
  token: string;
  expiresAt: string;
  user: { id: string; username: string; displayName: string; roles: StaffRole[] };
}

/** A fresh staff session token and when it stops working; issued before the transaction that stores it. */
export function newStaffSessionToken(ctx: AppContext): { token: string; expiresAt: string } {
  const token = randomToken();
  const expiresAt = new Date(
    ctx.clock.now().getTime() + ctx.config.accounts.sessionHours * 3600_000,
  ).toISOString();
  return { token, expiresAt };
}

/**
 * Stores the session of a staff member who just signed in and audits the login, in the caller's transaction;
 * every way of signing in (password, the town's identity provider) opens its sessions here.
 * `loginAuditData` says how the login happened where that is not the password.
 */
export async function openStaffSession(
  trx: Trx,
  ctx: AppContext,
  at: string,
  session: { userId: string; token: string; expiresAt: string; loginAuditData?: Record<string, unknown> },
): Promise<void> {
  await insertSession(trx, {
    id: ctx.ids.newId(),
    token_hash: hashToken(session.token),
    user_id: session.userId,
    expires_at: session.expiresAt,
    created_at: at,
  });
  await recordAudit(trx, at, {
    actor: { type: 'staff', id: session.userId },
    action: 'staff.login',
    entityType: 'staff_user',
    entityId: session.userId,
    ...(session.loginAuditData ? { data: session.loginAuditData } : {}),
  });
}

export async function loginWithPassword(
  ctx: AppContext,
  username: string,
  password: string,
): Promise<LoginResult> {
  const user = await findStaffUserByUsername(ctx.db, username);
  const ok = await verifyStaffPassword(user?.password_hash, password);
  const now = ctx.clock.now().toISOString();
  if (!user || !ok || user.active !== 1) {
    await ctx.db.transaction().execute((trx) =>
      recordAudit(trx, now, {
        actor: { type: 'staff', id: user?.id ?? null },
        action: 'staff.login_failed',
        entityType: 'staff_user',
        entityId: user?.id ?? null,
        data: { username: username.slice(0, 64) },
      }),
    );
    throw unauthorized('invalid_credentials');
  }
  const { token, expiresAt } = newStaffSessionToken(ctx);
  await ctx.db
    .transaction()
    .execute((trx) => openStaffSession(trx, ctx, now, { userId: user.id, token, expiresAt }));
  return {
    token,
    expiresAt,
    user: {
      id: user.id,
      username: user.username,
      displayName: user.display_name,
      roles: JSON.parse(user.roles),
    },
  };
}

export async function logout(ctx: AppContext, token: string): Promise<void> {
  await deleteSession(ctx.db, hashToken(token));
}

/** Resolves a bearer token (a session token or an API token) to a principal, or null. */
export async function principalForToken(ctx: AppContext, token: string): Promise<Principal | null> {
  const tokenHash = hashToken(token);
  const session = await findLiveSession(ctx.db, tokenHash, ctx.clock.now().toISOString());
  if (session && session.active === 1) {
    return { actor: { type: 'staff', id: session.user_id }, triggers: JSON.parse(session.roles) };
  }
  const apiToken = await findLiveApiToken(ctx.db, tokenHash);
  if (apiToken) {
    return {
      actor: { type: 'token', id: apiToken.id },
      triggers: [...JSON.parse(apiToken.roles), 'integration'],
    };
  }
  return null;
}

/** The principal as `GET /api/v1/auth/me` shows it: with the person's name and roles for a staff session. */
export async function describePrincipal(ctx: AppContext, principal: Principal): Promise<MeView> {
  const user =
    principal.actor.type === 'staff' && principal.actor.id
      ? await findStaffUserById(ctx.db, principal.actor.id)
      : undefined;
  return {
    actor: { type: principal.actor.type, id: principal.actor.id },
    triggers: [...principal.triggers],
    user: user
      ? {
          id: user.id,
          username: user.username,
          displayName: user.display_name,
          roles: JSON.parse(user.roles) as StaffRole[],
        }
      : null,
  };
}

export async function terminalForKey(ctx: AppContext, key: string) {
  return findTerminalByKeyHash(ctx.db, hashToken(key));
}

export interface NewStaffUser {
  username: string;
  displayName: string;
  password: string;
  roles: StaffRole[];
  officeId?: string | null;
}

export async function createStaffUser(
  ctx: AppContext,
  input: NewStaffUser,
  by: Principal = systemPrincipal,
): Promise<string> {
  const id = ctx.ids.newId();
  const now = ctx.clock.now().toISOString();
  const passwordHash = await hashPassword(input.password);
  await ctx.db.transaction().execute(async (trx) => {
    if (await findStaffUserByUsername(trx, input.username)) throw conflict('username_taken');
    await assertOfficeExists(trx, input.officeId);
    await insertStaffUser(trx, {
      id,
      username: input.username,
      display_name: input.displayName,
      password_hash: passwordHash,
      roles: JSON.stringify(input.roles),
      office_id: input.officeId ?? null,
      active: 1,
      created_at: now,
    });
    await recordAudit(trx, now, {
      actor: by.actor,
      action: 'staff.create',
      entityType: 'staff_user',
      entityId: id,
      data: { username: input.username, roles: input.roles },
    });
  });
  return id;
}

export async function createApiToken(
  ctx: AppContext,
  input: { name: string; roles: StaffRole[] },
  by: Principal,
): Promise<{ id: string; token: string }> {
  const id = ctx.ids.newId();
  const token = `bp_${randomToken()}`;
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await insertApiToken(trx, {
      id,
      name: input.name,
      token_hash: hashToken(token),
      roles: JSON.stringify(input.roles),
      created_by: by.actor.id,
      created_at: now,
      revoked_at: null,
    });
    await recordAudit(trx, now, {
      actor: by.actor,
      action: 'api_token.create',
      entityType: 'api_token',
      entityId: id,
      data: { name: input.name, roles: input.roles },
    });
  });
  return { id, token };
}

export async function createTerminal(
  ctx: AppContext,
  input: { name: string; boxId: string | null; key?: string },
  by: Principal = systemPrincipal,
): Promise<{ id: string; key: string }> {
  const id = ctx.ids.newId();
  const key = input.key ?? `kiosk_${randomToken()}`;
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await insertTerminal(trx, {
      id,
      name: input.name,
      box_id: input.boxId,
      key_hash: hashToken(key),
      created_at: now,
    });
    await recordAudit(trx, now, {
      actor: by.actor,
      action: 'terminal.create',
      entityType: 'terminal',
      entityId: id,
      data: { name: input.name, boxId: input.boxId },
    });
  });
  return { id, key };
}
