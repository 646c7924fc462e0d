/**
 * Route schemas compile on first use (http/lazy-schemas.ts): a validation failure still answers 400 with the
 * failing fields, a response is still shaped by its schema, and every schema of the app compiles — so a broken
 * schema fails this test instead of a citizen's first request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedTestHub, type SeededHub } from '../testing/fixtures.ts';
import { createTestHub } from '../testing/test-context.ts';

let hub: SeededHub;
beforeAll(async () => {
  hub = await seedTestHub(await createTestHub());
}, 120_000);
afterAll(() => hub?.close());

describe('lazily compiled route schemas', () => {
  it('validate on first use, with the failing fields in the answer', async () => {
    const first = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/kiosk/pickups',
      headers: hub.terminalHeaders,
      payload: { phone: { a: 1 }, code: { b: 2 } },
    });
    expect(first.statusCode).toBe(400);
    const problem = first.json<{ code: string; errors: { path: string }[] }>();
    expect(problem.code).toBe('validation_failed');
    expect(problem.errors.map((e) => e.path).join(' ')).toMatch(/body\/(phone|code)/);
    // The same function again (now compiled): the same answer.
    const again = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/kiosk/pickups',
      headers: hub.terminalHeaders,
      payload: { phone: { a: 1 }, code: { b: 2 } },
    });
    expect(again.json()).toEqual(first.json());
  });

  it('compile, every one of them', async () => {
    const health = await hub.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
    const compiled = hub.app.compileSchemas();
    expect(compiled).toBeGreaterThan(100);
    expect(hub.app.compileSchemas()).toBe(0);
  });
});
