/**
 * Access administration over HTTP: kiosk terminals (create, rename, revoke, last seen), API tokens (expiry, no admin
 * role, creator locked, last use), offices, and the first-login password change.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedTestHub, sessionTokenOf, testPassword, type SeededHub } from '../../testing/fixtures.ts';
import { createTestHub } from '../../testing/test-context.ts';

describe('access administration', () => {
  let hub: SeededHub;
  beforeEach(async () => {
    hub = await seedTestHub(await createTestHub({ config: { publicUrl: 'https://buergerpunkt.example' } }));
  });
  afterEach(() => hub.close());

  const post = (url: string, payload: unknown, headers: Record<string, string> = hub.staffHeaders.admin) =>
    hub.app.inject({ method: 'POST', url, headers, payload: payload as object });
  const patchTo = (url: string, payload: unknown, headers: Record<string, string> = hub.staffHeaders.admin) =>
    hub.app.inject({ method: 'PATCH', url, headers, payload: payload as object });
  const get = (url: string, headers: Record<string, string> = hub.staffHeaders.admin) =>
    hub.app.inject({ url, headers });
  const login = (username: string, password: string) =>
    hub.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  const auditActions = async (entityId: string) =>
    (
      await hub.ctx.db
        .selectFrom('audit_log')
        .select(['action', 'actor_type'])
        .where('entity_id', '=', entityId)
        .orderBy('seq')
        .execute()
    ).map((row) => `${row.actor_type}:${row.action}`);

  describe('kiosk terminals', () => {
    it('creates a terminal with a key and pairing link that work on the kiosk at once', async () => {
      const created = await post('/api/v1/terminals', { boxId: 'dokbox-hn', name: ' Kiosk Eingang ' });
      expect(created.statusCode, created.body).toBe(201);
      const { terminal, key, pairingUrl } = created.json();
      expect(key).toMatch(/^kiosk_[A-Za-z0-9_-]{20,}$/);
      expect(pairingUrl).toBe(`https://buergerpunkt.example/kiosk/#terminal=${encodeURIComponent(key)}`);
      expect(terminal).toEqual({
        id: expect.any(String),
        name: 'Kiosk Eingang',
        boxId: 'dokbox-hn',
        createdAt: '2026-11-24T09:00:00.000Z',
        lastSeenAt: null,
        revokedAt: null,
      });
      const settings = await get('/api/v1/kiosk/settings', { 'x-terminal-key': key });
      expect(settings.statusCode, settings.body).toBe(200);
      expect(settings.json().boxId).toBe('dokbox-hn');

      const list = await get('/api/v1/terminals');
      expect(list.statusCode).toBe(200);
      expect(list.body).not.toContain(key);
      const listed = list.json().terminals.find((t: { id: string }) => t.id === terminal.id);
      expect(listed.lastSeenAt).toBe('2026-11-24T09:00:00.000Z');
      expect(list.json().terminals.map((t: { name: string }) => t.name)).toContain(
        'Kiosk an der DokBox Hohen Neuendorf',
      );
      expect(await auditActions(terminal.id)).toEqual(['staff:terminal.create']);
    });

    it('records when a terminal was last seen, at most once a minute', async () => {
      const lastSeen = async () =>
        (
          await hub.ctx.db
            .selectFrom('terminals')
            .select('last_seen_at')
            .where('name', '=', 'Kiosk an der DokBox Hohen Neuendorf')
            .executeTakeFirstOrThrow()
        ).last_seen_at;
      expect(await lastSeen()).toBeNull();
      await get('/api/v1/kiosk/settings', hub.terminalHeaders);
      expect(await lastSeen()).toBe('2026-11-24T09:00:00.000Z');
      hub.clock.advance(30_000);
      await get('/api/v1/kiosk/settings', hub.terminalHeaders);
      expect(await lastSeen()).toBe('2026-11-24T09:00:00.000Z');
      hub.clock.advance(31_000);
      await get('/api/v1/kiosk/settings', hub.terminalHeaders);
      expect(await lastSeen()).toBe('2026-11-24T09:01:01.000Z');
    });

    it('renames and revokes; a revoked key answers 403 terminal_revoked on every kiosk route', async () => {
      const { terminal, key } = (await post('/api/v1/terminals', { boxId: 'dokbox-hn', name: 'K2' })).json();
      const renamed = await patchTo(`/api/v1/terminals/${terminal.id}`, { name: 'Kiosk Hof' });
      expect(renamed.statusCode).toBe(200);
      expect(renamed.json()).toMatchObject({ id: terminal.id, name: 'Kiosk Hof', revokedAt: null });

      const revoked = await post(`/api/v1/terminals/${terminal.id}/revoke`, {});
      expect(revoked.statusCode).toBe(200);
      expect(revoked.json()).toMatchObject({ name: 'Kiosk Hof', revokedAt: '2026-11-24T09:00:00.000Z' });
      const headers = { 'x-terminal-key': key };
      for (const response of [
        await get('/api/v1/kiosk/settings', headers),
        await post('/api/v1/kiosk/pickups', { phone: '0151 23456789', code: '123456' }, headers),
        await post('/api/v1/kiosk/call-staff', { reason: 'help' }, headers),
        // Zone suggestions sent from the kiosk check the same key.
        await post('/api/v1/suggestions', { text: 'Mehr Bänke am Markt, bitte' }, headers),
      ]) {
        expect(response.statusCode, response.body).toBe(403);
        expect(response.json().code).toBe('terminal_revoked');
      }
      // An unknown key keeps its answer; other terminals keep working.
      const unknown = await get('/api/v1/kiosk/settings', { 'x-terminal-key': 'kiosk_never_issued_key' });
      expect(unknown.statusCode).toBe(401);
      expect(unknown.json().code).toBe('terminal_unknown');
      expect((await get('/api/v1/kiosk/settings', hub.terminalHeaders)).statusCode).toBe(200);
      // Revoking again changes nothing.
      const again = await post(`/api/v1/terminals/${terminal.id}/revoke`, {});
      expect(again.json().revokedAt).toBe('2026-11-24T09:00:00.000Z');
      expect(await auditActions(terminal.id)).toEqual([
        'staff:terminal.create',
        'staff:terminal.renamed',
        'staff:terminal.revoked',
      ]);
    });

    it('refuses non-admins, bad bodies and unknown boxes or terminals', async () => {
      for (const role of ['clerk', 'loader', 'zone', 'auditor'] as const) {
        const headers = hub.staffHeaders[role];
        expect((await get('/api/v1/terminals', headers)).statusCode).toBe(403);
        expect((await post('/api/v1/terminals', { boxId: 'dokbox-hn', name: 'X' }, headers)).statusCode).toBe(
          403,
        );
      }
      expect((await get('/api/v1/terminals', {})).statusCode).toBe(401);
      for (const body of [
        { boxId: 'dokbox-hn' },
        { boxId: 'dokbox-hn', name: '' },
        { name: 'x', extra: 1 },
      ]) {
        const response = await post('/api/v1/terminals', body);
        expect(response.statusCode).toBe(400);
        expect(response.json().code).toBe('validation_failed');
      }
      const noBox = await post('/api/v1/terminals', { boxId: 'no-such-box', name: 'X' });
      expect(noBox.statusCode).toBe(404);
      expect(noBox.json().code).toBe('box_not_found');
      const missing = await post('/api/v1/terminals/nope/revoke', {});
      expect(missing.statusCode).toBe(404);
      expect(missing.json().code).toBe('terminal_not_found');
      expect((await patchTo('/api/v1/terminals/nope', { name: 'x' })).json().code).toBe('terminal_not_found');
      expect((await patchTo('/api/v1/terminals/nope', {})).statusCode).toBe(400);
    });
  });

  describe('API tokens', () => {
    const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });
    const registerIssues =
      '/api/v1/register/issues?from=2026-11-24T00:00:00%2B01:00&to=2026-11-25T00:00:00%2B01:00';

    it('creates a token that expires (90 days by default), lists it without the secret, records its use', async () => {
      const created = await post('/api/v1/api-tokens', { name: 'Fachverfahren', roles: ['clerk'] });
      expect(created.statusCode, created.body).toBe(201);
      const { token, secret } = created.json();
      expect(secret).toMatch(/^bp_/);
      expect(token).toEqual({
        id: expect.any(String),
        name: 'Fachverfahren',
        roles: ['clerk'],
        createdBy: 'admin',
        createdAt: '2026-11-24T09:00:00.000Z',
        expiresAt: '2027-02-22T09:00:00.000Z',
        lastUsedAt: null,
        revokedAt: null,
      });
      const me = await get('/api/v1/auth/me', bearer(secret));
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({ actor: { type: 'token', id: token.id }, mustChangePassword: false });
      hub.clock.advance(20_000);
      await get('/api/v1/auth/me', bearer(secret));
      const list = await get('/api/v1/api-tokens');
      expect(list.statusCode).toBe(200);
      expect(list.body).not.toContain(secret);
      expect(list.json().tokens).toEqual([{ ...token, lastUsedAt: '2026-11-24T09:00:00.000Z' }]);
      hub.clock.advance(60_000);
      await get('/api/v1/auth/me', bearer(secret));
      expect((await get('/api/v1/api-tokens')).json().tokens[0].lastUsedAt).toBe('2026-11-24T09:01:20.000Z');
      expect(await auditActions(token.id)).toEqual(['staff:api_token.create']);
    });

    it('stops working when it expires (401)', async () => {
      const { secret } = (
        await post('/api/v1/api-tokens', { name: 'Kurz', roles: ['auditor'], expiresInDays: 1 })
      ).json();
      expect((await get(registerIssues, bearer(secret))).statusCode).toBe(200);
      hub.clock.advance(86_400_000 - 1000);
      expect((await get(registerIssues, bearer(secret))).statusCode).toBe(200);
      hub.clock.advance(1000);
      const expired = await get(registerIssues, bearer(secret));
      expect(expired.statusCode).toBe(401);
    });

    it('stops working when revoked (401), audited', async () => {
      const { token, secret } = (
        await post('/api/v1/api-tokens', { name: 'Weg', roles: ['auditor'] })
      ).json();
      const revoked = await post(`/api/v1/api-tokens/${token.id}/revoke`, {});
      expect(revoked.statusCode).toBe(200);
      expect(revoked.json().revokedAt).toBe('2026-11-24T09:00:00.000Z');
      expect((await get(registerIssues, bearer(secret))).statusCode).toBe(401);
      expect(await auditActions(token.id)).toEqual(['staff:api_token.create', 'staff:api_token.revoked']);
      const missing = await post('/api/v1/api-tokens/nope/revoke', {});
      expect(missing.statusCode).toBe(404);
      expect(missing.json().code).toBe('api_token_not_found');
    });

    it('never carries the admin role and refuses other bad bodies', async () => {
      const adminToken = await post('/api/v1/api-tokens', { name: 'Allmacht', roles: ['clerk', 'admin'] });
      expect(adminToken.statusCode).toBe(400);
      expect(adminToken.json().code).toBe('api_token_admin_role');
      for (const body of [
        { name: 'x', roles: ['clerk'], expiresInDays: 0 },
        { name: 'x', roles: ['clerk'], expiresInDays: 366 },
        { name: 'x', roles: [] },
        { name: 'x', roles: ['emperor'] },
        { roles: ['clerk'] },
        { name: 'x', roles: ['clerk'], secret: 'mine' },
      ]) {
        const response = await post('/api/v1/api-tokens', body);
        expect(response.statusCode, JSON.stringify(body)).toBe(400);
        expect(response.json().code).toBe('validation_failed');
      }
      expect(
        (await post('/api/v1/api-tokens', { name: 'x', roles: ['clerk'], expiresInDays: 365 })).statusCode,
      ).toBe(201);
      // A token cannot make tokens (that needs admin), and non-admins cannot either.
      const { secret } = (await post('/api/v1/api-tokens', { name: 'y', roles: ['clerk'] })).json();
      expect(
        (await post('/api/v1/api-tokens', { name: 'z', roles: ['clerk'] }, bearer(secret))).statusCode,
      ).toBe(403);
      for (const role of ['clerk', 'auditor'] as const) {
        expect((await get('/api/v1/api-tokens', hub.staffHeaders[role])).statusCode).toBe(403);
        expect(
          (await post('/api/v1/api-tokens', { name: 'z', roles: ['clerk'] }, hub.staffHeaders[role]))
            .statusCode,
        ).toBe(403);
      }
    });

    it("stops working while its creator's account is locked", async () => {
      const second = await post('/api/v1/staff-users', {
        username: 'admin2',
        displayName: 'Zweite Admin',
        password: 'ein langes Passwort',
        roles: ['admin'],
      });
      expect(second.statusCode).toBe(201);
      const session = sessionTokenOf(await login('admin2', 'ein langes Passwort'));
      const { secret } = (
        await post('/api/v1/api-tokens', { name: 'Von admin2', roles: ['auditor'] }, bearer(session))
      ).json();
      expect((await get(registerIssues, bearer(secret))).statusCode).toBe(200);
      expect((await patchTo(`/api/v1/staff-users/${second.json().id}`, { active: false })).statusCode).toBe(
        200,
      );
      expect((await get(registerIssues, bearer(secret))).statusCode).toBe(401);
      await patchTo(`/api/v1/staff-users/${second.json().id}`, { active: true });
      expect((await get(registerIssues, bearer(secret))).statusCode).toBe(200);
    });
  });

  describe('offices', () => {
    it('creates and changes an office, audited; admins only', async () => {
      const created = await post('/api/v1/offices', {
        name: 'Standesamt Hohen Neuendorf',
        shortName: 'Standesamt',
        address: 'Oranienburger Str. 2, 16540 Hohen Neuendorf',
      });
      expect(created.statusCode, created.body).toBe(201);
      const office = created.json();
      expect(office).toMatchObject({ id: expect.any(String), shortName: 'Standesamt' });
      expect((await get('/api/v1/offices', hub.staffHeaders.clerk)).json()).toContainEqual(office);
      const changed = await patchTo(`/api/v1/offices/${office.id}`, { shortName: 'Standesamt HN' });
      expect(changed.statusCode).toBe(200);
      expect(changed.json()).toEqual({ ...office, shortName: 'Standesamt HN' });
      expect(await auditActions(office.id)).toEqual(['staff:office.created', 'staff:office.updated']);

      expect((await post('/api/v1/offices', { name: 'x', shortName: 'x' })).statusCode).toBe(400);
      expect((await patchTo(`/api/v1/offices/${office.id}`, {})).statusCode).toBe(400);
      expect((await patchTo('/api/v1/offices/nope', { name: 'x' })).json().code).toBe('office_not_found');
      expect(
        (await post('/api/v1/offices', { name: 'x', shortName: 'x', address: 'y' }, hub.staffHeaders.clerk))
          .statusCode,
      ).toBe(403);
      expect(
        (await patchTo(`/api/v1/offices/${office.id}`, { name: 'x' }, hub.staffHeaders.zone)).statusCode,
      ).toBe(403);
    });
  });

  describe('password change', () => {
    it('after a reset, only who-am-I, logout and the change are open until a new password is chosen', async () => {
      const loaderId = (
        await hub.ctx.db
          .selectFrom('staff_users')
          .select('id')
          .where('username', '=', 'loader')
          .executeTakeFirstOrThrow()
      ).id;
      const { oneTimePassword } = (await post(`/api/v1/staff-users/${loaderId}/reset-password`, {})).json();
      const loggedIn = await login('loader', oneTimePassword);
      expect(loggedIn.statusCode).toBe(200);
      expect(loggedIn.json().mustChangePassword).toBe(true);
      const headers = { authorization: `Bearer ${sessionTokenOf(loggedIn)}` };
      const blocked = await get('/api/v1/offices', headers);
      expect(blocked.statusCode).toBe(403);
      expect(blocked.json().code).toBe('password_change_required');
      const me = await get('/api/v1/auth/me', headers);
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({ user: { username: 'loader' }, mustChangePassword: true });

      const change = (payload: unknown) => post('/api/v1/auth/password', payload, headers);
      const wrong = await change({ currentPassword: 'falsch', newPassword: 'mein neues Passwort' });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().code).toBe('current_password_wrong');
      expect((await change({ currentPassword: oneTimePassword, newPassword: 'kurz' })).statusCode).toBe(400);
      const same = await change({ currentPassword: oneTimePassword, newPassword: oneTimePassword });
      expect(same.json().code).toBe('password_unchanged');
      expect((await change({ currentPassword: oneTimePassword })).statusCode).toBe(400);

      const done = await change({ currentPassword: oneTimePassword, newPassword: 'mein neues Passwort' });
      expect(done.statusCode).toBe(204);
      expect((await get('/api/v1/offices', headers)).statusCode).toBe(200);
      expect((await get('/api/v1/auth/me', headers)).json().mustChangePassword).toBe(false);
      expect((await login('loader', oneTimePassword)).statusCode).toBe(401);
      const again = await login('loader', 'mein neues Passwort');
      expect(again.json().mustChangePassword).toBe(false);
      expect(await auditActions(loaderId)).toEqual([
        'system:staff.create',
        'staff:staff.login',
        'staff:staff.password_reset',
        'staff:staff.login',
        'staff:staff.password_change_failed',
        'staff:staff.password_changed',
        'staff:staff.login_failed',
        'staff:staff.login',
      ]);
      const logout = await post('/api/v1/auth/logout', {}, headers);
      expect(logout.statusCode).toBe(204);
    });

    it('lets every staff member change their own password; other sessions end, tokens cannot', async () => {
      const other = sessionTokenOf(await login('clerk', testPassword('clerk')));
      const done = await post(
        '/api/v1/auth/password',
        { currentPassword: testPassword('clerk'), newPassword: 'ein ganz neues Passwort' },
        hub.staffHeaders.clerk,
      );
      expect(done.statusCode).toBe(204);
      expect((await get('/api/v1/auth/me', hub.staffHeaders.clerk)).statusCode).toBe(200);
      expect((await get('/api/v1/auth/me', { authorization: `Bearer ${other}` })).statusCode).toBe(401);
      const { secret } = (await post('/api/v1/api-tokens', { name: 't', roles: ['clerk'] })).json();
      const byToken = await post(
        '/api/v1/auth/password',
        { currentPassword: 'x', newPassword: 'ein ganz neues Passwort' },
        { authorization: `Bearer ${secret}` },
      );
      expect(byToken.statusCode).toBe(401);
      expect(
        (await post('/api/v1/auth/password', { currentPassword: 'x', newPassword: 'y'.repeat(12) }, {}))
          .statusCode,
      ).toBe(401);
    });
  });
});
