/** The default tenant: every row of a database made before tenants (migration 0024) belongs to it. */
export const defaultTenantId = '00000000-0000-4000-a000-000000000001';
