import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestHub } from '../../testing/test-context.ts';
import { seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { placeNotifiedDocument, startKioskPickup } from './kiosk-test-support.ts';

describe('terminal throttle', () => {
  let hub: SeededHub;
  beforeEach(async () => {
    hub = await seedTestHub(await createTestHub());
  });
  afterEach(() => hub.close());

  const start = (phone: string, code: string) => startKioskPickup(hub, phone, code);
  const alerts = () =>
    hub.ctx.db.selectFrom('alerts').selectAll().where('kind', '=', 'terminal_throttled').execute();

  it('blocks with escalating Retry-After across phone numbers and alerts staff once per window', async () => {
    const doc = await placeNotifiedDocument(hub);
    const { terminalFreeFailures: free, terminalAlertFailures: alertAt } = hub.config.pickup;
    expect([free, alertAt]).toEqual([3, 10]);

    for (let failure = 1; failure <= 11; failure++) {
      const wrong = await start(`0151 2345${String(failure).padStart(4, '0')}`, '123456');
      expect(wrong.statusCode, `failure ${failure}`).toBe(401);
      expect(wrong.json().code).toBe('code_wrong');
      const next = await start(doc.phone, doc.code);
      if (failure <= free) {
        // Still free: the right code would go through; cancel it to keep the document waiting.
        expect(next.statusCode, `after failure ${failure}`).toBe(201);
        await hub.app.inject({
          method: 'POST',
          url: `/api/v1/kiosk/pickups/${next.json().pickupId}/cancel`,
          headers: hub.terminalHeaders,
        });
        continue;
      }
      // Blocked: even the right code is refused until the block ends, and the block doubles each time.
      const seconds = 2 ** (failure - free);
      expect(next.statusCode, `after failure ${failure}`).toBe(429);
      expect(next.headers['retry-after']).toBe(String(seconds));
      expect(next.headers['content-type']).toContain('application/problem+json');
      expect(next.json()).toMatchObject({
        code: 'terminal_throttled',
        retryAfterSeconds: seconds,
        title: expect.stringContaining(`${seconds} Sekunden`),
      });
      hub.clock.advance(seconds * 1000 - 1000);
      expect((await start(doc.phone, doc.code)).statusCode).toBe(429);
      hub.clock.advance(1000);
      expect((await alerts()).length, `alerts after failure ${failure}`).toBe(failure >= alertAt ? 1 : 0);
    }
    const [alert] = await alerts();
    expect(alert).toMatchObject({ box_id: 'dokbox-hn', resolved_at: null });
    expect(JSON.parse(alert!.data)).toMatchObject({ failures: alertAt });

    // A new window starts clean: the next failure is free again, and a new alert may come later.
    hub.clock.advance(hub.config.pickup.terminalWindowSeconds * 1000);
    expect((await start('0151 23450000', '123456')).statusCode).toBe(401);
    expect((await start(doc.phone, doc.code)).statusCode).toBe(201);
    const throttle = await hub.ctx.db.selectFrom('terminal_throttle').selectAll().executeTakeFirstOrThrow();
    expect(throttle).toMatchObject({ failures: 1, alerted_at: null });
  });

  it('caps the block at 15 minutes', async () => {
    await hub.close();
    hub = await seedTestHub(
      await createTestHub({ config: { pickup: { terminalFreeFailures: 1, terminalWindowSeconds: 86_400 } } }),
    );
    for (let failure = 1; failure <= 12; failure++) {
      expect((await start(`0151 2345${String(failure).padStart(4, '0')}`, '654321')).statusCode).toBe(401);
      // The first failure is free (a probe now would itself count as the second).
      if (failure === 1) continue;
      const blocked = await start('0151 23450000', '654321');
      expect(blocked.statusCode).toBe(429);
      const seconds = Number(blocked.headers['retry-after']);
      expect(seconds).toBe(Math.min(2 ** (failure - 1), 900));
      hub.clock.advance(seconds * 1000);
    }
  });
});
