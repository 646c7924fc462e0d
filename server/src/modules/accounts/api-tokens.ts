/**
 * API tokens for integrations: they always expire (1–365 days), never carry the admin role, stop working when
 * revoked or when the staff account that made them is locked, and remember their last use (once a minute at most).
 * The secret is shown once; only its hash is stored.
 */
import { accountTenantScope } from '../tenants/tenant-scope.ts';
import { defaultTenantId } from '../tenants/tenant-ids.ts';
import { allOffices } from '../privacy/office-scope.ts';
import {
  apiTokenDefaultDays,
  type ApiTokenRole,
  type ApiTokenView,
  type CreatedApiToken,
} from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import { addMs } from '../../platform/clock.ts';
import { randomToken, sha256Hex } from '../../platform/crypto.ts';
import { badRequest, notFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { recordAudit } from '../audit/audit-service.ts';
import {
  findApiTokenById,
  findLiveApiToken,
  insertApiToken,
  listApiTokenRows,
  touchApiToken,
} from './accounts-repository.ts';

const dayMs = 86_400_000;
const lastUsedResolutionMs = 60_000;

type ApiTokenRow = NonNullable<Awaited<ReturnType<typeof findApiTokenById>>>;

function apiTokenView(row: ApiTokenRow): ApiTokenView {
  return {
    id: row.id,
    name: row.name,
    roles: JSON.parse(row.roles) as ApiTokenRole[],
    createdBy: row.creator_username ?? row.created_by_cli ?? null,
    createdAt: row.created_at,
    // Every token has an expiry since migration 0010; the fallback only satisfies the type.
    expiresAt: row.expires_at ?? row.created_at,
    lastUsedAt: row.last_used_at ?? null,
    revokedAt: row.revoked_at ?? null,
  };
}

export async function listApiTokens(ctx: AppContext, tenantId?: string): Promise<ApiTokenView[]> {
  return (await listApiTokenRows(ctx.db, tenantId)).map(apiTokenView);
}

export interface NewApiTokenInput {
  name: string;
  roles: ApiTokenRole[];
  expiresInDays?: number;
}

export async function createApiToken(
  ctx: AppContext,
  input: NewApiTokenInput,
  by: Principal,
): Promise<CreatedApiToken> {
  if (input.roles.includes('admin')) throw badRequest('api_token_admin_role');
  const days = input.expiresInDays ?? apiTokenDefaultDays;
  if (!Number.isInteger(days) || days < 1 || days > 365) throw badRequest('validation_failed');
  const id = ctx.ids.newId();
  const secret = `bp_${randomToken()}`;
  const now = ctx.clock.now().toISOString();
  const expiresAt = addMs(now, days * dayMs);
  await ctx.db.transaction().execute(async (trx) => {
    await insertApiToken(trx, {
      id,
      name: input.name.trim(),
      token_hash: sha256Hex(secret),
      roles: JSON.stringify(input.roles),
      // A token belongs to the staff member who made it; one made on the command line to the operator.
      created_by: by.actor.type === 'staff' ? by.actor.id : null,
      created_by_cli: by.actor.type === 'cli' ? by.actor.id : null,
      created_at: now,
      expires_at: expiresAt,
      revoked_at: null,
    });
    await recordAudit(trx, now, {
      actor: by.actor,
      action: 'api_token.create',
      entityType: 'api_token',
      entityId: id,
      data: { name: input.name, roles: input.roles, expiresAt },
    });
  });
  const row = await findApiTokenById(ctx.db, id);
  return { token: apiTokenView(row!), secret };
}

/** Revoking is final; revoking again changes nothing. */
export async function revokeApiToken(ctx: AppContext, id: string, by: Principal): Promise<ApiTokenView> {
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const before = await findApiTokenById(trx, id);
    if (!before) throw notFound('api_token_not_found');
    if (before.revoked_at) return apiTokenView(before);
    await trx.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', id).execute();
    await recordAudit(trx, at, {
      actor: by.actor,
      action: 'api_token.revoked',
      entityType: 'api_token',
      entityId: id,
      data: { name: before.name },
    });
    return apiTokenView({ ...before, revoked_at: at });
  });
}

/** The principal of a working API token (see `findLiveApiToken`), or null; notes the use once a minute at most. */
export async function principalForApiToken(ctx: AppContext, tokenHash: string): Promise<Principal | null> {
  const now = ctx.clock.now().toISOString();
  const token = await findLiveApiToken(ctx.db, tokenHash, now);
  if (!token) return null;
  const staleBefore = addMs(now, -lastUsedResolutionMs);
  if (!token.last_used_at || token.last_used_at < staleBefore)
    await touchApiToken(ctx.db, token.id, now, staleBefore);
  // Tokens made before the rule may still list `admin`; it no longer counts. Only a token with the `integration`
  // role acts as the office's specialist procedure (issue 16); before, every token did.
  const roles = (JSON.parse(token.roles) as ApiTokenRole[]).filter((role) => role !== 'admin');
  // A token acts for the installation (only an admin makes one): every office (modules/privacy/office-scope.ts).
  // …of its tenant (modules/tenants/tenant-scope.ts).
  return {
    actor: { type: 'token', id: token.id },
    triggers: roles,
    ...(await accountTenantScope(ctx.db, token.tenant_id ?? defaultTenantId, allOffices)),
  };
}
