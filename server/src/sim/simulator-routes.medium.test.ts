import { afterEach, describe, expect, it } from 'vitest';
import { createBoxTestHub } from '../modules/boxes/box-test-support.ts';
import { latestCode } from '../modules/kiosk/kiosk-test-support.ts';
import { demoBox, type SeededHub } from '../testing/fixtures.ts';
import { productionTestConfig } from '../testing/production-config.ts';
import { createTestHub, type TestHub } from '../testing/test-context.ts';

const devUrl = `/api/v1/dev/simulator/boxes/${demoBox.id}`;

describe('dev simulator routes', () => {
  let hub: TestHub | undefined;
  afterEach(async () => {
    await hub?.close();
    hub = undefined;
  });

  async function simulatedDemoHub(): Promise<SeededHub> {
    const { hub: seeded } = await createBoxTestHub({ config: { box: { simulated: true } } });
    hub = seeded;
    return seeded;
  }

  it('drive a whole pickup through the API alone: register, load, SMS, kiosk, door closed + empty', async () => {
    const h = await simulatedDemoHub();
    const act = (number: number, action: string) =>
      h.app.inject({ method: 'POST', url: `${devUrl}/compartments/${number}`, payload: { action } });

    const registered = await h.app.inject({
      method: 'POST',
      url: '/api/v1/documents',
      headers: h.staffHeaders.clerk,
      payload: {
        reference: 'HN-2026-API-0001',
        officeId: 'buergeramt-hn',
        typeId: 'id_card',
        holderName: 'Erika Mustermann',
        phone: '0151 23456789',
        dateOfBirth: '1964-08-12',
      },
    });
    expect(registered.statusCode, registered.body).toBe(201);
    const documentId = registered.json().id as string;

    const loading = await h.app.inject({
      method: 'POST',
      url: '/api/v1/loading',
      headers: h.staffHeaders.loader,
      payload: { reference: 'HN-2026-API-0001', boxId: demoBox.id },
    });
    expect(loading.statusCode, loading.body).toBe(200);
    const number = loading.json().compartment.number as number;
    const state = await h.app.inject({ url: devUrl });
    expect(state.json().compartments[number - 1]).toMatchObject({ number, door: 'open', occupied: false });
    expect((await act(number, 'place')).statusCode).toBe(200);
    expect((await act(number, 'close')).statusCode).toBe(200);

    const document = async () =>
      (await h.app.inject({ url: `/api/v1/documents/${documentId}`, headers: h.staffHeaders.clerk })).json();
    expect((await document()).state).toBe('notified');
    const code = await latestCode(h, documentId);

    const kiosk = h.terminalHeaders;
    const started = await h.app.inject({
      method: 'POST',
      url: '/api/v1/kiosk/pickups',
      headers: kiosk,
      payload: { phone: '0151 23456789', code },
    });
    expect(started.statusCode, started.body).toBe(201);
    const pickupId = started.json().pickupId as string;
    const checked = await h.app.inject({
      method: 'POST',
      url: `/api/v1/kiosk/pickups/${pickupId}/check`,
      headers: kiosk,
      payload: { day: 12, month: 8, year: 1964 },
    });
    expect(checked.statusCode, checked.body).toBe(200);
    // An ID card (city default): the holder confirms the PIN letter before the door opens.
    const pinLetter = await h.app.inject({
      method: 'POST',
      url: `/api/v1/kiosk/pickups/${pickupId}/pin-letter`,
      headers: kiosk,
      payload: { received: true },
    });
    expect(pinLetter.statusCode, pinLetter.body).toBe(200);
    const opened = await h.app.inject({
      method: 'POST',
      url: `/api/v1/kiosk/pickups/${pickupId}/open`,
      headers: kiosk,
      payload: {},
    });
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json().compartmentNumber).toBe(number);

    // The kiosk's unlock opened the simulated door; opening is not yet a pickup.
    expect((await h.app.inject({ url: devUrl })).json().compartments[number - 1].door).toBe('open');
    expect((await document()).state).toBe('pickup_in_progress');
    expect((await act(number, 'take')).statusCode).toBe(200);
    expect((await document()).state).toBe('pickup_in_progress');
    h.clock.advance(15_000);
    expect((await act(number, 'close')).statusCode).toBe(200);

    const done = await h.ctx.db
      .selectFrom('documents')
      .selectAll()
      .where('id', '=', documentId)
      .executeTakeFirstOrThrow();
    expect(done.state).toBe('picked_up');
    expect(done.issued_at).toBe(h.clock.now().toISOString());
    const status = await h.app.inject({ url: `/api/v1/kiosk/pickups/${pickupId}`, headers: kiosk });
    expect(status.json().phase).toBe('done');
  });

  it('answers wrong simulator actions with 4xx problems', async () => {
    const h = await simulatedDemoHub();
    const cases: [string, unknown, number, string?][] = [
      [`${devUrl}/compartments/3`, { action: 'take' }, 409, 'simulator_action_invalid'],
      [`${devUrl}/compartments/3`, { action: 'close' }, 409, 'simulator_action_invalid'],
      [`${devUrl}/compartments/3`, { action: 'explode' }, 400],
      [`${devUrl}/compartments/3`, { action: 'take', extra: 1 }, 400],
      [`${devUrl}/compartments/0`, { action: 'take' }, 400],
      [`${devUrl}/compartments/99`, { action: 'take' }, 404],
      [`/api/v1/dev/simulator/boxes/nope/compartments/3`, { action: 'take' }, 404, 'box_not_found'],
      [devUrl, { action: 'reboot' }, 400],
    ];
    for (const [url, payload, status, code] of cases) {
      const response = await h.app.inject({
        method: 'POST',
        url,
        payload: payload as Record<string, unknown>,
      });
      expect(response.statusCode, `${url} ${JSON.stringify(payload)}`).toBe(status);
      if (code) expect(response.json().code).toBe(code);
    }
    const invalid = await h.app.inject({
      method: 'POST',
      url: `${devUrl}/compartments/3`,
      payload: { action: 'take' },
    });
    expect(invalid.json().title).toContain('Die Tür ist zu.');
    // Taking the box off the network and back works through the API too.
    expect(
      (await h.app.inject({ method: 'POST', url: devUrl, payload: { action: 'disconnect' } })).json().online,
    ).toBe(false);
    expect(
      (await h.app.inject({ method: 'POST', url: devUrl, payload: { action: 'connect' } })).json().online,
    ).toBe(true);
  });

  it('do not exist without the simulated box or outside demo mode', async () => {
    for (const config of [{}, productionTestConfig, { box: { simulated: false } }]) {
      const plain = await createTestHub({ config });
      try {
        for (const request of [
          { method: 'GET' as const, url: devUrl },
          { method: 'POST' as const, url: `${devUrl}/compartments/1`, payload: { action: 'open_by_force' } },
        ]) {
          const response = await plain.app.inject(request);
          expect(response.statusCode, `${JSON.stringify(config)} ${request.url}`).toBe(404);
          expect(response.json().code).toBe('route_not_found');
        }
        const openapi = (await plain.app.inject({ url: '/api/openapi.json' })).json();
        expect(Object.keys(openapi.paths).some((p) => p.includes('/dev/simulator'))).toBe(false);
      } finally {
        await plain.close();
      }
    }
  });
});
