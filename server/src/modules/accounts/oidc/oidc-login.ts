/**
 * Staff sign-in through the town's identity provider: authorization code flow with PKCE. `startOidcLogin` makes
 * the provider URL and a short-lived sealed cookie (state, nonce, PKCE verifier, where to return); the callback
 * checks them, redeems the code, reads username and roles from the claims, finds or links or (if allowed) creates
 * the staff account, and opens the same kind of session as a local login. Every outcome is audited.
 */
import type { StaffRole } from '@buergerpunkt/contracts';
import type { AppContext } from '../../../context.ts';
import { hmacHex, seal, unseal } from '../../../platform/crypto.ts';
import { AppError, badRequest, forbidden } from '../../../platform/errors.ts';
import { recordAudit } from '../../audit/audit-service.ts';
import { findStaffUserByUsername } from '../accounts-repository.ts';
import { newStaffSessionToken, openStaffSession, type LoginResult } from '../accounts-service.ts';
import {
  loadOidcClient,
  oidcConfiguration,
  oidcSettings,
  redirectUrlOf,
  type OidcSettings,
} from './oidc-client.ts';

export const oidcCookie = 'bp_oidc';

interface PendingLogin {
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
  expiresAt: number;
}

function cookieKey(ctx: AppContext): string {
  return hmacHex(ctx.config.secrets.codeKey, 'oidc-login-cookie');
}

/** Only paths inside the office; anything else (other hosts, protocol-relative URLs) goes to the office start. */
export function safeReturnTo(value: string | undefined): string {
  if (!value || !value.startsWith('/office') || value.startsWith('//') || /[\\\s]/.test(value))
    return '/office/';
  return value.slice(0, 500);
}

export async function startOidcLogin(
  ctx: AppContext,
  returnTo: string | undefined,
): Promise<{ url: string; cookie: string; maxAgeSeconds: number }> {
  const settings = oidcSettings(ctx);
  const configuration = await oidcConfiguration(ctx);
  const client = await loadOidcClient();
  const pending: PendingLogin = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    verifier: client.randomPKCECodeVerifier(),
    returnTo: safeReturnTo(returnTo),
    expiresAt: ctx.clock.now().getTime() + settings.loginTimeoutSeconds * 1000,
  };
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUrlOf(ctx),
    scope: settings.scopes,
    response_type: 'code',
    code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
    code_challenge_method: 'S256',
    state: pending.state,
    nonce: pending.nonce,
  });
  return {
    url: url.href,
    cookie: seal(cookieKey(ctx), JSON.stringify(pending)),
    maxAgeSeconds: settings.loginTimeoutSeconds,
  };
}

function readPending(ctx: AppContext, cookie: string | undefined): PendingLogin {
  if (!cookie) throw badRequest('oidc_state_invalid');
  let pending: PendingLogin;
  try {
    pending = JSON.parse(unseal(cookieKey(ctx), cookie)) as PendingLogin;
  } catch {
    throw badRequest('oidc_state_invalid');
  }
  if (typeof pending.state !== 'string' || pending.expiresAt < ctx.clock.now().getTime()) {
    throw badRequest('oidc_state_invalid');
  }
  return pending;
}

/** A username as our accounts allow it (letters, digits, `.`, `_`, `-`); e-mail style names keep their shape. */
export function usernameFrom(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const name = value
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '.')
    .replace(/^[.]+|[.]+$/g, '')
    .slice(0, 64);
  return name.length >= 2 ? name : null;
}

/** Our roles for the values of the provider's roles claim (a list of strings, or one string). */
export function rolesFrom(settings: OidcSettings, value: unknown): StaffRole[] {
  const values = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/) : [];
  const roles = new Set<StaffRole>();
  for (const entry of values) {
    if (typeof entry !== 'string') continue;
    for (const role of settings.roleMapping[entry] ?? []) roles.add(role as StaffRole);
  }
  return [...roles].sort();
}

export async function finishOidcLogin(
  ctx: AppContext,
  callbackQuery: string,
  cookie: string | undefined,
): Promise<LoginResult & { returnTo: string }> {
  const settings = oidcSettings(ctx);
  const pending = readPending(ctx, cookie);
  const params = new URLSearchParams(callbackQuery);
  // Checked here first so a mismatch is a clear "start again", not a provider error.
  if (params.get('state') !== pending.state) throw badRequest('oidc_state_invalid');
  const configuration = await oidcConfiguration(ctx);
  const client = await loadOidcClient();
  const callbackUrl = new URL(redirectUrlOf(ctx));
  callbackUrl.search = params.toString();

  let claims: Record<string, unknown>;
  try {
    const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: pending.verifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    claims = { ...(tokens.claims() ?? {}) };
    // Many providers put groups only into the userinfo answer.
    if (claims[settings.rolesClaim] === undefined || claims[settings.usernameClaim] === undefined) {
      const userinfo = await client.fetchUserInfo(configuration, tokens.access_token, String(claims.sub));
      claims = { ...userinfo, ...claims };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    ctx.log.warn({ err: error }, 'OIDC callback refused');
    throw badRequest('oidc_failed');
  }
  const subject = `${configuration.serverMetadata().issuer}#${String(claims.sub)}`;
  const username = usernameFrom(claims[settings.usernameClaim]);
  const roles = rolesFrom(settings, claims[settings.rolesClaim]);
  const displayName =
    (typeof claims.name === 'string' && claims.name.trim().slice(0, 120)) || username || String(claims.sub);
  const now = ctx.clock.now().toISOString();

  const refuse = async (code: string, userId: string | null) => {
    await ctx.db.transaction().execute((trx) =>
      recordAudit(trx, now, {
        actor: { type: 'staff', id: userId },
        action: 'staff.login_failed',
        entityType: 'staff_user',
        entityId: userId,
        data: { method: 'oidc', reason: code, username: username ?? null },
      }),
    );
    return forbidden(code);
  };

  if (!username) throw await refuse('oidc_username_missing', null);
  if (settings.allowedUsernames.length > 0 && !settings.allowedUsernames.includes(username)) {
    throw await refuse('oidc_account_unknown', null);
  }
  if (roles.length === 0) throw await refuse('oidc_no_roles', null);

  const { token, expiresAt } = newStaffSessionToken(ctx);
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    let user = await trx
      .selectFrom('staff_users')
      .selectAll()
      .where('oidc_subject', '=', subject)
      .executeTakeFirst();
    if (!user && settings.linkByUsername) {
      const byName = await findStaffUserByUsername(trx, username);
      if (byName && !byName.oidc_subject) {
        await trx
          .updateTable('staff_users')
          .set({ oidc_subject: subject })
          .where('id', '=', byName.id)
          .execute();
        await recordAudit(trx, now, {
          actor: { type: 'staff', id: byName.id },
          action: 'staff.oidc_link',
          entityType: 'staff_user',
          entityId: byName.id,
          data: { username, issuer: configuration.serverMetadata().issuer },
        });
        user = { ...byName, oidc_subject: subject };
      }
    }
    if (!user && settings.autoProvision) {
      if (await findStaffUserByUsername(trx, username)) {
        return { refused: 'oidc_account_unknown' as const, userId: null };
      }
      const id = ctx.ids.newId();
      await trx
        .insertInto('staff_users')
        .values({
          id,
          username,
          display_name: displayName,
          password_hash: null,
          roles: JSON.stringify(roles),
          office_id: null,
          active: 1,
          created_at: now,
          oidc_subject: subject,
        })
        .execute();
      await recordAudit(trx, now, {
        actor: { type: 'system', id: null },
        action: 'staff.create',
        entityType: 'staff_user',
        entityId: id,
        data: { username, roles, via: 'oidc' },
      });
      user = (await trx
        .selectFrom('staff_users')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow())!;
    }
    if (!user) return { refused: 'oidc_account_unknown' as const, userId: null };
    if (user.active !== 1) return { refused: 'oidc_account_inactive' as const, userId: user.id };

    // The provider is the source of roles for its people: take them over on every sign-in.
    const before = JSON.parse(user.roles) as StaffRole[];
    if (JSON.stringify([...before].sort()) !== JSON.stringify(roles)) {
      await trx
        .updateTable('staff_users')
        .set({ roles: JSON.stringify(roles) })
        .where('id', '=', user.id)
        .execute();
      await recordAudit(trx, now, {
        actor: { type: 'system', id: null },
        action: 'staff.roles_change',
        entityType: 'staff_user',
        entityId: user.id,
        data: { from: before, to: roles, via: 'oidc' },
      });
    }
    await openStaffSession(trx, ctx, now, {
      userId: user.id,
      token,
      expiresAt,
      loginAuditData: { method: 'oidc' },
    });
    return { user: { id: user.id, username: user.username, displayName: user.display_name, roles } };
  });
  if ('refused' in outcome)
    throw await refuse(outcome.refused ?? 'oidc_account_unknown', outcome.userId ?? null);
  return { token, expiresAt, user: outcome.user, mustChangePassword: false, returnTo: pending.returnTo };
}
