/**
 * Issue 14: out-of-range numbers in a query or path reached the database (`?limit=1e309` answered 500, SQLite
 * "datatype mismatch"), because the validator coerced them to Infinity and skipped the range check. Every integer
 * parameter now goes through `IntegerParam` (contracts); this sweep takes every integer parameter the OpenAPI
 * document lists, so a route added later with a bare `Type.Integer` fails here.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffRoles, type StaffRole } from '@buergerpunkt/contracts';
import { createTestHub } from '../testing/test-context.ts';
import { seedTestHub, type SeededHub } from '../testing/fixtures.ts';

interface Parameter {
  in: 'query' | 'path' | 'header';
  name: string;
  schema?: { type?: string };
}

const outOfRange = ['1e309', '-1e309', '1.5', '1e20', '99999999999999999999999'];

/** Who may call each route (the authorisation matrix): the sweep calls as a staff role that gets past the guard. */
const matrix = JSON.parse(
  readFileSync(new URL('./authorization-matrix.json', import.meta.url), 'utf8'),
) as Record<string, string[]>;
function staffRoleFor(method: string, openApiPath: string): StaffRole {
  const allowed = matrix[`${method} ${openApiPath.replace(/\{(\w+)\}/g, ':$1')}`] ?? [];
  return staffRoles.find((role) => allowed.includes(`staff:${role}`)) ?? 'admin';
}
/** Kiosk-only routes (terminal key) are called as the kiosk: the guard runs before validation. */
function kioskOnly(method: string, openApiPath: string): boolean {
  const allowed = matrix[`${method} ${openApiPath.replace(/\{(\w+)\}/g, ':$1')}`] ?? [];
  return allowed.length === 1 && allowed[0] === 'kiosk';
}

describe('integer query and path parameters', () => {
  let hub: SeededHub;
  beforeAll(async () => {
    hub = await seedTestHub(await createTestHub());
  });
  afterAll(() => hub.close());

  it('answers 400, not 500, to the numbers from the issue', async () => {
    for (const url of ['/api/v1/documents?limit=1e309', '/api/v1/alerts?offset=1e309']) {
      const response = await hub.app.inject({ method: 'GET', url, headers: hub.staffHeaders.admin });
      expect(response.statusCode, url).toBe(400);
      expect(response.json()).toMatchObject({ code: 'validation_failed' });
    }
    const fine = await hub.app.inject({
      method: 'GET',
      url: '/api/v1/alerts?offset=0&limit=5',
      headers: hub.staffHeaders.admin,
    });
    expect(fine.statusCode).toBe(200);
  });

  it('answers 400 on every route with an integer parameter', async () => {
    const spec = (await hub.app.inject({ url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { parameters?: Parameter[] }>>;
    };
    const checked: string[] = [];
    for (const [path, operations] of Object.entries(spec.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const parameters = operation.parameters ?? [];
        for (const parameter of parameters.filter(
          (p) => p.in !== 'header' && (p.schema?.type === 'integer' || p.schema?.type === 'number'),
        )) {
          for (const value of outOfRange) {
            let url = path.replace(/\{(\w+)\}/g, (_, name: string) =>
              name === parameter.name && parameter.in === 'path' ? encodeURIComponent(value) : 'dokbox-hn',
            );
            if (parameter.in === 'query') url += `?${parameter.name}=${encodeURIComponent(value)}`;
            const response = await hub.app.inject({
              method: method.toUpperCase() as 'GET',
              url,
              headers: kioskOnly(method.toUpperCase(), path)
                ? hub.terminalHeaders
                : hub.staffHeaders[staffRoleFor(method.toUpperCase(), path)],
            });
            const where = `${method.toUpperCase()} ${url}`;
            expect(response.statusCode, `${where}: ${response.body}`).toBe(400);
            // A GET has no body to fail first, so the refusal must name this parameter.
            if (method === 'get') {
              const errors = (response.json().errors ?? []) as { path: string }[];
              expect(errors.map((e) => e.path).join(' '), where).toContain(parameter.name);
            }
          }
          checked.push(`${method.toUpperCase()} ${path} ${parameter.name}`);
        }
      }
    }
    // The sweep really ran over the routes the issue names (and the others).
    expect(checked).toEqual(
      expect.arrayContaining([
        'GET /api/v1/documents limit',
        'GET /api/v1/documents offset',
        'GET /api/v1/alerts offset',
        'GET /api/v1/audit/entries/{seq} seq',
        'POST /api/v1/boxes/{id}/compartments/{number}/open number',
      ]),
    );
    expect(checked.length).toBeGreaterThanOrEqual(20);
  });
});
