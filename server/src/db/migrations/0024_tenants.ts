/**
 * Tenants (issue 20, part 1): one hub for a district's towns and authorities. A tenant (a town, or another body
 * running a zone) owns its boxes, kiosks, staff, map, tour, 115 catalogue, suggestions, visit tally and call-backs
 * (a `tenant_id` on each of those tables); offices belong to a tenant, and `tenant_box_grants` lets an office use
 * another tenant's boxes (the district's driving-licence office loads into the town's box).
 *
 * An existing database loses nothing: every row goes to one default tenant (`defaultTenantId`), which is also the
 * column default, so a row written by code that does not name a tenant lands there. Its name, SMS sender and state
 * start as placeholders and are taken from the configuration (townName, sms.sender, the register's state) when
 * the hub or the admin tool first opens the upgraded database (modules/tenants/default-tenant.ts).
 */
import { sql, type Kysely } from 'kysely';

/** Fixed, so the default tenant is the same row on every installation (modules/tenants/tenant-ids.ts repeats it). */
const defaultTenantId = '00000000-0000-4000-a000-000000000001';

/** The tables whose rows belong to a tenant. */
export const tenantOwnedTables = [
  'offices',
  'boxes',
  'terminals',
  'kiosk_pairings',
  'staff_users',
  'api_tokens',
  'alerts',
  'map_pois',
  'map_walks',
  'media_images',
  'tours',
  'services',
  'service_callback_requests',
  'suggestions',
  'zone_visits',
  'zone_announcements',
  'zone_opening_hours',
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('tenants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('coat_of_arms_path', 'text')
    .addColumn('host_name', 'text', (c) => c.unique())
    .addColumn('path_prefix', 'text', (c) => c.unique())
    .addColumn('sms_sender', 'text')
    .addColumn('sms_signature', 'text')
    .addColumn('state_code', 'text', (c) => c.notNull().defaultTo('BB'))
    .addColumn('district', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('from_config', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await sql`insert into tenants (id, slug, name, state_code, from_config, created_at)
    values (${defaultTenantId}, 'default', 'Bürgerpunkt', 'BB', 1, ${new Date().toISOString()})`.execute(db);

  await db.schema
    .createTable('tenant_box_grants')
    .addColumn('office_id', 'text', (c) => c.notNull())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('tenant_box_grants_pk', ['office_id', 'tenant_id'])
    .execute();

  for (const table of tenantOwnedTables) {
    await db.schema
      .alterTable(table)
      .addColumn('tenant_id', 'text', (c) => c.notNull().defaultTo(defaultTenantId))
      .execute();
    await db.schema.createIndex(`${table}_tenant`).on(table).column('tenant_id').execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [...tenantOwnedTables].reverse()) {
    await db.schema.dropIndex(`${table}_tenant`).execute();
    await db.schema.alterTable(table).dropColumn('tenant_id').execute();
  }
  await db.schema.dropTable('tenant_box_grants').execute();
  await db.schema.dropTable('tenants').execute();
}
