import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestHub } from '../../testing/test-context.ts';
import { seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { isBoxOpenAt } from './box-open.ts';

describe('isBoxOpenAt with its short-lived calendar cache', () => {
  let hub: SeededHub;
  beforeEach(async () => {
    hub = await seedTestHub(await createTestHub({ now: '2026-11-24T10:00:00.000Z' }));
  });
  afterEach(() => hub.close());

  it('sees a closure added through the admin routes at once', async () => {
    const now = hub.clock.now().toISOString();
    expect(await isBoxOpenAt(hub.ctx.db, 'dokbox-hn', now)).toBe(true);
    const added = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/boxes/dokbox-hn/closures',
      headers: hub.staffHeaders.admin,
      payload: { startsOn: '2026-11-24', endsOn: '2026-11-24', reason: 'Inventur im Kaufhaus' },
    });
    expect(added.statusCode).toBe(201);
    expect(await isBoxOpenAt(hub.ctx.db, 'dokbox-hn', now)).toBe(false);
  });

  it('sees changed opening hours at once, and answers for earlier instants from the database', async () => {
    expect(await isBoxOpenAt(hub.ctx.db, 'dokbox-hn', '2026-11-24T10:00:00.000Z')).toBe(true);
    const replaced = await hub.app.inject({
      method: 'PUT',
      url: '/api/v1/boxes/dokbox-hn/opening-hours',
      headers: hub.staffHeaders.admin,
      payload: { hours: [{ weekday: 2, opens: '14:00', closes: '18:00' }] },
    });
    expect(replaced.statusCode).toBe(200);
    expect(await isBoxOpenAt(hub.ctx.db, 'dokbox-hn', '2026-11-24T10:00:00.000Z')).toBe(false);
    expect(await isBoxOpenAt(hub.ctx.db, 'dokbox-hn', '2026-11-24T14:00:00.000Z')).toBe(true);
    // A week earlier than what is cached: loaded afresh, same answer as the rules give.
    expect(await isBoxOpenAt(hub.ctx.db, 'dokbox-hn', '2026-11-17T14:00:00.000Z')).toBe(true);
  });
});
