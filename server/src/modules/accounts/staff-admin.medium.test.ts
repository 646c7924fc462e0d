/** Staff accounts managed by an admin over HTTP: list without hashes, change, lock, reset password; self-protection. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedTestHub, testPassword, type SeededHub } from '../../testing/fixtures.ts';
import { createTestHub } from '../../testing/test-context.ts';

describe('staff account administration', () => {
  let hub: SeededHub;
  beforeEach(async () => {
    hub = await seedTestHub(await createTestHub());
  });
  afterEach(() => hub.close());

  const userId = async (username: string) =>
    (
      await hub.ctx.db
        .selectFrom('staff_users')
        .select('id')
        .where('username', '=', username)
        .executeTakeFirstOrThrow()
    ).id;
  const patch = async (username: string, payload: unknown, role: 'admin' | 'clerk' = 'admin') =>
    hub.app.inject({
      method: 'PATCH',
      url: `/api/v1/staff-users/${await userId(username)}`,
      headers: hub.staffHeaders[role],
      payload: payload as object,
    });
  const login = (username: string, password: string) =>
    hub.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });

  it('lists accounts for admins only and never shows a password hash', async () => {
    const list = await hub.app.inject({ url: '/api/v1/staff-users', headers: hub.staffHeaders.admin });
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toMatch(/argon2|password_hash|passwordHash/);
    expect(list.json()).toContainEqual(
      expect.objectContaining({
        username: 'clerk',
        roles: ['clerk'],
        officeId: 'buergeramt-hn',
        active: true,
        hasPassword: true,
      }),
    );
    for (const role of ['clerk', 'auditor', 'loader'] as const) {
      expect(
        (await hub.app.inject({ url: '/api/v1/staff-users', headers: hub.staffHeaders[role] })).statusCode,
      ).toBe(403);
    }
  });

  it('creates an account that can log in, then changes name, roles and office, audited', async () => {
    const created = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/staff-users',
      headers: hub.staffHeaders.admin,
      payload: {
        username: 'neu',
        displayName: 'Nele Neu',
        password: 'ein langes Passwort',
        roles: ['loader'],
      },
    });
    expect(created.statusCode).toBe(201);
    expect((await login('neu', 'ein langes Passwort')).statusCode).toBe(200);
    const elsewhere = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/staff-users',
      headers: hub.staffHeaders.admin,
      payload: {
        username: 'neu2',
        displayName: 'Nina Neu',
        password: 'ein langes Passwort',
        roles: ['clerk'],
        officeId: 'no-such-office',
      },
    });
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.json().code).toBe('office_not_found');
    const changed = await patch('neu', {
      displayName: 'Nele Neumann',
      roles: ['clerk', 'loader'],
      officeId: 'buergeramt-hn',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      displayName: 'Nele Neumann',
      roles: ['clerk', 'loader'],
      officeId: 'buergeramt-hn',
    });
    expect((await patch('neu', { officeId: 'no-such-office' })).json().code).toBe('office_not_found');
    expect((await patch('neu', { roles: ['emperor'] })).statusCode).toBe(400);
    expect((await patch('neu', { passwordHash: 'x' })).statusCode).toBe(400);
    expect((await patch('neu', { displayName: 'x' }, 'clerk')).statusCode).toBe(403);
    const entry = await hub.ctx.db
      .selectFrom('audit_log')
      .select('data')
      .where('action', '=', 'staff.updated')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(entry.data)).toMatchObject({
      username: 'neu',
      roles: { before: ['loader'], after: ['clerk', 'loader'] },
    });
  });

  it('locks an account (its session ends at once) and unlocks it', async () => {
    const locked = await patch('clerk', { active: false });
    expect(locked.json().active).toBe(false);
    const me = await hub.app.inject({ url: '/api/v1/auth/me', headers: hub.staffHeaders.clerk });
    expect(me.statusCode).toBe(401);
    expect((await login('clerk', testPassword('clerk'))).statusCode).toBe(401);
    expect((await patch('clerk', { active: true })).json().active).toBe(true);
    expect((await login('clerk', testPassword('clerk'))).statusCode).toBe(200);
    const actions = await hub.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'in', ['staff.disabled', 'staff.enabled'])
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['staff.disabled', 'staff.enabled']);
  });

  it('refuses an admin removing their own admin role or locking themselves, with a clear 409', async () => {
    const demote = await patch('admin', { roles: ['clerk'] });
    expect(demote.statusCode).toBe(409);
    expect(demote.json()).toMatchObject({
      code: 'own_admin_role_required',
      title: expect.stringContaining('selbst'),
    });
    const lock = await patch('admin', { active: false });
    expect(lock.statusCode).toBe(409);
    expect(lock.json().code).toBe('cannot_disable_self');
    // Adding a role to oneself while keeping admin is fine.
    expect((await patch('admin', { roles: ['admin', 'auditor'] })).statusCode).toBe(200);
    expect(
      (await hub.app.inject({ url: '/api/v1/staff-users', headers: hub.staffHeaders.admin })).statusCode,
    ).toBe(200);
  });

  it('resets a password to a one-time password that works once shown, and ends old sessions', async () => {
    const id = await userId('loader');
    const reset = await hub.app.inject({
      method: 'POST',
      url: `/api/v1/staff-users/${id}/reset-password`,
      headers: hub.staffHeaders.admin,
    });
    expect(reset.statusCode).toBe(200);
    const { oneTimePassword } = reset.json();
    expect(oneTimePassword).toMatch(/^[a-zA-Z2-9]{16}$/);
    expect(
      (await hub.app.inject({ url: '/api/v1/auth/me', headers: hub.staffHeaders.loader })).statusCode,
    ).toBe(401);
    expect((await login('loader', testPassword('loader'))).statusCode).toBe(401);
    expect((await login('loader', oneTimePassword)).statusCode).toBe(200);
    const entry = await hub.ctx.db
      .selectFrom('audit_log')
      .select('data')
      .where('action', '=', 'staff.password_reset')
      .executeTakeFirstOrThrow();
    expect(entry.data).not.toContain(oneTimePassword);
    const unknown = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/staff-users/nope/reset-password',
      headers: hub.staffHeaders.admin,
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('staff_user_not_found');
  });
});
