/** Pairing a kiosk by code over HTTP: ask, confirm as admin, fetch the key once; wrong, expired and limited cases. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoBox, seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { createTestHub } from '../../testing/test-context.ts';

describe('kiosk pairing by code', () => {
  let hub: SeededHub;
  beforeEach(async () => {
    hub = await seedTestHub(await createTestHub());
  });
  afterEach(() => hub.close());

  const ask = async (remoteAddress = '192.0.2.10') => {
    const response = await hub.app.inject({ method: 'POST', url: '/api/v1/kiosk/pairings', remoteAddress });
    expect(response.statusCode).toBe(201);
    return response.json() as {
      pairingId: string;
      code: string;
      secret: string;
      expiresAt: string;
      confirmUrl: string;
    };
  };
  const poll = (pairingId: string, secret: string) =>
    hub.app.inject({
      url: `/api/v1/kiosk/pairings/${pairingId}`,
      headers: { 'x-pairing-secret': secret },
    });
  const confirm = (code: string, role: 'admin' | 'clerk' | 'zone' = 'admin', name = 'Kiosk Eingang') =>
    hub.app.inject({
      method: 'POST',
      url: '/api/v1/terminals/pairings',
      headers: hub.staffHeaders[role],
      payload: { code, boxId: demoBox.id, name },
    });

  it('pairs a kiosk: the admin confirms the code, the kiosk gets a working key exactly once, audited', async () => {
    const pairing = await ask();
    expect(pairing.code).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    expect(pairing.expiresAt).toBe('2026-11-24T09:15:00.000Z');
    expect(pairing.confirmUrl).toBe(`http://localhost:3000/office/admin/terminals?pair=${pairing.code}`);
    const stored = await hub.ctx.db.selectFrom('kiosk_pairings').selectAll().executeTakeFirstOrThrow();
    const storedText = JSON.stringify(stored);
    expect(storedText).not.toContain(pairing.code.replace('-', ''));
    expect(storedText).not.toContain(pairing.secret);
    expect(storedText).not.toContain('192.0.2.10');

    expect((await poll(pairing.pairingId, pairing.secret)).json()).toEqual({ state: 'waiting' });

    // Typed in lower case without the dash, as people do.
    const confirmed = await confirm(pairing.code.toLowerCase().replace('-', ''));
    expect(confirmed.statusCode).toBe(201);
    const terminal = confirmed.json().terminal;
    expect(terminal).toMatchObject({ name: 'Kiosk Eingang', boxId: demoBox.id });

    const row = await hub.ctx.db.selectFrom('kiosk_pairings').selectAll().executeTakeFirstOrThrow();
    expect(row.sealed_key).not.toBeNull();
    expect(row.sealed_key).not.toContain('kiosk_');

    const fetched = await poll(pairing.pairingId, pairing.secret);
    expect(fetched.statusCode).toBe(200);
    const { state, key } = fetched.json();
    expect(state).toBe('confirmed');
    expect(key).toMatch(/^kiosk_/);
    const afterFetch = await hub.ctx.db.selectFrom('kiosk_pairings').selectAll().executeTakeFirstOrThrow();
    expect(afterFetch.sealed_key).toBeNull();

    // Once only.
    const again = await poll(pairing.pairingId, pairing.secret);
    expect(again.statusCode).toBe(404);
    expect(again.json().code).toBe('pairing_not_found');

    // The key works at the kiosk and belongs to the new terminal of the chosen box.
    const settings = await hub.app.inject({
      url: '/api/v1/kiosk/settings',
      headers: { 'x-terminal-key': key },
    });
    expect(settings.statusCode).toBe(200);
    expect(settings.json().boxId).toBe(demoBox.id);
    const terminalRow = await hub.ctx.db
      .selectFrom('terminals')
      .selectAll()
      .where('id', '=', terminal.id)
      .executeTakeFirstOrThrow();
    expect(terminalRow.key_hash).not.toContain(key);

    const audit = await hub.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'terminal.pair')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.entity_id).toBe(terminal.id);
    expect(audit[0]!.data).not.toContain(key);

    // It is an ordinary terminal: listed for admins, and revoking it stops its key at once.
    const listed = await hub.app.inject({ url: '/api/v1/terminals', headers: hub.staffHeaders.admin });
    expect(listed.json().terminals).toContainEqual(
      expect.objectContaining({ id: terminal.id, name: 'Kiosk Eingang', boxId: demoBox.id, revokedAt: null }),
    );
    const revoked = await hub.app.inject({
      method: 'POST',
      url: `/api/v1/terminals/${terminal.id}/revoke`,
      headers: hub.staffHeaders.admin,
      payload: {},
    });
    expect(revoked.statusCode).toBe(200);
    const refused = await hub.app.inject({
      url: '/api/v1/kiosk/settings',
      headers: { 'x-terminal-key': key },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('terminal_revoked');

    // A used code cannot pair a second terminal.
    const reuse = await confirm(pairing.code);
    expect(reuse.statusCode).toBe(409);
    expect(reuse.json().code).toBe('pairing_code_used');
  });

  it('refuses a wrong code, a wrong secret and non-admins', async () => {
    const pairing = await ask();
    const wrong = await confirm('ABCD-EFGH');
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json().code).toBe('pairing_code_unknown');
    expect(wrong.json().title).toMatch(/Kopplungscode/);
    const malformed = await confirm('ABCD-EFG0');
    expect(malformed.statusCode).toBe(404);

    for (const role of ['clerk', 'zone'] as const) {
      const refused = await confirm(pairing.code, role);
      expect(refused.statusCode).toBe(403);
    }
    const anonymous = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/terminals/pairings',
      payload: { code: pairing.code, boxId: demoBox.id, name: 'x' },
    });
    expect(anonymous.statusCode).toBe(401);

    const badSecret = await poll(pairing.pairingId, 'not-the-secret-of-this-pairing');
    expect(badSecret.statusCode).toBe(403);
    expect(badSecret.json().code).toBe('pairing_secret_invalid');
    const noSecret = await hub.app.inject({ url: `/api/v1/kiosk/pairings/${pairing.pairingId}` });
    expect(noSecret.statusCode).toBe(403);

    const unknownBox = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/terminals/pairings',
      headers: hub.staffHeaders.admin,
      payload: { code: pairing.code, boxId: 'no-such-box', name: 'x' },
    });
    expect(unknownBox.statusCode).toBe(404);
    expect(unknownBox.json().code).toBe('box_not_found');
    // Nothing of it created a terminal; the pairing still waits.
    expect((await poll(pairing.pairingId, pairing.secret)).json()).toEqual({ state: 'waiting' });
  });

  it('refuses an expired code with a clear message and purges it', async () => {
    const pairing = await ask();
    hub.clock.advance(15 * 60_000);
    const late = await confirm(pairing.code);
    expect(late.statusCode).toBe(410);
    expect(late.json().code).toBe('pairing_code_expired');
    expect(late.json().title).toMatch(/abgelaufen/);
    expect(await hub.ctx.db.selectFrom('kiosk_pairings').selectAll().execute()).toHaveLength(0);
    expect((await confirm(pairing.code)).json().code).toBe('pairing_code_unknown');

    const other = await ask();
    hub.clock.advance(15 * 60_000 + 1);
    expect((await poll(other.pairingId, other.secret)).json()).toEqual({ state: 'expired' });
    expect(await hub.ctx.db.selectFrom('kiosk_pairings').selectAll().execute()).toHaveLength(0);
    expect(await hub.ctx.db.selectFrom('terminals').selectAll().execute()).toHaveLength(1);
  });

  it('limits pairings per address to 10 in 15 minutes, counted in the database', async () => {
    for (let i = 0; i < 10; i++) await ask('198.51.100.7');
    const limited = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/kiosk/pairings',
      remoteAddress: '198.51.100.7',
    });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('pairing_rate_limited');
    // Another address is not affected; after the window the first may ask again.
    await ask('198.51.100.8');
    hub.clock.advance(15 * 60_000 + 1);
    await ask('198.51.100.7');
  });
});
