/**
 * A tenant's public site can live under a path of the hub (`/t/<slug>/`, docs/tenants.md): the site then routes
 * below that prefix and sends its API calls under it too, so the hub answers with that tenant's data.
 */
export function tenantPrefix(
  pathname: string = typeof window === 'undefined' ? '' : window.location.pathname,
) {
  return /^\/t\/[a-z0-9][a-z0-9-]*(?=\/|$)/.exec(pathname)?.[0] ?? '';
}
