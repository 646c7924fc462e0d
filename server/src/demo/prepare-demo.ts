/**
 * On `npm start` in demo mode: loads the demo data into an empty database once, keeps the generated passwords and
 * terminal key in `<dataDir>/demo-credentials.json` (demo only) and prints them at every start.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppContext } from '../context.ts';
import { describeDemoChecks, demoPickups } from './demo-pickups.ts';
import { seedDemoDocuments } from './seed-demo-documents.ts';
import { seedDemoServices } from './seed-demo-services.ts';
import { seedDemoZone } from '../modules/zone/demo-zone.ts';
import { seedDemoMap } from '../modules/map/demo-map.ts';
import { seedDemoTour } from '../modules/tour/demo-tour.ts';
import { seedDemoTenants } from './seed-demo-tenants.ts';
import { isDatabaseEmpty, seedDemoData, type DemoCredentials } from './seed-demo.ts';

export async function prepareDemo(ctx: AppContext): Promise<DemoCredentials | null> {
  const file = join(ctx.config.dataDir, 'demo-credentials.json');
  if (await isDatabaseEmpty(ctx)) {
    const credentials = await seedDemoData(ctx, { openAroundTheClock: ctx.config.demo.openAroundTheClock });
    await seedDemoDocuments(ctx, credentials.terminalId);
    await seedDemoServices(ctx);
    await seedDemoZone(ctx);
    await seedDemoMap(ctx);
    await seedDemoTour(ctx);
    await seedDemoTenants(ctx, credentials);
    writeFileSync(file, JSON.stringify(credentials, null, 2), { mode: 0o600 });
    return credentials;
  }
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as DemoCredentials) : null;
}

/** The first lines of the start banner: this is the demo, and how to run the real thing. */
export const demoWarning = [
  'DEMO MODE: not for real documents. Invented data, a simulated box, SMS only on the outbox page.',
  'Production: BP_MODE=production with real settings (the hub refuses demo ones), see docs/installation.md.',
];

export function describeDemo(url: string, credentials: DemoCredentials | null): string {
  const lines = [
    ...demoWarning,
    '',
    `Bürgerpunkt demo is running at ${url}`,
    `  SMS outbox (demo phone):  ${url}/outbox`,
    `  API description:          ${url}/api/openapi.json`,
    `  Second town (invented):   ${url}/t/musterfelde/  (its own site and data; admin mf-admin)`,
    "  District offices (Landkreis Oberhavel) may load into both towns' boxes (account kreis).",
  ];
  if (credentials) {
    lines.push('  Demo staff accounts (username / password / roles):');
    for (const s of credentials.staff)
      lines.push(`    ${s.username.padEnd(8)} ${s.password}  ${s.roles.join(', ')}`);
    lines.push(`  Kiosk terminal key (header X-Terminal-Key): ${credentials.terminalKey}`);
    // The kiosk keeps the key from the address's fragment (never sent to the server) and then hides it.
    lines.push(
      `  Kiosk, ready to open:     ${url}/kiosk/#terminal=${encodeURIComponent(credentials.terminalKey)}`,
    );
    lines.push('  Try a pickup at the kiosk: the phone number, the code from the outbox page, then:');
    for (const pickup of demoPickups())
      lines.push(
        `    ${pickup.phone}  ${pickup.typeName} (${pickup.holderName}, compartment ${pickup.compartment}): ${describeDemoChecks(pickup)}`,
      );
  }
  lines.push('  Demo data only: invented store, people and numbers.', '');
  return lines.join('\n');
}
