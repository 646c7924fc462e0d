/** Staff login and logout, staff accounts, API tokens for integrations and kiosk terminal keys. */
import { accountTenantScope, tenantIdOf } from '../tenants/tenant-scope.ts';
import { defaultTenantId } from '../tenants/tenant-ids.ts';
import type { MeView, StaffRole } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import type { Trx } from '../../db/database.ts';
import { randomToken, sha256Hex } from '../../platform/crypto.ts';
import { conflict, unauthorized } from '../../platform/errors.ts';
import { systemPrincipal, type Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import {
  deleteSession,
  findLiveSession,
  findStaffUserById,
  findStaffUserByUsername,
  insertSession,
  insertStaffUser,
} from './accounts-repository.ts';
import { principalForApiToken } from './api-tokens.ts';
import { hashPassword, verifyStaffPassword } from './passwords.ts';
import { assertOfficeExists } from './staff-admin.ts';
import { staffOfficeScope } from '../privacy/office-scope.ts';

export function hashToken(token: string): string {
  return sha256Hex(token);
}

export interface LoginResult {
  token: string;
  expiresAt: string;
  user: { id: string; username: string; displayName: string; roles: StaffRole[] };
  /** A one-time password was used: the person must choose their own before anything else. */
  mustChangePassword: boolean;
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
    mustChangePassword: Number(user.must_change_password) === 1,
  };
}

export async function logout(ctx: AppContext, token: string): Promise<void> {
  await deleteSession(ctx.db, hashToken(token));
}

/** Resolves a bearer token (a session token or an API token) to a principal, or null. */
export async function principalForToken(ctx: AppContext, token: string): Promise<Principal | null> {
  const tokenHash = hashToken(token);
  const session = await findLiveSession(ctx.db, tokenHash, ctx.clock.now().toISOString());
  if (session && Number(session.active) === 1) {
    const roles = JSON.parse(session.roles) as StaffRole[];
    return {
      actor: { type: 'staff', id: session.user_id },
      triggers: roles,
      ...(await accountTenantScope(
        ctx.db,
        session.tenant_id ?? defaultTenantId,
        staffOfficeScope({ ...session, roles }),
      )),
      ...(Number(session.must_change_password) === 1 ? { passwordChangeRequired: true } : {}),
    };
  }
  return principalForApiToken(ctx, tokenHash);
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
    mustChangePassword: principal.passwordChangeRequired === true,
  };
}

export interface NewStaffUser {
  username: string;
  displayName: string;
  password: string;
  roles: StaffRole[];
  officeId?: string | null;
  /** The grant to see every office's documents (modules/privacy/office-scope.ts). */
  allOffices?: boolean;
  /** For a one-time password someone else handed over (CLI `init`, `user create`). */
  mustChangePassword?: boolean;
  /** The account's tenant; default: the creator's, else the default tenant (modules/tenants/). */
  tenantId?: string;
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
    const tenantId = input.tenantId ?? tenantIdOf(by) ?? defaultTenantId;
    await assertOfficeExists(trx, input.officeId, tenantId);
    await insertStaffUser(trx, {
      tenant_id: tenantId,
      id,
      username: input.username,
      display_name: input.displayName,
      password_hash: passwordHash,
      roles: JSON.stringify(input.roles),
      office_id: input.officeId ?? null,
      active: 1,
      created_at: now,
      must_change_password: input.mustChangePassword ? 1 : 0,
      all_offices: input.allOffices ? 1 : 0,
    });
    await recordAudit(trx, now, {
      actor: by.actor,
      action: 'staff.create',
      entityType: 'staff_user',
      entityId: id,
      data: {
        username: input.username,
        roles: input.roles,
        ...(input.allOffices ? { allOffices: true } : {}),
      },
    });
  });
  return id;
}

export { createTerminal } from './terminals.ts';
