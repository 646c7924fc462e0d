/** Box set-up by admins over HTTP: create a box, change its settings, add and change compartments; all audited. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerTestDocument, seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { createTestHub } from '../../testing/test-context.ts';
import { isBoxOpenAt } from '../calendar/box-open.ts';

describe('box administration', () => {
  let hub: SeededHub;
  beforeEach(async () => {
    hub = await seedTestHub(await createTestHub());
  });
  afterEach(() => hub.close());

  const send = (
    method: 'POST' | 'PATCH',
    url: string,
    payload: unknown,
    role: 'admin' | 'loader' = 'admin',
  ) => hub.app.inject({ method, url, headers: hub.staffHeaders[role], payload: payload as object });
  const actions = async (entityId: string) =>
    (
      await hub.ctx.db
        .selectFrom('audit_log')
        .select('action')
        .where('entity_id', '=', entityId)
        .orderBy('seq')
        .execute()
    ).map((r) => r.action);

  const newBox = {
    id: 'dokbox-bb',
    name: 'DokBox Borgsdorf',
    locationName: 'Bahnhof Borgsdorf',
    address: 'Bahnhofstraße 1, 16556 Hohen Neuendorf',
    stateCode: 'BB',
    timezone: 'Europe/Berlin',
  };

  it('creates a box with compartments and shows it in the list', async () => {
    expect((await send('POST', '/api/v1/boxes', newBox, 'loader')).statusCode).toBe(403);
    const created = await send('POST', '/api/v1/boxes', newBox);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ ...newBox, inService: true });
    expect((await send('POST', '/api/v1/boxes', newBox)).json().code).toBe('box_id_taken');

    const added = await send('POST', '/api/v1/boxes/dokbox-bb/compartments', {
      number: 1,
      size: 'M',
      wheelchairReachable: true,
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toEqual({ number: 1, size: 'M', wheelchairReachable: true, status: 'free' });
    const twice = await send('POST', '/api/v1/boxes/dokbox-bb/compartments', {
      number: 1,
      size: 'S',
      wheelchairReachable: false,
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('compartment_number_taken');
    const missing = await send('POST', '/api/v1/boxes/nope/compartments', {
      number: 1,
      size: 'S',
      wheelchairReachable: false,
    });
    expect(missing.statusCode).toBe(404);

    const list = await hub.app.inject({ url: '/api/v1/boxes', headers: hub.staffHeaders.clerk });
    expect(list.json().find((b: { id: string }) => b.id === 'dokbox-bb')).toMatchObject({
      name: 'DokBox Borgsdorf',
      compartments: { total: 1, free: 1 },
    });
    expect(await actions('dokbox-bb')).toEqual(['box.created']);
  });

  it('refuses an unknown federal state or time zone, and hostile bodies, with 400', async () => {
    const cases: [unknown, string][] = [
      [{ ...newBox, stateCode: 'XX' }, 'state_code_invalid'],
      [{ ...newBox, stateCode: 'DE' }, 'state_code_invalid'],
      [{ ...newBox, timezone: 'Mars/Olympus' }, 'timezone_invalid'],
      [{ ...newBox, timezone: 'UTC+1' }, 'timezone_invalid'],
      [{ ...newBox, id: 'Bad Id!' }, 'validation_failed'],
      [{ ...newBox, extra: true }, 'validation_failed'],
      [{ ...newBox, name: '' }, 'validation_failed'],
    ];
    for (const [payload, code] of cases) {
      const response = await send('POST', '/api/v1/boxes', payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().code).toBe(code);
    }
    const patch = await send('PATCH', '/api/v1/boxes/dokbox-hn', { stateCode: 'ZZ' });
    expect(patch.json()).toMatchObject({ code: 'state_code_invalid', title: expect.stringContaining('BB') });
    expect((await send('PATCH', '/api/v1/boxes/dokbox-hn', {})).statusCode).toBe(400);
    expect((await send('PATCH', '/api/v1/boxes/nope', { name: 'x' })).statusCode).toBe(404);
  });

  it("changes a box's state and the holidays follow at once, audited with before and after", async () => {
    // Reformationstag (Saturday 31 Oct 2026, 11:00 local) is a holiday in Brandenburg, not in Bavaria.
    const reformationDay = '2026-10-31T10:00:00.000Z';
    expect(await isBoxOpenAt(hub.ctx.db, 'dokbox-hn', reformationDay)).toBe(false);
    const changed = await send('PATCH', '/api/v1/boxes/dokbox-hn', { stateCode: 'by', name: 'DokBox HN' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ stateCode: 'BY', name: 'DokBox HN', timezone: 'Europe/Berlin' });
    expect(await isBoxOpenAt(hub.ctx.db, 'dokbox-hn', reformationDay)).toBe(true);
    const entry = await hub.ctx.db
      .selectFrom('audit_log')
      .select('data')
      .where('action', '=', 'box.updated')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(entry.data)).toEqual({
      state_code: { before: 'BB', after: 'BY' },
      name: { before: 'DokBox Hohen Neuendorf', after: 'DokBox HN' },
    });
    const settings = await hub.app.inject({
      url: '/api/v1/boxes/dokbox-hn/settings',
      headers: hub.staffHeaders.clerk,
    });
    expect(settings.json()).toMatchObject({ stateCode: 'BY', name: 'DokBox HN' });
  });

  it('changes size and wheelchair reach of an empty compartment only, and takes it out of service and back', async () => {
    const url = '/api/v1/boxes/dokbox-hn/compartments';
    const resized = await send('PATCH', `${url}/2`, { size: 'L', wheelchairReachable: true });
    expect(resized.statusCode).toBe(200);
    expect(resized.json()).toEqual({ number: 2, size: 'L', wheelchairReachable: true, status: 'free' });
    const out = await send('PATCH', `${url}/2`, { outOfService: true, size: 'M' });
    expect(out.json()).toEqual({ number: 2, size: 'M', wheelchairReachable: true, status: 'out_of_service' });
    expect((await send('PATCH', `${url}/2`, { outOfService: false })).json().status).toBe('free');
    expect(await actions('dokbox-hn-2')).toEqual([
      'compartment.updated',
      'compartment.updated',
      'compartment.out_of_service',
      'compartment.in_service',
    ]);

    // A compartment reserved for a document keeps its size.
    const document = await registerTestDocument(hub, { typeId: 'driving_licence' });
    await hub.ctx.db
      .updateTable('compartments')
      .set({ status: 'reserved', document_id: document.id })
      .where('id', '=', 'dokbox-hn-3')
      .execute();
    const refused = await send('PATCH', `${url}/3`, { size: 'L' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'compartment_in_use',
      title: expect.stringContaining('leeren'),
    });
    expect((await send('PATCH', `${url}/3`, { outOfService: true })).json().code).toBe(
      'compartment_occupied',
    );
    expect((await send('PATCH', `${url}/99`, { size: 'L' })).statusCode).toBe(404);
    expect((await send('PATCH', `${url}/2`, { size: 'L' }, 'loader')).statusCode).toBe(403);
    expect((await send('PATCH', `${url}/2`, { colour: 'red' })).statusCode).toBe(400);
  });
});
