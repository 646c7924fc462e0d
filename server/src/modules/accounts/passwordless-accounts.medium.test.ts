/**
 * Accounts without a password (provisioned by single sign-on, `password_hash` null) must never log in with a
 * password: not at the login, not as the second person of a four-eyes loading. The hub once verified them against
 * a dummy hash of the constant 'not-a-real-password', so that constant logged them in.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerTestDocument } from '../../testing/fixtures.ts';
import { createBoxTestHub, documentRow, requestLoading, type BoxTestHub } from '../boxes/box-test-support.ts';

const formerDummyPassword = 'not-a-real-password';

describe('accounts without a password', () => {
  let t: BoxTestHub;
  beforeEach(async () => {
    t = await createBoxTestHub();
    await t.hub.ctx.db
      .insertInto('staff_users')
      .values({
        id: 'sso-loader-id',
        username: 'sso.loader',
        display_name: 'Sina Single-Sign-On (Test)',
        password_hash: null,
        roles: JSON.stringify(['loader', 'admin']),
        office_id: null,
        active: 1,
        created_at: t.hub.ctx.clock.now().toISOString(),
      })
      .execute();
  });
  afterEach(() => t.hub.close());

  it('refuses the login whatever password is typed, the former dummy one included', async () => {
    for (const password of [formerDummyPassword, '', 'x']) {
      const login = await t.hub.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'sso.loader', password },
      });
      expect(login.statusCode, `password ${JSON.stringify(password)}`).not.toBe(200);
      if (password === formerDummyPassword) {
        expect(login.statusCode).toBe(401);
        expect(login.json().code).toBe('invalid_credentials');
      }
    }
  });

  it('refuses it as the second person of a four-eyes loading', async () => {
    const { hub } = t;
    const policy = await hub.app.inject({
      method: 'PATCH',
      url: '/api/v1/document-types/passport',
      headers: hub.staffHeaders.admin,
      payload: { pickupPolicy: { check: 'date_of_birth', windowOpeningDays: null, fourEyesLoading: true } },
    });
    expect(policy.statusCode, policy.body).toBe(200);
    const document = await registerTestDocument(hub, { typeId: 'passport', dateOfBirth: '1980-01-01' });
    const refused = await requestLoading(hub, {
      documentId: document.id,
      secondLoader: { username: 'sso.loader', password: formerDummyPassword },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('second_loader_invalid');
    expect((await documentRow(hub, document.id)).state).toBe('registered');
  });
});
