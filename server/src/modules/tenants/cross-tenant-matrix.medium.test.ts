/**
 * The cross-tenant matrix (issue 20): tenant A is the demo town with all its data; tenant B is a second town with
 * its own admin, clerk, kiosk and public host name. Every route of the hub (from Fastify's route table, as the
 * authorisation matrix does, so a new route cannot be forgotten) is called by B's staff, B's kiosk and B's public
 * with A's ids in its path: nothing of A may come back (no 2xx, and no answer naming an id or reference of A), and
 * A's data is the same afterwards. A's own staff still see their data, so the scoping is not simply "nothing".
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareDemo } from '../../demo/prepare-demo.ts';
import { visitAgeGroups, visitTopics } from '@buergerpunkt/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffUser } from '../accounts/accounts-service.ts';
import { createTerminal } from '../accounts/terminals.ts';
import { seedDemoServices } from '../../demo/seed-demo-services.ts';
import { seedDemoMap } from '../map/demo-map.ts';
import { seedDemoTour } from '../tour/demo-tour.ts';
import { seedDemoZone } from '../zone/demo-zone.ts';
import { cliPrincipal } from '../../platform/principal.ts';
import {
  demoBox,
  registerTestDocument,
  seedTestHub,
  sessionTokenOf,
  type SeededHub,
} from '../../testing/fixtures.ts';
import { createTestHub } from '../../testing/test-context.ts';
import { tenantOwnedTables } from '../../db/migrations/0024_tenants.ts';
import { defaultTenantId } from './tenant-ids.ts';
import { createTenant } from './tenants-service.ts';

const dummyId = '00000000-0000-4000-8000-000000000000';
/**
 * Installation-wide on purpose (docs/tenants.md): the operator's health and readiness checks, and the audit log,
 * one hash chain for the whole installation (reading it per tenant is an open item), and the import template's
 * fixed example row.
 */
const installationWide = [
  '/api/health',
  '/api/ready',
  '/api/openapi.json',
  '/api/v1/audit',
  '/api/v1/documents/import/template',
];
const hostB = 'buergerpunkt.musterfelde.test';

let hub: SeededHub;
/** A's objects by the path segment that names them (`boxes/:id` → a box of A). */
const idsOfA: Record<string, string> = {};
/** Strings that only A's data contains (ids and references): none may reach B. */
const markersOfA = new Set<string>();
const callers: Record<string, { headers: Record<string, string> }> = {};

async function firstIdOfA(table: (typeof tenantOwnedTables)[number]): Promise<string | undefined> {
  const row = await hub.ctx.db
    .selectFrom(table)
    .select('id')
    .where('tenant_id', '=', defaultTenantId)
    .executeTakeFirst();
  return row?.id ? String(row.id) : undefined;
}

async function login(username: string, password: string): Promise<Record<string, string>> {
  const response = await hub.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
  });
  expect(response.statusCode, response.body).toBe(200);
  return { authorization: `Bearer ${sessionTokenOf(response)}` };
}

/** A's data as a fingerprint: every tenant-owned row of A, and A's documents and compartments. */
async function fingerprintOfA(): Promise<Record<string, string>> {
  const parts: Record<string, string> = {};
  const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
  // A kiosk's pairing request is nobody's until an admin confirms it (the terminal then is the admin's tenant's).
  for (const table of tenantOwnedTables.filter((t) => t !== 'kiosk_pairings')) {
    const rows = await hub.ctx.db
      .selectFrom(table)
      .selectAll()
      .where('tenant_id', '=', defaultTenantId)
      .orderBy('id')
      .execute();
    // When a kiosk or account was last seen changes with every call; it is no data of A's.
    for (const row of rows as Record<string, unknown>[]) {
      delete row.last_seen_at;
      delete row.last_used_at;
    }
    parts[table] = hashOf(rows);
  }
  parts.documents = hashOf(await hub.ctx.db.selectFrom('documents').selectAll().orderBy('id').execute());
  parts.compartments = hashOf(
    await hub.ctx.db.selectFrom('compartments').selectAll().orderBy('id').execute(),
  );
  return parts;
}

beforeAll(async () => {
  hub = await seedTestHub(await createTestHub());
  const ctx = hub.ctx;
  await seedDemoServices(ctx);
  await seedDemoZone(ctx);
  await seedDemoMap(ctx);
  await seedDemoTour(ctx);
  const document = await registerTestDocument(hub);

  // A visit, a suggestion and a call-back request of A, made the way A's public and zone staff make them.
  const visit = await hub.app.inject({
    method: 'POST',
    url: '/api/v1/zone/visits',
    headers: hub.staffHeaders.zone,
    payload: {
      visits: [
        {
          id: '11111111-1111-4111-8111-111111111111',
          time: ctx.clock.now().toISOString(),
          ageGroup: visitAgeGroups[0],
          topic: visitTopics[0],
        },
      ],
    },
  });
  expect(visit.statusCode, visit.body).toBeLessThan(300);

  idsOfA.boxes = demoBox.id;
  idsOfA.documents = document.id;
  idsOfA.issues = document.id;
  idsOfA.items = document.id;
  for (const [segment, table] of [
    ['pois', 'map_pois'],
    ['walks', 'map_walks'],
    ['tours', 'tours'],
    ['services', 'services'],
    ['callback-requests', 'service_callback_requests'],
    ['suggestions', 'suggestions'],
    ['visits', 'zone_visits'],
    ['announcements', 'zone_announcements'],
    ['staff-users', 'staff_users'],
    ['terminals', 'terminals'],
    ['offices', 'offices'],
    ['media', 'media_images'],
    ['alerts', 'alerts'],
  ] as const) {
    const id = await firstIdOfA(table);
    if (id) idsOfA[segment] = id;
  }
  for (const id of Object.values(idsOfA)) markersOfA.add(id);
  markersOfA.add(document.reference);

  // Tenant B: its public site under its own host name, an office, an admin, a clerk and a kiosk of its own.
  const tenantB = await createTenant(
    ctx,
    { name: 'Musterfelde (erfunden)', hostName: hostB, pathPrefix: true },
    cliPrincipal('tester'),
  );
  await ctx.db
    .insertInto('offices')
    .values({
      id: 'buergeramt-mf',
      name: 'Bürgeramt Musterfelde',
      short_name: 'BA MF',
      address: 'Marktplatz 1, Musterfelde',
      created_at: ctx.clock.now().toISOString(),
      tenant_id: tenantB.id,
    })
    .execute();
  for (const role of ['admin', 'clerk'] as const) {
    await createStaffUser(ctx, {
      username: `mf-${role}`,
      displayName: `Musterfelde ${role}`,
      password: 'musterfelde-password-1',
      roles: [role],
      officeId: 'buergeramt-mf',
      tenantId: tenantB.id,
    });
  }
  const kioskB = await createTerminal(ctx, { name: 'Kiosk Musterfelde', boxId: null, tenantId: tenantB.id });
  callers['B admin'] = { headers: await login('mf-admin', 'musterfelde-password-1') };
  callers['B clerk'] = { headers: await login('mf-clerk', 'musterfelde-password-1') };
  callers['B kiosk'] = { headers: { 'x-terminal-key': kioskB.key } };
  callers['B public'] = { headers: { host: hostB } };
}, 180_000);
afterAll(() => hub?.close());

/** The route's URL with A's ids where it names a thing of A (dummy ids elsewhere). */
function urlWithIdsOfA(url: string): { url: string; namesA: boolean } {
  let namesA = false;
  const parts = url.split('/').map((part, index, all) => {
    if (!part.startsWith(':') && part !== '*') return part;
    if (part === ':number') return '1';
    if (part === ':file' || part === '*') return 'x';
    if (part === ':boxId') return ((namesA = true), idsOfA.boxes!);
    if (part === ':documentId') return ((namesA = true), idsOfA.documents!);
    const id = idsOfA[all[index - 1] ?? ''];
    if (id) namesA = true;
    return id ?? dummyId;
  });
  return { url: parts.join('/'), namesA };
}

async function call(method: string, url: string, headers: Record<string, string>, index: number) {
  const bodyless = method === 'GET' || method === 'DELETE';
  const response = await hub.app.inject({
    method: method as 'GET',
    url,
    headers: { ...headers, ...(bodyless ? {} : { 'content-type': 'application/json' }) },
    ...(bodyless ? {} : { payload: '{}' }),
    remoteAddress: `198.51.100.${(index % 250) + 1}`,
    payloadAsStream: true,
  });
  // The live event stream never ends: read what is there, then stop.
  const stream = response.stream();
  const chunks: Buffer[] = [];
  if (url !== '/api/v1/live' && !url.endsWith('.pmtiles'))
    for await (const chunk of stream) chunks.push(chunk);
  stream.destroy();
  return { status: response.statusCode, body: Buffer.concat(chunks).toString('utf8') };
}

describe('cross-tenant matrix', { timeout: 300_000 }, () => {
  it("gives B's staff, kiosk and public nothing of A on any route, and leaves A's data as it was", async () => {
    const before = await fingerprintOfA();
    const routes = [...hub.app.routeTable]
      .filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/v1/auth/'))
      .sort((a, b) => a.url.localeCompare(b.url));
    const leaks: string[] = [];
    let index = 0;
    for (const route of routes) {
      const { url, namesA } = urlWithIdsOfA(route.url);
      for (const [name, caller] of Object.entries(callers)) {
        const { status, body } = await call(route.method, url, caller.headers, index++);
        const key = `${route.method} ${route.url} as ${name}`;
        if (status === 429) leaks.push(`${key}: rate limited, not tested`);
        if (namesA && status >= 200 && status < 300) leaks.push(`${key}: ${status} for A's object`);
        const wide = installationWide.some((prefix) => route.url.startsWith(prefix));
        const named = wide ? [] : [...markersOfA].filter((marker) => body.includes(marker));
        if (named.length > 0) leaks.push(`${key}: answer names A's ${named.join(', ')}`);
      }
    }
    expect(leaks).toEqual([]);
    expect(await fingerprintOfA()).toEqual(before);
  });

  it("refuses A's ids in a body too: B's admin cannot put B's clerk into A's office", async () => {
    const clerk = await hub.ctx.db
      .selectFrom('staff_users')
      .select('id')
      .where('username', '=', 'mf-clerk')
      .executeTakeFirstOrThrow();
    const moved = await hub.app.inject({
      method: 'PATCH',
      url: `/api/v1/staff-users/${clerk.id}`,
      headers: callers['B admin']!.headers,
      payload: { officeId: 'buergeramt-hn' },
    });
    expect(moved.statusCode, moved.body).toBe(404);
    expect(moved.json().code).toBe('office_not_found');
  });

  it("never lets B's catalogue import replace a service of A that has the same id", async () => {
    const exported = await hub.app.inject({
      method: 'GET',
      url: '/api/v1/services/export',
      headers: hub.staffHeaders.admin,
    });
    expect(exported.statusCode, exported.body).toBe(200);
    const [serviceOfA] = (exported.json() as { services: Record<string, unknown>[] }).services;
    expect(serviceOfA).toBeDefined();
    const before = await fingerprintOfA();
    const content = JSON.stringify({ services: [{ ...serviceOfA, name: 'Überschrieben von Musterfelde' }] });
    for (const mode of ['per_record', 'all_or_nothing'] as const) {
      const imported = await hub.app.inject({
        method: 'POST',
        url: '/api/v1/services/import',
        headers: callers['B admin']!.headers,
        payload: { format: 'json', mode, content },
      });
      expect(imported.statusCode, imported.body).toBe(200);
      const report = imported.json() as { created: number; updated: number; errors: { code: string }[] };
      expect(report.created + report.updated).toBe(0);
      expect(report.errors.map((e) => e.code)).toEqual(['id_of_other_tenant']);
    }
    expect(await fingerprintOfA()).toEqual(before);
  });

  it("lets A's own staff see A's objects (the scoping is not simply nothing)", async () => {
    for (const path of [
      `/api/v1/boxes/${idsOfA.boxes}`,
      `/api/v1/documents/${idsOfA.documents}`,
      `/api/v1/services/${idsOfA.services}`,
      `/api/v1/office/map/pois/${idsOfA.pois}`,
      `/api/v1/staff-users/${idsOfA['staff-users']}`,
    ]) {
      const response = await hub.app.inject({ method: 'GET', url: path, headers: hub.staffHeaders.admin });
      expect(response.statusCode, path).toBe(200);
    }
  });
});

describe("the demo's district", { timeout: 120_000 }, () => {
  it('serves the second town under /t/musterfelde/ with its own data, and lets the district offices use both towns’ boxes', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'bp-demo-tenants-'));
    const demo = await createTestHub({ config: { dataDir } });
    try {
      const credentials = await prepareDemo(demo.ctx);
      expect(credentials?.staff.map((s) => s.username)).toEqual(
        expect.arrayContaining(['mf-admin', 'kreis']),
      );
      const zoneOf = async (url: string) =>
        (await demo.app.inject({ method: 'GET', url })).json() as { announcements: { title: string }[] };
      const second = await zoneOf('/t/musterfelde/api/v1/public/zone');
      expect(second.announcements.map((a) => a.title)).toEqual(['Willkommen in Musterfelde (erfunden)']);
      const first = await zoneOf('/api/v1/public/zone');
      expect(first.announcements.length).toBeGreaterThan(0);
      expect(first.announcements.map((a) => a.title)).not.toContain('Willkommen in Musterfelde (erfunden)');
      // The second town has no box yet; Hohen Neuendorf's is not shown on its site.
      const boxes = await demo.app.inject({ method: 'GET', url: '/t/musterfelde/api/v1/public/boxes' });
      expect(boxes.json().boxes).toEqual([]);

      const kreis = credentials!.staff.find((s) => s.username === 'kreis')!;
      const login = await demo.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'kreis', password: kreis.password },
      });
      expect(login.statusCode, login.body).toBe(200);
      const headers = { authorization: `Bearer ${sessionTokenOf(login)}` };
      const usable = await demo.app.inject({ method: 'GET', url: '/api/v1/boxes', headers });
      expect(usable.json().map((b: { id: string }) => b.id)).toEqual([demoBox.id]);
      const offices = await demo.app.inject({ method: 'GET', url: '/api/v1/offices', headers });
      expect(
        offices
          .json()
          .map((o: { id: string }) => o.id)
          .sort(),
      ).toEqual(['auslaenderbehoerde-ohv', 'fuehrerscheinstelle-ohv']);
    } finally {
      await demo.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
