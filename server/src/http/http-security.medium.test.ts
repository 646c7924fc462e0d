/**
 * HTTP-level protections (issue 14): client addresses behind a trusted proxy, rate limits shared through the
 * database, the per-username login brake, the cross-site check on cookie sessions, JSON-only state changes, the
 * session only in its cookie, security headers on every response and the pixel limit of uploaded images.
 */
import sharp from 'sharp';
import { crc32 } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { maintenancePasses } from '../jobs/scheduler.ts';
import { seedTestHub, sessionTokenOf, testPassword, type SeededHub } from '../testing/fixtures.ts';
import { createTestHub, type TestHub } from '../testing/test-context.ts';
import { purgeRateLimitHits } from './rate-limits.ts';

let hubs: TestHub[] = [];
afterEach(async () => {
  for (const hub of hubs) await hub.close();
  hubs = [];
});

async function hub(config: Record<string, unknown> = {}): Promise<SeededHub> {
  const created = await createTestHub({ config });
  hubs.push(created);
  return seedTestHub(created);
}

type Injectable = Pick<SeededHub['app'], 'inject'>;

const login = (app: Injectable, username: string, password: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, headers });

describe('client addresses and rate limits', { timeout: 120_000 }, () => {
  it('behind a trusted proxy counts each X-Forwarded-For client apart', async () => {
    const trusted = await hub({ http: { trustProxy: ['127.0.0.1'] } });
    trusted.clock.advance(60_000); // a fresh window, without the fixture's logins
    // The login route allows 10 a minute per address; unknown usernames keep the username brake out of it.
    for (let i = 0; i < 10; i++)
      expect(
        (await login(trusted.app, `nobody${i}`, 'x', { 'x-forwarded-for': '203.0.113.7' })).statusCode,
      ).toBe(401);
    const limited = await login(trusted.app, 'nobody', 'x', { 'x-forwarded-for': '203.0.113.7' });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another client behind the same proxy is not locked out, and staff can still log in.
    expect((await login(trusted.app, 'nobody', 'x', { 'x-forwarded-for': '198.51.100.3' })).statusCode).toBe(
      401,
    );
    expect(
      (await login(trusted.app, 'clerk', testPassword('clerk'), { 'x-forwarded-for': '198.51.100.4' }))
        .statusCode,
    ).toBe(200);
  });

  it('ignores X-Forwarded-For from a proxy that is not trusted', async () => {
    // Not trusted (the default): a client cannot pick a new address per request.
    const direct = await hub();
    direct.clock.advance(60_000);
    for (let i = 0; i < 10; i++)
      await login(direct.app, `nobody${i}`, 'x', { 'x-forwarded-for': `203.0.113.${i + 1}` });
    expect((await login(direct.app, 'nobody', 'x', { 'x-forwarded-for': '192.0.2.99' })).statusCode).toBe(
      429,
    );
    // Trusted proxies other than the connecting address do not count either.
    const otherProxy = await hub({ http: { trustProxy: ['10.0.0.1'] } });
    otherProxy.clock.advance(60_000);
    for (let i = 0; i < 10; i++)
      await login(otherProxy.app, `nobody${i}`, 'x', { 'x-forwarded-for': `203.0.113.${i + 1}` });
    expect((await login(otherProxy.app, 'nobody', 'x', { 'x-forwarded-for': '192.0.2.99' })).statusCode).toBe(
      429,
    );
  });

  it('shares a limit between two hubs on one database, and the maintenance pass purges ended windows', async () => {
    const first = await hub();
    first.clock.advance(60_000);
    const second = await buildApp(first.ctx);
    await second.ready();
    try {
      for (let i = 0; i < 5; i++) expect((await login(first.app, `nobody${i}`, 'x')).statusCode).toBe(401);
      for (let i = 5; i < 10; i++) expect((await login(second, `nobody${i}`, 'x')).statusCode).toBe(401);
      expect((await login(second, 'nobody', 'x')).statusCode).toBe(429);
      expect((await login(first.app, 'nobody', 'x')).statusCode).toBe(429);
    } finally {
      await second.close();
    }
    const rows = () => first.ctx.db.selectFrom('rate_limit_hits').selectAll().execute();
    expect((await rows()).length).toBeGreaterThan(0);
    // Addresses and usernames are stored only as keyed hashes.
    expect(JSON.stringify(await rows())).not.toMatch(/127\.0\.0\.1|nobody/);
    expect(maintenancePasses.map((p) => p.name)).toContain('purge-rate-limit-hits');
    first.clock.advance(16 * 60_000);
    expect(await purgeRateLimitHits(first.ctx)).toBeGreaterThan(0);
    expect(await rows()).toEqual([]);
  });

  it('brakes a username after 10 failures from any addresses (429 with Retry-After, audited)', async () => {
    const h = await hub({ http: { trustProxy: 1 } });
    for (let i = 0; i < 10; i++) {
      const failed = await login(h.app, 'clerk', 'wrong', { 'x-forwarded-for': `203.0.113.${i + 1}` });
      expect(failed.statusCode).toBe(401);
    }
    // Even the right password, from a fresh address, waits now.
    const braked = await login(h.app, 'clerk', testPassword('clerk'), { 'x-forwarded-for': '198.51.100.1' });
    expect(braked.statusCode).toBe(429);
    expect(braked.json().code).toBe('login_braked');
    expect(Number(braked.headers['retry-after'])).toBeGreaterThan(0);
    // Other accounts are unaffected.
    expect((await login(h.app, 'loader', testPassword('loader'))).statusCode).toBe(200);
    const audit = await h.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'staff.login_braked')
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.data)).toMatchObject({ username: 'clerk', failures: 10 });
    h.clock.advance(15 * 60_000);
    expect((await login(h.app, 'clerk', testPassword('clerk'))).statusCode).toBe(200);
  });
});

describe('cookie sessions and cross-site requests', { timeout: 120_000 }, () => {
  it('answers a login with the session only in an HttpOnly cookie, never in the body', async () => {
    const h = await hub();
    const response = await login(h.app, 'admin', testPassword('admin'));
    expect(response.statusCode).toBe(200);
    expect(response.json()).not.toHaveProperty('token');
    const token = sessionTokenOf(response);
    expect(response.body).not.toContain(token);
    const cookie = response.cookies.find((c) => c.name === 'bp_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
  });

  it('names the cookie __Host-bp_session behind https (Secure, Path=/) and sends HSTS', async () => {
    const h = await hub({ publicUrl: 'https://buergerpunkt.example' });
    const response = await login(h.app, 'admin', testPassword('admin'), {
      origin: 'https://buergerpunkt.example',
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === '__Host-bp_session')!;
    expect(cookie).toMatchObject({ secure: true, path: '/', httpOnly: true });
    expect(cookie).not.toHaveProperty('domain');
    expect(response.headers['strict-transport-security']).toMatch(/max-age=\d{8}/);
    const me = await h.app.inject({ url: '/api/v1/auth/me', cookies: { '__Host-bp_session': cookie.value } });
    expect(me.statusCode).toBe(200);
    // The plain name is not read behind https (a sibling subdomain could plant it).
    const plain = await h.app.inject({ url: '/api/v1/auth/me', cookies: { bp_session: cookie.value } });
    expect(plain.statusCode).toBe(401);
  });

  it("refuses a cross-site state change with an admin's cookie (403), accepts the same origin", async () => {
    const h = await hub({ publicUrl: 'http://hub.example' });
    const token = h.staffHeaders.admin.authorization.slice(7);
    const post = (headers: Record<string, string>) =>
      h.app.inject({
        method: 'POST',
        url: '/api/v1/staff-users',
        cookies: { bp_session: token },
        headers,
        payload: {
          username: `x${Math.random().toString(36).slice(2, 8)}`,
          displayName: 'X',
          password: 'ein langes Passwort',
          roles: ['clerk'],
        },
      });
    const evil = await post({ origin: 'https://evil.example' });
    expect(evil.statusCode).toBe(403);
    expect(evil.json().code).toBe('cross_site_request');
    const fetchSite = await post({ 'sec-fetch-site': 'cross-site' });
    expect(fetchSite.statusCode).toBe(403);
    expect(fetchSite.json().code).toBe('cross_site_request');
    // A login from a foreign page is refused as well (it would sign the browser into the attacker's account).
    expect(
      (await login(h.app, 'admin', testPassword('admin'), { origin: 'https://evil.example' })).statusCode,
    ).toBe(403);
    // The hub's own pages pass; in demo mode also under the address they were opened with.
    expect(
      (await post({ origin: 'http://hub.example', 'sec-fetch-site': 'same-origin' })).statusCode,
    ).not.toBe(403);
    expect((await post({ origin: 'http://localhost:3000', host: 'localhost:3000' })).statusCode).not.toBe(
      403,
    );
    // A Bearer token is no ambient credential: no origin check.
    const bearer = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { ...h.staffHeaders.loader, origin: 'https://evil.example' },
    });
    expect(bearer.statusCode).toBe(204);
  });

  it('takes state changes as JSON only (text/plain 415) and a missing required body is 400', async () => {
    const h = await hub();
    const plain = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'text/plain' },
      payload: JSON.stringify({ username: 'admin', password: testPassword('admin') }),
    });
    expect(plain.statusCode).toBe(415);
    expect(plain.json().code).toBe('unsupported_media_type');
    const form = await h.app.inject({
      method: 'POST',
      url: '/api/v1/staff-users',
      headers: { ...h.staffHeaders.admin, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'username=x&displayName=y',
    });
    expect(form.statusCode).toBe(415);
    const missing = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login' });
    expect(missing.statusCode).toBe(400);
  });
});

describe('response headers and images', { timeout: 120_000 }, () => {
  it('sends nosniff on every response (API, errors, 404, pages) and no HSTS over http', async () => {
    const h = await hub();
    for (const url of ['/api/health', '/api/v1/auth/me', '/api/v1/nowhere', '/api/openapi.json', '/%']) {
      const response = await h.app.inject({ url });
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
      expect(response.headers['strict-transport-security'], url).toBeUndefined();
    }
    const refused = await login(h.app, 'nobody', 'x');
    expect(refused.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses a panorama of more than 50 megapixels before decoding it (422)', async () => {
    const h = await hub();
    // A real PNG whose header claims 10240 × 5120 (52 megapixels): refused from the header alone.
    const small = await sharp({ create: { width: 64, height: 32, channels: 3, background: '#88aacc' } })
      .png()
      .toBuffer();
    const huge = Buffer.from(small);
    huge.writeUInt32BE(10240, 16);
    huge.writeUInt32BE(5120, 20);
    huge.writeUInt32BE(crc32(huge.subarray(12, 29)), 29);
    const response = await h.app.inject({
      method: 'POST',
      url: '/api/v1/office/media/panoramas',
      payload: huge,
      headers: { ...h.staffHeaders.zone, 'content-type': 'application/octet-stream' },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('image_too_many_pixels');
  });
});
