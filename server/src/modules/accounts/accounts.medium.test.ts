import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../../testing/test-context.ts';
import { createStaffUser } from './accounts-service.ts';
import { sessionTokenOf } from '../../testing/fixtures.ts';

describe('staff login', () => {
  let hub: TestHub;
  beforeEach(async () => {
    hub = await createTestHub();
    await createStaffUser(hub.ctx, {
      username: 'anna',
      displayName: 'Anna Admin',
      password: 'correct horse battery',
      roles: ['admin'],
    });
  });
  afterEach(() => hub.close());

  it('answers health and serves the OpenAPI document', async () => {
    expect((await hub.app.inject({ url: '/api/health' })).statusCode).toBe(200);
    const openapi = await hub.app.inject({ url: '/api/openapi.json' });
    expect(openapi.statusCode).toBe(200);
    expect(openapi.json().paths['/api/v1/auth/login']).toBeDefined();
  });

  it('logs in with the right password and refuses a wrong one with a German problem', async () => {
    const ok = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'anna', password: 'correct horse battery' },
    });
    expect(ok.statusCode).toBe(200);
    const me = await hub.app.inject({
      url: '/api/v1/auth/me',
      headers: { authorization: `Bearer ${sessionTokenOf(ok)}` },
    });
    expect(me.json().triggers).toEqual(['admin']);

    const bad = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'anna', password: 'wrong' },
    });
    expect(bad.statusCode).toBe(401);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json()).toMatchObject({
      code: 'invalid_credentials',
      title: expect.stringContaining('Passwort'),
    });
  });

  it('answers hostile input with 4xx problems, never 5xx', async () => {
    const cases = [
      {
        method: 'POST' as const,
        url: '/api/v1/auth/login',
        payload: '{"username":',
        headers: { 'content-type': 'application/json' },
      },
      { method: 'POST' as const, url: '/api/v1/auth/login', payload: { username: ['x'], password: 1 } },
      {
        method: 'POST' as const,
        url: '/api/v1/auth/login',
        payload: 'x'.repeat(2_000_000),
        headers: { 'content-type': 'application/json' },
      },
      {
        method: 'POST' as const,
        url: '/api/v1/auth/login',
        payload: 'a=b',
        headers: { 'content-type': 'text/csv' },
      },
      { method: 'GET' as const, url: '/api/v1/auth/me', headers: { authorization: 'Bearer nope' } },
      { method: 'GET' as const, url: '/api/v1/nowhere' },
      {
        method: 'GET' as const,
        url: `/api/v1/documents/${'x'.repeat(500)}`,
        headers: { authorization: 'Bearer x' },
      },
      { method: 'GET' as const, url: '/api/v1/documents/%E0%A4%A' },
    ];
    for (const c of cases) {
      const response = await hub.app.inject(c);
      expect(response.statusCode, `${c.method} ${c.url}`).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, `${c.method} ${c.url}`).toBeLessThan(500);
      expect(response.json().code).toBeTypeOf('string');
    }
  });
});
