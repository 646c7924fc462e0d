import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../../../testing/test-context.ts';
import { createStaffUser } from '../accounts-service.ts';
import { signInAtTestProvider } from './testing-browser.ts';
import { startTestOidcProvider, type TestOidcProvider } from './testing-provider.ts';

const publicUrl = 'http://hub.test';

describe('single sign-on (OIDC) start and callback', () => {
  let provider: TestOidcProvider;
  let hub: TestHub;
  beforeEach(async () => {
    provider = await startTestOidcProvider({
      redirectUri: `${publicUrl}/api/v1/auth/oidc/callback`,
      groups: { erika: ['bp-clerks'], anna: ['bp-admins'], nobody: ['staff'], otto: ['bp-clerks'] },
    });
    hub = await createTestHub({
      config: {
        publicUrl,
        oidc: {
          enabled: true,
          issuerUrl: provider.issuer,
          clientId: provider.clientId,
          clientSecret: provider.clientSecret,
          scopes: 'openid profile groups',
          roleMapping: { 'bp-clerks': ['clerk'], 'bp-admins': ['admin', 'auditor'] },
          autoProvision: true,
        },
      },
    });
  });
  afterEach(async () => {
    await hub.close();
    await provider.close();
  });

  const start = async () => {
    const response = await hub.app.inject({ url: '/api/v1/auth/oidc/start?returnTo=/office/documents' });
    expect(response.statusCode).toBe(303);
    const cookie = response.cookies.find((c) => c.name === 'bp_oidc')!;
    return { location: new URL(response.headers.location as string), cookie };
  };

  it('offers the button and sends the browser to the provider with PKCE, state and nonce', async () => {
    expect((await hub.app.inject({ url: '/api/v1/auth/options' })).json()).toEqual({ oidc: true });
    const { location, cookie } = await start();
    expect(location.origin).toBe(provider.issuer);
    expect(Object.fromEntries(location.searchParams)).toMatchObject({
      client_id: provider.clientId,
      redirect_uri: `${publicUrl}/api/v1/auth/oidc/callback`,
      response_type: 'code',
      scope: 'openid profile groups',
      code_challenge_method: 'S256',
      code_challenge: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      state: expect.any(String),
      nonce: expect.any(String),
    });
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/v1/auth/oidc', maxAge: 600 });
    // The cookie is sealed: neither state nor verifier can be read from it.
    expect(cookie.value).not.toContain(location.searchParams.get('state')!);
  });

  it('refuses a callback whose state does not match, without the cookie, or too late, with a clear 400', async () => {
    const { location, cookie } = await start();
    const state = location.searchParams.get('state')!;
    const callback = (
      query: string,
      cookies: Record<string, string> = { bp_oidc: cookie.value },
      accept?: string,
    ) =>
      hub.app.inject({
        url: `/api/v1/auth/oidc/callback?${query}`,
        cookies,
        headers: accept ? { accept } : {},
      });

    const wrongState = await callback('code=abc&state=not-the-one');
    expect(wrongState.statusCode).toBe(400);
    expect(wrongState.headers['content-type']).toContain('application/problem+json');
    expect(wrongState.json()).toMatchObject({ code: 'oidc_state_invalid' });
    expect(wrongState.cookies.find((c) => c.name === 'bp_session')).toBeUndefined();

    const noCookie = await callback(`code=abc&state=${state}`, {});
    expect(noCookie.json()).toMatchObject({ code: 'oidc_state_invalid' });
    const forged = await callback(`code=abc&state=${state}`, { bp_oidc: 'x.y.z' });
    expect(forged.json()).toMatchObject({ code: 'oidc_state_invalid' });

    // A browser gets a German page with the way back, still a 400.
    const page = await callback('code=abc&state=nope', undefined, 'text/html,application/xhtml+xml');
    expect(page.statusCode).toBe(400);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('Bitte starten Sie die Anmeldung neu');
    expect(page.body).toContain('href="/office/"');

    // A code the provider never issued: the provider refuses, we say so without a 5xx.
    const badCode = await callback(`code=made-up&state=${state}`);
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json()).toMatchObject({ code: 'oidc_failed' });

    hub.clock.advance(11 * 60 * 1000);
    const late = await callback(`code=abc&state=${state}`);
    expect(late.json()).toMatchObject({ code: 'oidc_state_invalid' });
  });

  it('is a 404 when single sign-on is not configured', async () => {
    const plain = await createTestHub();
    try {
      expect((await plain.app.inject({ url: '/api/v1/auth/options' })).json()).toEqual({ oidc: false });
      const response = await plain.app.inject({ url: '/api/v1/auth/oidc/start' });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: 'oidc_disabled' });
    } finally {
      await plain.close();
    }
  });

  /** The whole round trip: start, the provider's pages, the callback. */
  const signIn = async (login: string) => {
    const { location, cookie } = await start();
    const back = await signInAtTestProvider(location.href, `${publicUrl}/api/v1/auth/oidc/callback`, login);
    return hub.app.inject({
      url: `/api/v1/auth/oidc/callback${back.search}`,
      cookies: { bp_oidc: cookie.value },
    });
  };
  const me = (token: string) =>
    hub.app.inject({ url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } });
  const auditActions = async () =>
    (await hub.ctx.db.selectFrom('audit_log').select(['action', 'data']).orderBy('seq').execute()).map(
      (row) => row.action,
    );

  it('creates an account on the first sign-in, opens a session and returns to the page asked for', async () => {
    const response = await signIn('erika');
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/office/documents');
    const session = response.cookies.find((c) => c.name === 'bp_session')!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect((await me(session.value)).json().user).toMatchObject({
      username: 'erika',
      displayName: 'erika (SSO)',
      roles: ['clerk'],
    });
    // Signing in again finds the same account by its subject.
    const again = await signIn('erika');
    expect((await me(again.cookies.find((c) => c.name === 'bp_session')!.value)).json().user.username).toBe(
      'erika',
    );
    expect(
      await hub.ctx.db.selectFrom('staff_users').select('id').where('username', '=', 'erika').execute(),
    ).toHaveLength(1);
    expect(await auditActions()).toEqual(['staff.create', 'staff.login', 'staff.login']);
  });

  it('links an existing account by username and takes over the provider’s roles, audited', async () => {
    await createStaffUser(hub.ctx, {
      username: 'anna',
      displayName: 'Anna Amt',
      password: 'correct horse battery',
      roles: ['clerk'],
    });
    const response = await signIn('anna');
    const user = (await me(response.cookies.find((c) => c.name === 'bp_session')!.value)).json().user;
    expect(user).toMatchObject({ username: 'anna', displayName: 'Anna Amt', roles: ['admin', 'auditor'] });
    const row = await hub.ctx.db
      .selectFrom('staff_users')
      .select('oidc_subject')
      .where('username', '=', 'anna')
      .executeTakeFirstOrThrow();
    expect(row.oidc_subject).toBe(`${provider.issuer}#sub-anna`);
    expect(await auditActions()).toEqual([
      'staff.create',
      'staff.oidc_link',
      'staff.roles_change',
      'staff.login',
    ]);
  });

  it('refuses people without a mapped group and blocked accounts with a clear 403, audited', async () => {
    const nobody = await signIn('nobody');
    expect(nobody.statusCode).toBe(403);
    expect(nobody.json()).toMatchObject({ code: 'oidc_no_roles' });
    expect(nobody.cookies.find((c) => c.name === 'bp_session')).toBeUndefined();

    await createStaffUser(hub.ctx, {
      username: 'otto',
      displayName: 'Otto',
      password: 'correct horse battery',
      roles: ['clerk'],
    });
    await hub.ctx.db.updateTable('staff_users').set({ active: 0 }).where('username', '=', 'otto').execute();
    const blocked = await signIn('otto');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json()).toMatchObject({ code: 'oidc_account_inactive' });
    expect(await auditActions()).toEqual([
      'staff.login_failed',
      'staff.create',
      'staff.oidc_link',
      'staff.login_failed',
    ]);
  });
});
