import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestHub } from '../../testing/test-context.ts';
import { seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { documentRow, placeNotifiedDocument } from './kiosk-test-support.ts';

/** 50 citizens (or one attacker with 50 connections) at once, over a real listening HTTP server. */
describe('kiosk pickups under concurrency', () => {
  let hub: SeededHub;
  let baseUrl: string;
  beforeEach(async () => {
    hub = await seedTestHub(await createTestHub());
    await hub.app.listen({ host: '127.0.0.1', port: 0 });
    baseUrl = `http://127.0.0.1:${(hub.app.server.address() as AddressInfo).port}`;
  });
  afterEach(() => hub.close());

  const postJson = async (path: string, body: object) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { ...hub.terminalHeaders, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('50 concurrent starts with the same code make one session; 50 concurrent opens unlock once', async () => {
    const doc = await placeNotifiedDocument(hub, { compartmentNumber: 3 });
    const starts = await Promise.all(
      Array.from({ length: 50 }, () =>
        postJson('/api/v1/kiosk/pickups', { phone: doc.phone, code: doc.code }),
      ),
    );
    const created = starts.filter((r) => r.status === 201);
    expect(created).toHaveLength(1);
    for (const other of starts.filter((r) => r.status !== 201)) {
      expect(other).toMatchObject({ status: 409, body: { code: 'pickup_in_progress' } });
    }
    const sessions = await hub.ctx.db.selectFrom('pickup_sessions').selectAll().execute();
    expect(sessions).toHaveLength(1);
    // Losing the race is not a wrong guess.
    expect((await documentRow(hub, doc.documentId)).code_failed_attempts).toBe(0);

    const pickupId = String(created[0]!.body.pickupId);
    const opens = await Promise.all(
      Array.from({ length: 50 }, () => postJson(`/api/v1/kiosk/pickups/${pickupId}/open`, {})),
    );
    expect(opens.filter((r) => r.status === 200)).toHaveLength(1);
    for (const other of opens.filter((r) => r.status !== 200)) {
      expect(other.status).toBe(409);
      expect(['pickup_already_opened', 'pickup_in_progress']).toContain(other.body.code);
    }
    const unlocks = await hub.ctx.db
      .selectFrom('box_commands')
      .selectAll()
      .where('type', '=', 'unlock')
      .where('document_id', '=', doc.documentId)
      .execute();
    expect(unlocks).toHaveLength(1);
    expect(JSON.parse(unlocks[0]!.payload)).toEqual({ compartment: 3, requireOccupied: true });
    expect((await documentRow(hub, doc.documentId)).state).toBe('pickup_in_progress');
    const transitions = await hub.ctx.db
      .selectFrom('audit_log')
      .select('seq')
      .where('action', '=', 'document.start_pickup')
      .execute();
    expect(transitions).toHaveLength(1);
  });

  it('counts every one of 20 concurrent wrong guesses: the code locks at 5 and the right one is refused', async () => {
    await hub.close();
    hub = await seedTestHub(await createTestHub({ config: { pickup: { terminalFreeFailures: 100 } } }));
    await hub.app.listen({ host: '127.0.0.1', port: 0 });
    baseUrl = `http://127.0.0.1:${(hub.app.server.address() as AddressInfo).port}`;
    const doc = await placeNotifiedDocument(hub);
    const wrongCodes = Array.from({ length: 20 }, (_, i) => String(100_000 + i * 7)).filter(
      (c) => c !== doc.code,
    );
    const guesses = await Promise.all(
      wrongCodes.map((code) => postJson('/api/v1/kiosk/pickups', { phone: doc.phone, code })),
    );
    expect(guesses.every((g) => g.status === 401)).toBe(true);
    const row = await documentRow(hub, doc.documentId);
    expect(row.code_failed_attempts).toBe(wrongCodes.length);
    expect(row.code_locked).toBe(1);
    const throttle = await hub.ctx.db.selectFrom('terminal_throttle').selectAll().executeTakeFirstOrThrow();
    expect(throttle.failures).toBe(wrongCodes.length);
    // A locked code answers like a wrong one (issue 14).
    const right = await postJson('/api/v1/kiosk/pickups', { phone: doc.phone, code: doc.code });
    expect(right).toMatchObject({ status: 401, body: { code: 'code_wrong' } });
  });

  it('brakes 40 parallel wrong guesses from one terminal: only the free ones and the blocking one are evaluated', async () => {
    // Issue 14: the block was read outside the transaction that counted the failure, so parallel guesses were all
    // evaluated before it landed. Now the check and the count happen under the terminal's throttle row.
    const { terminalFreeFailures: free } = hub.config.pickup;
    const doc = await placeNotifiedDocument(hub);
    const wrongCodes = Array.from({ length: 41 }, (_, i) => String(200_000 + i * 11))
      .filter((c) => c !== doc.code)
      .slice(0, 40);
    const guesses = await Promise.all(
      wrongCodes.map((code) => postJson('/api/v1/kiosk/pickups', { phone: doc.phone, code })),
    );
    const evaluated = guesses.filter((g) => g.status === 401);
    const braked = guesses.filter((g) => g.status === 429);
    expect(evaluated.length + braked.length).toBe(40);
    expect(evaluated).toHaveLength(free + 1);
    for (const answer of braked) expect(answer.body.code).toBe('terminal_throttled');
    const evaluations = await hub.ctx.db
      .selectFrom('audit_log')
      .select('seq')
      .where('action', '=', 'pickup.code_wrong')
      .execute();
    expect(evaluations).toHaveLength(free + 1);
    expect((await documentRow(hub, doc.documentId)).code_failed_attempts).toBe(free + 1);
    const throttle = await hub.ctx.db.selectFrom('terminal_throttle').selectAll().executeTakeFirstOrThrow();
    expect(throttle.failures).toBe(free + 1);
  });
});
