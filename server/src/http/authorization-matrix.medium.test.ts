/**
 * The authorisation matrix (issue 14): every route of the hub (from Fastify's own route table) is called as every
 * kind of principal, and who gets past authorisation (any answer but 401/403; a 404 for a dummy id counts as
 * passed) must equal the checked-in table `authorization-matrix.json`. A new route without an entry fails here, so
 * whoever adds one decides, in review, who may call it. `BP_TEST_WRITE_AUTH_MATRIX=1` rewrites the table from what
 * the hub does (then read the diff!).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTokenRoles, staffRoles } from '@buergerpunkt/contracts';
import { demoBox, seedTestHub, type SeededHub } from '../testing/fixtures.ts';
import { createTestHub } from '../testing/test-context.ts';

const tableFile = new URL('./authorization-matrix.json', import.meta.url);
const dummyId = '00000000-0000-4000-8000-000000000000';

let hub: SeededHub;
const principals: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  hub = await seedTestHub(await createTestHub());
  principals.anonymous = {};
  for (const role of staffRoles) principals[`staff:${role}`] = hub.staffHeaders[role];
  principals.kiosk = hub.terminalHeaders;
  const secret = await hub.app.inject({
    method: 'POST',
    url: `/api/v1/boxes/${demoBox.id}/agent-secret`,
    headers: hub.staffHeaders.admin,
  });
  expect(secret.statusCode).toBe(201);
  principals.agent = { authorization: `Bearer ${secret.json().secret}` };
  // Tokens never carry admin (400 api_token_admin_role); `integration` exists only for tokens.
  for (const role of apiTokenRoles.filter((r) => r !== 'admin')) {
    const token = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/api-tokens',
      headers: hub.staffHeaders.admin,
      payload: { name: `matrix ${role}`, roles: [role] },
    });
    expect(token.statusCode, token.body).toBe(201);
    principals[`token:${role}`] = { authorization: `Bearer ${token.json().secret}` };
  }
}, 120_000);
afterAll(() => hub?.close());

function concreteUrl(url: string): string {
  return url
    .replace(/:boxId/g, demoBox.id)
    .replace(/:[A-Za-z]+/g, dummyId)
    .replace(/\*/g, 'x');
}

/** One call; the answer's status is known once its head is written (the live event stream never ends). */
async function statusOf(method: string, url: string, headers: Record<string, string>, remoteAddress: string) {
  const send = async (contentType: string, payload: string) => {
    const bodyless = method === 'GET' || method === 'DELETE';
    const response = await hub.app.inject({
      method: method as 'GET',
      url,
      headers: { ...headers, ...(bodyless ? {} : { 'content-type': contentType }) },
      ...(bodyless ? {} : { payload }),
      remoteAddress,
      payloadAsStream: true,
    });
    response.stream().destroy();
    return response.statusCode;
  };
  const status = await send('application/json', '{}');
  // A route that reads a file (CSV) refuses JSON before anyone is asked who is calling: try its type.
  return status === 415 ? send('text/csv', 'a;b\n') : status;
}

describe('authorisation matrix', { timeout: 300_000 }, () => {
  it('lets exactly the principals of authorization-matrix.json past every route', async () => {
    const routes = [...hub.app.routeTable]
      .filter((r) => r.url.startsWith('/api/'))
      // Logging out ends the session the later calls use: last.
      .sort((a, b) => Number(a.url === '/api/v1/auth/logout') - Number(b.url === '/api/v1/auth/logout'));
    const actual: Record<string, string[]> = {};
    const names = Object.keys(principals);
    for (const route of routes) {
      const key = `${route.method} ${route.url}`;
      const allowed: string[] = [];
      for (const [index, name] of names.entries()) {
        // Each principal from its own address, so per-address rate limits never answer for authorisation.
        const status = await statusOf(
          route.method,
          concreteUrl(route.url),
          principals[name]!,
          `192.0.2.${index + 1}`,
        );
        expect(status, `${key} as ${name}`).not.toBe(429);
        if (status !== 401 && status !== 403) allowed.push(name);
      }
      actual[key] = allowed;
    }
    if (process.env.BP_TEST_WRITE_AUTH_MATRIX === '1') {
      const sorted = Object.fromEntries(Object.entries(actual).sort(([a], [b]) => a.localeCompare(b)));
      writeFileSync(tableFile, JSON.stringify(sorted, null, 2) + '\n');
    }
    const expected = JSON.parse(readFileSync(tableFile, 'utf8')) as Record<string, string[]>;
    const missing = Object.keys(actual).filter((key) => !(key in expected));
    expect(missing, 'routes without an entry in authorization-matrix.json').toEqual([]);
    const stale = Object.keys(expected).filter((key) => !(key in actual));
    expect(stale, 'entries of authorization-matrix.json without a route').toEqual([]);
    for (const [key, allowed] of Object.entries(actual)) expect(allowed, key).toEqual(expected[key]);
  });
});
