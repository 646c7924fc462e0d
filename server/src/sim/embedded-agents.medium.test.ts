import { afterEach, describe, expect, it } from 'vitest';
import { latestCode } from '../modules/kiosk/kiosk-test-support.ts';
import { demoBox } from '../testing/fixtures.ts';
import {
  registerAndLoadOverHttp,
  startEmbeddedAgentsHub,
  type EmbeddedAgentsHub,
} from '../testing/embedded-agents-hub.ts';

const devUrl = `/api/v1/dev/simulator/boxes/${demoBox.id}`;

describe('the demo box as an embedded agent behind the dev simulator routes', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await cleanup?.();
    cleanup = undefined;
  });

  /** The hub as `npm start` wires it: listening, box link, and an agent per box over the hub's own WebSocket. */
  async function demoHub(): Promise<EmbeddedAgentsHub> {
    const started = await startEmbeddedAgentsHub();
    cleanup = started.close;
    return started;
  }

  it('drives a whole pickup through the API with the same routes, bodies and answers', async () => {
    const { hub: h } = await demoHub();
    const act = (number: number, action: string) =>
      h.app.inject({ method: 'POST', url: `${devUrl}/compartments/${number}`, payload: { action } });
    const start = await h.app.inject({ url: devUrl });
    expect(start.json()).toMatchObject({ boxId: demoBox.id, online: true, journal: 0 });
    expect(start.json().compartments).toHaveLength(24);
    expect(start.json().compartments[0]).toEqual({
      number: 1,
      door: 'closed',
      occupied: false,
      hasSensor: true,
      jamNextUnlock: false,
    });

    const { documentId, number } = await registerAndLoadOverHttp(h, {
      reference: 'HN-2026-EMB-0001',
      typeId: 'id_card',
      dateOfBirth: '1964-08-12',
    });
    expect((await h.app.inject({ url: devUrl })).json().compartments[number - 1]).toMatchObject({
      door: 'open',
    });
    expect((await act(number, 'place')).statusCode).toBe(200);
    expect((await act(number, 'close')).statusCode).toBe(200);
    const state = async () =>
      (await h.app.inject({ url: `/api/v1/documents/${documentId}`, headers: h.staffHeaders.clerk })).json()
        .state;
    expect(await state()).toBe('notified');

    const kiosk = h.terminalHeaders;
    const started = await h.app.inject({
      method: 'POST',
      url: '/api/v1/kiosk/pickups',
      headers: kiosk,
      payload: { phone: '0151 23456789', code: await latestCode(h, documentId) },
    });
    expect(started.statusCode, started.body).toBe(201);
    const pickupId = started.json().pickupId as string;
    const base = `/api/v1/kiosk/pickups/${pickupId}`;
    const checked = await h.app.inject({
      method: 'POST',
      url: `${base}/check`,
      headers: kiosk,
      payload: { day: 12, month: 8, year: 1964 },
    });
    expect(checked.statusCode, checked.body).toBe(200);
    // An ID card (city default): the holder confirms the PIN letter before the door opens.
    const pinLetter = await h.app.inject({
      method: 'POST',
      url: `${base}/pin-letter`,
      headers: kiosk,
      payload: { received: true },
    });
    expect(pinLetter.statusCode, pinLetter.body).toBe(200);
    const opened = await h.app.inject({ method: 'POST', url: `${base}/open`, headers: kiosk, payload: {} });
    expect(opened.statusCode, opened.body).toBe(200);
    expect((await h.app.inject({ url: devUrl })).json().compartments[number - 1].door).toBe('open');
    expect(await state()).toBe('pickup_in_progress');
    expect((await act(number, 'take')).statusCode).toBe(200);
    expect((await act(number, 'close')).statusCode).toBe(200);
    expect(await state()).toBe('picked_up');
    expect((await h.app.inject({ url: base, headers: kiosk })).json().phase).toBe('done');
  }, 120_000);

  it('answers impossible actions with the same problems, and goes offline and back', async () => {
    const { hub: h } = await demoHub();
    const taken = await h.app.inject({
      method: 'POST',
      url: `${devUrl}/compartments/2`,
      payload: { action: 'take' },
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ code: 'simulator_action_invalid' });
    expect(taken.json().title).toContain('Die Tür ist zu.');
    const missing = await h.app.inject({
      method: 'POST',
      url: `${devUrl}/compartments/99`,
      payload: { action: 'take' },
    });
    expect(missing.statusCode).toBe(404);
    const forced = await h.app.inject({
      method: 'POST',
      url: `${devUrl}/compartments/3`,
      payload: { action: 'open_by_force' },
    });
    expect(forced.statusCode).toBe(200);
    const tamper = await h.ctx.db
      .selectFrom('alerts')
      .selectAll()
      .where('kind', '=', 'compartment_tamper')
      .execute();
    expect(tamper).toHaveLength(1);

    const off = await h.app.inject({ method: 'POST', url: devUrl, payload: { action: 'disconnect' } });
    expect(off.json().online).toBe(false);
    const on = await h.app.inject({ method: 'POST', url: devUrl, payload: { action: 'connect' } });
    expect(on.json().online).toBe(true);
  }, 120_000);
});
