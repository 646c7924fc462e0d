/**
 * The demo's district (issue 20, docs/tenants.md): besides Hohen Neuendorf (the default tenant) a second, invented
 * town, Musterfelde (erfunden), with its own public site under `/t/musterfelde/`, office, admin and announcement;
 * and the district Landkreis Oberhavel, whose two offices (Führerscheinstelle, Ausländerbehörde) belong to it and
 * may use the boxes of both towns.
 */
import type { AppContext } from '../context.ts';
import { randomToken } from '../platform/crypto.ts';
import { cliPrincipal } from '../platform/principal.ts';
import { createStaffUser } from '../modules/accounts/accounts-service.ts';
import { defaultTenantId } from '../modules/tenants/tenant-ids.ts';
import { createTenant, grantBoxesToOffice } from '../modules/tenants/tenants-service.ts';
import type { DemoCredentials } from './seed-demo.ts';

export const demoSecondTownId = '00000000-0000-4000-a000-000000000002';
export const demoDistrictId = '00000000-0000-4000-a000-000000000003';
const districtOffices = ['fuehrerscheinstelle-ohv', 'auslaenderbehoerde-ohv'];

export async function seedDemoTenants(ctx: AppContext, credentials: DemoCredentials): Promise<void> {
  const by = cliPrincipal('demo');
  const now = ctx.clock.now().toISOString();
  await createTenant(
    ctx,
    {
      id: demoSecondTownId,
      name: 'Musterfelde (erfunden)',
      slug: 'musterfelde',
      pathPrefix: true,
      smsSender: 'Musterfeld',
      smsSignature: 'Gemeinde Musterfelde (erfunden)',
      stateCode: 'BB',
    },
    by,
  );
  await createTenant(
    ctx,
    { id: demoDistrictId, name: 'Landkreis Oberhavel', slug: 'landkreis-oberhavel', district: true },
    by,
  );
  await ctx.db
    .insertInto('offices')
    .values({
      id: 'buergeramt-mf',
      name: 'Bürgeramt Musterfelde (erfunden)',
      short_name: 'Bürgeramt',
      address: 'Am Anger 1, 99999 Musterfelde (erfunden)',
      created_at: now,
      tenant_id: demoSecondTownId,
    })
    .execute();
  await ctx.db
    .updateTable('offices')
    .set({ tenant_id: demoDistrictId })
    .where('id', 'in', districtOffices)
    .execute();
  for (const office of districtOffices) {
    await grantBoxesToOffice(ctx, office, defaultTenantId, by);
    await grantBoxesToOffice(ctx, office, demoSecondTownId, by);
  }
  await ctx.db
    .insertInto('zone_announcements')
    .values({
      id: ctx.ids.newId(),
      title: 'Willkommen in Musterfelde (erfunden)',
      body: 'Eine zweite, erfundene Gemeinde auf demselben Bürgerpunkt: eigene Seite, eigene Daten.',
      valid_from: now.slice(0, 10),
      valid_to: null,
      created_by: null,
      created_at: now,
      updated_at: now,
      tenant_id: demoSecondTownId,
    })
    .execute();
  for (const member of [
    {
      username: 'mf-admin',
      displayName: 'Mia Musterfelde (Demo)',
      roles: ['admin'] as const,
      tenantId: demoSecondTownId,
      officeId: null,
    },
    {
      username: 'kreis',
      displayName: 'Kai Kreisverwaltung (Demo)',
      roles: ['clerk', 'loader'] as const,
      tenantId: demoDistrictId,
      officeId: 'fuehrerscheinstelle-ohv',
    },
  ]) {
    const password = randomToken(12);
    await createStaffUser(ctx, {
      username: member.username,
      displayName: member.displayName,
      password,
      roles: [...member.roles],
      officeId: member.officeId,
      allOffices: member.username === 'kreis',
      tenantId: member.tenantId,
    });
    credentials.staff.push({ username: member.username, password, roles: [...member.roles] });
  }
}
