/**
 * Tenant ownership of the things a route names in its path (docs/tenants.md). Every route whose URL names a
 * tenant-owned thing by id (`/boxes/:id`, `/office/map/pois/:id`, …) gets a check after its authorisation guard:
 * the thing must belong to the request's tenant (for a box a staff member may use: its tenant's or a granting
 * tenant's), else the answer is the thing's 404, exactly as if it did not exist. The table below maps the path
 * segment before a parameter to the table that owns the id; it is applied to every route as it is registered, so
 * a new route under a known segment is checked without anyone remembering it, and the cross-tenant matrix test
 * (cross-tenant-matrix.medium.test.ts) finds a new segment that is not in the table.
 *
 * Lists are filtered in their repositories (`inTenant`, `inBoxTenantsOf` in tenant-scope.ts); documents are scoped
 * by office (modules/privacy/office-scope.ts), whose "every office" is every office of the tenant.
 */
import type { FastifyRequest, RouteOptions } from 'fastify';
import { sql } from 'kysely';
import type { AppContext } from '../../context.ts';
import { notFound } from '../../platform/errors.ts';
import { requestTenantId } from './tenant-scope.ts';

interface Owner {
  table: string;
  /** How the row reaches its tenant: its own `tenant_id`, or its box's. */
  tenantOf: 'own' | 'box';
  code: string;
}

/** The path segment before a parameter → what the parameter names. */
const owners: Record<string, Owner> = {
  boxes: { table: 'boxes', tenantOf: 'own', code: 'box_not_found' },
  pois: { table: 'map_pois', tenantOf: 'own', code: 'poi_not_found' },
  walks: { table: 'map_walks', tenantOf: 'own', code: 'walk_not_found' },
  tours: { table: 'tours', tenantOf: 'own', code: 'tour_not_found' },
  services: { table: 'services', tenantOf: 'own', code: 'service_not_found' },
  'callback-requests': { table: 'service_callback_requests', tenantOf: 'own', code: 'callback_not_found' },
  suggestions: { table: 'suggestions', tenantOf: 'own', code: 'suggestion_not_found' },
  visits: { table: 'zone_visits', tenantOf: 'own', code: 'visit_not_found' },
  announcements: { table: 'zone_announcements', tenantOf: 'own', code: 'announcement_not_found' },
  'staff-users': { table: 'staff_users', tenantOf: 'own', code: 'staff_user_not_found' },
  terminals: { table: 'terminals', tenantOf: 'own', code: 'terminal_not_found' },
  offices: { table: 'offices', tenantOf: 'own', code: 'office_not_found' },
  media: { table: 'media_images', tenantOf: 'own', code: 'image_not_found' },
  alerts: { table: 'alerts', tenantOf: 'own', code: 'alert_not_found' },
  'api-tokens': { table: 'api_tokens', tenantOf: 'own', code: 'api_token_not_found' },
  'transport-lists': { table: 'transport_lists', tenantOf: 'box', code: 'transport_list_not_found' },
  closures: { table: 'box_closures', tenantOf: 'box', code: 'closure_not_found' },
};

/** The checks a route needs: for each parameter that names a tenant-owned thing, its owner. */
export function ownedParams(url: string): { param: string; owner: Owner }[] {
  const parts = url.split('/');
  const found: { param: string; owner: Owner }[] = [];
  parts.forEach((part, index) => {
    if (!part.startsWith(':')) return;
    const param = part.slice(1);
    const owner = param === 'boxId' ? owners.boxes : owners[parts[index - 1] ?? ''];
    if (owner) found.push({ param, owner });
  });
  return found;
}

/**
 * Whether the row belongs to the tenant. A box (or a box's row) read by staff may also belong to a tenant that
 * granted one of their offices its boxes; a change to a box's own settings is for its own tenant only.
 */
async function owns(
  ctx: AppContext,
  request: FastifyRequest,
  owner: Owner,
  id: string,
  tenantId: string,
): Promise<boolean> {
  const usable =
    owner.table === 'boxes' || owner.tenantOf === 'box'
      ? request.method === 'GET' || request.url.startsWith('/api/v1/transport-lists')
        ? (request.principal?.tenant?.boxTenantIds ?? [tenantId])
        : [tenantId]
      : [tenantId];
  const db = ctx.db;
  const row =
    owner.tenantOf === 'own'
      ? await sql<{ one: number }>`select 1 as one from ${sql.table(owner.table)}
          where id = ${id} and tenant_id in (${sql.join(usable)})`.execute(db)
      : await sql<{ one: number }>`select 1 as one from ${sql.table(owner.table)} t
          join boxes b on b.id = t.box_id
          where t.id = ${id} and b.tenant_id in (${sql.join(usable)})`.execute(db);
  return row.rows.length > 0;
}

/**
 * Adds the ownership check to a route (Fastify `onRoute`), after its authorisation guard (moved to preValidation
 * by app.ts) and the validation. A principal without a
 * tenant (the system, a box agent, the command line) is not limited; nobody signed in acts for the public tenant.
 */
export function addTenantOwnershipCheck(ctx: AppContext, route: RouteOptions): void {
  const checks = ownedParams(route.url);
  if (checks.length === 0) return;
  const check = async (request: FastifyRequest) => {
    // A box agent proves itself with its box's own secret (agent-link-routes.ts).
    if ((request.principal && !request.principal.tenant) || request.agentSecretHash) return;
    const tenantId = await requestTenantId(ctx, request);
    const params = request.params as Record<string, string | undefined>;
    for (const { param, owner } of checks) {
      const id = params[param];
      if (id !== undefined && !(await owns(ctx, request, owner, id, tenantId))) throw notFound(owner.code);
    }
  };
  // After validation: a malformed request still answers 400 first, as it did before tenants.
  route.preHandler = [...[route.preHandler ?? []].flat(), check];
}
