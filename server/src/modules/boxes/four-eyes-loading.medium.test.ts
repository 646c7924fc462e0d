/**
 * Four-eyes loading (issue 9): for a type whose policy asks for it, the door unlocks for loading only with a second,
 * different loader's credentials in the same request; refusals leave the document where it was and queue nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerTestDocument, testPassword } from '../../testing/fixtures.ts';
import { hashPassword } from '../accounts/passwords.ts';
import { secondLoaderRefusalLimit, secondLoaderRefusalWindowMinutes } from './four-eyes-loading.ts';
import { createBoxTestHub, documentRow, requestLoading, type BoxTestHub } from './box-test-support.ts';

describe('four-eyes loading', () => {
  let t: BoxTestHub;
  beforeEach(async () => {
    t = await createBoxTestHub();
    const { hub } = t;
    const policy = await hub.app.inject({
      method: 'PATCH',
      url: '/api/v1/document-types/passport',
      headers: hub.staffHeaders.admin,
      payload: {
        pickupPolicy: { check: 'date_of_birth', windowOpeningDays: null, fourEyesLoading: true },
      },
    });
    expect(policy.statusCode, policy.body).toBe(200);
    await hub.ctx.db
      .insertInto('staff_users')
      .values({
        id: 'second-loader-id',
        username: 'loader3',
        display_name: 'Lena Zweite (Test)',
        password_hash: await hashPassword('second-loader-pass'),
        roles: JSON.stringify(['loader']),
        office_id: null,
        active: 1,
        created_at: hub.ctx.clock.now().toISOString(),
      })
      .execute();
  });
  afterEach(() => t.hub.close());

  /** Unlocks queued for a document (the simulated box's own sync commands are not counted). */
  const unlocksFor = (documentId: string) =>
    t.hub.ctx.db
      .selectFrom('box_commands')
      .selectAll()
      .where('document_id', '=', documentId)
      .where('type', '=', 'unlock')
      .execute();

  it('refuses without a second loader, with the same account, with a wrong password or a non-loader', async () => {
    const { hub } = t;
    const document = await registerTestDocument(hub, { typeId: 'passport', dateOfBirth: '1980-01-01' });
    expect((await documentRow(hub, document.id)).four_eyes_loading).toBe(1);

    const missing = await requestLoading(hub, { documentId: document.id });
    expect(missing.statusCode).toBe(409);
    expect(missing.json().code).toBe('second_loader_required');

    const same = await requestLoading(hub, {
      documentId: document.id,
      secondLoader: { username: 'loader', password: testPassword('loader') },
    });
    expect(same.statusCode).toBe(409);
    expect(same.json().code).toBe('second_loader_same_account');

    const wrongPassword = await requestLoading(hub, {
      documentId: document.id,
      secondLoader: { username: 'loader3', password: 'not-it' },
    });
    expect(wrongPassword.statusCode).toBe(403);
    expect(wrongPassword.json().code).toBe('second_loader_invalid');

    const clerk = await requestLoading(hub, {
      documentId: document.id,
      secondLoader: { username: 'clerk', password: testPassword('clerk') },
    });
    expect(clerk.statusCode).toBe(403);
    expect(clerk.json().code).toBe('second_loader_invalid');

    // Every refusal left the document as registered and opened no door.
    expect((await documentRow(hub, document.id)).state).toBe('registered');
    expect(await unlocksFor(document.id)).toHaveLength(0);
  });

  it('stops guessing a colleague’s password: after five refused second logins the loader waits a quarter hour', async () => {
    const { hub } = t;
    const document = await registerTestDocument(hub, { typeId: 'passport', dateOfBirth: '1980-01-01' });
    for (let attempt = 0; attempt < secondLoaderRefusalLimit; attempt++) {
      const wrong = await requestLoading(hub, {
        documentId: document.id,
        secondLoader: { username: 'loader3', password: `guess-${attempt}` },
      });
      expect(wrong.json().code).toBe('second_loader_invalid');
    }
    const right = {
      documentId: document.id,
      secondLoader: { username: 'loader3', password: 'second-loader-pass' },
    };
    const throttled = await requestLoading(hub, right);
    expect(throttled.statusCode).toBe(429);
    expect(throttled.json().code).toBe('second_loader_throttled');
    expect(throttled.headers['retry-after']).toBe(String(secondLoaderRefusalWindowMinutes * 60));
    expect((await documentRow(hub, document.id)).state).toBe('registered');
    expect(await unlocksFor(document.id)).toHaveLength(0);

    hub.clock.advance(secondLoaderRefusalWindowMinutes * 60_000 - 60_000);
    const stillThrottled = await requestLoading(hub, right);
    expect(stillThrottled.statusCode).toBe(429);
    expect(stillThrottled.headers['retry-after']).toBe('60');
    hub.clock.advance(60_000);
    const loaded = await requestLoading(hub, right);
    expect(loaded.statusCode, loaded.body).toBe(200);
  });

  it('unlocks with a second, different loader and records both', async () => {
    const { hub } = t;
    const document = await registerTestDocument(hub, { typeId: 'passport', dateOfBirth: '1980-01-01' });
    const loaded = await requestLoading(hub, {
      documentId: document.id,
      secondLoader: { username: 'loader3', password: 'second-loader-pass' },
    });
    expect(loaded.statusCode, loaded.body).toBe(200);
    expect(loaded.json()).toMatchObject({
      state: 'loading',
      fourEyes: { firstLoader: 'Lars Bestücker (Demo)', secondLoader: 'Lena Zweite (Test)' },
    });
    expect(await unlocksFor(document.id)).toHaveLength(1);
    const audit = await hub.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'loading.four_eyes_confirmed')
      .where('entity_id', '=', document.id)
      .executeTakeFirstOrThrow();
    const loaderId = hub.staffPrincipal('loader').actor.id;
    expect(audit.actor_id).toBe(loaderId);
    expect(JSON.parse(audit.data!)).toEqual({ firstLoader: loaderId, secondLoader: 'second-loader-id' });
  });

  it('types without four-eyes loading load with one person as before', async () => {
    const { hub } = t;
    const document = await registerTestDocument(hub);
    const loaded = await requestLoading(hub, { documentId: document.id });
    expect(loaded.statusCode).toBe(200);
    expect(loaded.json().fourEyes).toBeNull();
  });
});
