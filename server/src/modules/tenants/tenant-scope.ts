/**
 * Which tenant a request acts for (docs/tenants.md), and the `where` conditions that keep every query of tenant-owned
 * data inside it. The one place that decides it:
 *
 * - a staff session or API token: the account's tenant (`staff_users.tenant_id`, `api_tokens.tenant_id`); its office
 *   scope "every office" means every office of that tenant; boxes it may use are its tenant's and those of the
 *   tenants that granted one of its offices their boxes (`tenant_box_grants`);
 * - a kiosk terminal: the terminal's tenant;
 * - the public site and API: the tenant whose host name is the request's host, else whose path prefix (`/t/<slug>`)
 *   the request came under, else the default tenant;
 * - the system, a box and the command line act for the whole installation (no tenant condition).
 *
 * Something of another tenant is answered exactly like something that does not exist (404).
 */
import { notFound } from '../../platform/errors.ts';
import { bearerOrCookie } from '../../http/auth.ts';
import { sha256Hex } from '../../platform/crypto.ts';
import { principalForToken } from '../accounts/accounts-service.ts';
import { findTerminalByKeyHash } from '../accounts/accounts-repository.ts';
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.ts';
import type { DbOrTrx } from '../../db/database.ts';
import type { Principal } from '../../platform/principal.ts';
import type { OfficeScope } from '../privacy/office-scope.ts';
import { defaultTenantId } from './tenant-ids.ts';
import {
  findTenantByHostName,
  findTenantByPathPrefix,
  grantedBoxTenants,
  officeIdsOfTenant,
} from './tenants-repository.ts';

export interface TenantScope {
  tenantId: string;
  /** Its own tenant's and the granting tenants' boxes. */
  boxTenantIds: readonly string[];
}

/** The tenant a principal acts for; undefined: the whole installation (system, box, command line). */
export function tenantIdOf(principal: Principal | null | undefined): string | undefined {
  return principal?.tenant?.tenantId;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyEb = ExpressionBuilder<any, any>;

/** A `where` condition keeping the rows of one tenant (none given: every row), e.g. `.where(inTenant(id, 'boxes.tenant_id'))`. */
export function inTenant(tenantId: string | undefined, column: string) {
  return (eb: AnyEb): Expression<SqlBool> =>
    tenantId === undefined ? sql<SqlBool>`1 = 1` : eb(sql.ref(column), '=', tenantId);
}

/** As inTenant, for the tenant of a principal. */
export function inTenantOf(principal: Principal | null | undefined, column: string) {
  return inTenant(tenantIdOf(principal), column);
}

/** A `where` condition keeping the boxes the principal may use: its tenant's and the granted ones. */
export function inBoxTenantsOf(principal: Principal | null | undefined, column = 'boxes.tenant_id') {
  const scope = principal?.tenant;
  return (eb: AnyEb): Expression<SqlBool> =>
    scope === undefined ? sql<SqlBool>`1 = 1` : eb(sql.ref(column), 'in', [...scope.boxTenantIds]);
}

/**
 * The tenant scope and the office scope of an account of `tenantId` whose stored office scope is `officeScope`:
 * "every office" becomes every office of the tenant.
 */
export async function accountTenantScope(
  db: DbOrTrx,
  tenantId: string,
  officeScope: OfficeScope,
): Promise<{ tenant: TenantScope; officeScope: OfficeScope }> {
  const officeIds = officeScope.all ? await officeIdsOfTenant(db, tenantId) : [...officeScope.officeIds];
  const granted = await grantedBoxTenants(db, officeIds);
  return {
    tenant: { tenantId, boxTenantIds: [...new Set([tenantId, ...granted])] },
    officeScope: { all: false, officeIds },
  };
}

/** Refuses a box the principal may not use (not its tenant's, not granted) as unknown: 404 `box_not_found`. */
export function assertBoxUsable(principal: Principal, box: { tenant_id?: string }): void {
  const scope = principal.tenant;
  if (scope && !scope.boxTenantIds.includes(box.tenant_id ?? defaultTenantId))
    throw notFound('box_not_found');
}

/** A principal limited to one tenant (a kiosk terminal, the public): its own boxes only. */
export function singleTenantScope(tenantId: string): TenantScope {
  return { tenantId, boxTenantIds: [tenantId] };
}

declare module 'http' {
  interface IncomingMessage {
    /** The `/t/<slug>` the request came under (stripped from the URL before routing; app.ts). */
    bpTenantPrefix?: string;
  }
}

const prefixPattern = /^\/t\/([a-z0-9][a-z0-9-]{0,62})(?=\/|$|\?)/;

/** Strips a tenant path prefix (`/t/<slug>/…`) from a URL and notes it on the request (Fastify `rewriteUrl`). */
export function stripTenantPrefix(req: import('http').IncomingMessage): string {
  const url = req.url ?? '/';
  const match = prefixPattern.exec(url);
  if (!match) return url;
  req.bpTenantPrefix = match[0];
  return url.slice(match[0].length) || '/';
}

/**
 * The tenant a request acts for: the principal's (staff, token, kiosk) where the route's guard set one; else the
 * tenant whose host name or path prefix the request came by; else, on a public route, the tenant of the kiosk key or
 * staff session sent along (the kiosk reads the public map, tour and catalogue with its key); else the default
 * tenant. An unknown prefix is answered as the default tenant would be.
 */
export async function requestTenantId(ctx: AppContext, request: FastifyRequest): Promise<string> {
  const own = tenantIdOf(request.principal);
  if (own) return own;
  const host = request.hostname?.split(':')[0]?.toLowerCase();
  if (host) {
    const byHost = await findTenantByHostName(ctx.db, host);
    if (byHost) return byHost.id;
  }
  const prefix = request.raw.bpTenantPrefix;
  if (prefix) {
    const byPrefix = await findTenantByPathPrefix(ctx.db, prefix);
    if (byPrefix) return byPrefix.id;
  }
  return (await tenantOfCredentials(ctx, request)) ?? defaultTenantId;
}

async function tenantOfCredentials(ctx: AppContext, request: FastifyRequest): Promise<string | undefined> {
  const key = request.headers['x-terminal-key'];
  if (typeof key === 'string' && key.length >= 8 && key.length <= 200) {
    const terminal = await findTerminalByKeyHash(ctx.db, sha256Hex(key));
    if (terminal && !terminal.revoked_at) return terminal.tenant_id ?? defaultTenantId;
  }
  const token = bearerOrCookie(request, ctx);
  if (!token) return undefined;
  return (await principalForToken(ctx, token))?.tenant?.tenantId;
}
