// The town map over HTTP on a real database: public reading without login, authoring with roles, versions and
// audit, GeoJSON import with a per-feature report (bad features left out, malformed files refused whole), export
// round trip, photo upload (type from the bytes, size limit, crop, sizes served with caching), the map config.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { createTestHub } from '../../testing/test-context.ts';
import { demoPlaceCount, seedDemoMap } from './demo-map.ts';

const newPlace = {
  category: 'culture',
  name: { de: 'Heimatmuseum', en: 'Local museum' },
  description: { de: 'Geschichte der Stadt.' },
  openingHours: { de: 'So 14–17 Uhr' },
  accessibility: { de: 'Stufenlos.' },
  address: { street: 'Oranienburger Straße', houseNumber: '10', postcode: '16540', town: 'Hohen Neuendorf' },
  lat: 52.6731,
  lon: 13.2812,
  photos: [] as { imageId: string; alt: { de: string } }[],
  published: true,
};

describe('town map', () => {
  let hub: SeededHub;
  let dataDir: string;
  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'bp-map-'));
    hub = await seedTestHub(await createTestHub({ config: { dataDir } }));
    await seedDemoMap(hub.ctx);
  });
  afterEach(async () => {
    await hub.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const get = (url: string, headers: Record<string, string> = {}) => hub.app.inject({ url, headers });
  const send = (method: 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown, role = 'zone') =>
    hub.app.inject({
      method,
      url,
      ...(payload === undefined ? {} : { payload: payload as object }),
      headers: hub.staffHeaders[role as 'zone'],
    });
  const actions = async (prefix: string) =>
    (
      await hub.ctx.db
        .selectFrom('audit_log')
        .select(['action', 'entity_id'])
        .where('action', 'like', `${prefix}%`)
        .orderBy('seq')
        .execute()
    ).map((r) => r.action);

  it('shows the demo places, walks and the offline base layer without a login', async () => {
    const pois = await get('/api/v1/map/pois');
    expect(pois.statusCode).toBe(200);
    const items = pois.json().items as {
      name: { de: string };
      demo: boolean;
      lat: number;
      category: string;
    }[];
    expect(items.length).toBe(demoPlaceCount);
    expect(items.length).toBeGreaterThanOrEqual(25);
    expect(items.every((p) => p.demo)).toBe(true);
    expect(items.map((p) => p.name.de)).toContain('Rathaus Hohen Neuendorf');
    const walks = (await get('/api/v1/map/walks')).json().items;
    expect(walks).toHaveLength(2);
    expect(walks[0].stops.length).toBeGreaterThan(2);

    const config = (await get('/api/v1/map/config')).json();
    expect(config.baseLayer.type).toBe('plan');
    expect(
      config.plan.features.some((f: { properties: { kind: string } }) => f.properties.kind === 'railway'),
    ).toBe(true);
    expect(config.kioskLocation).not.toBeNull();
  });

  it('lets zone staff create, change and delete a place, with versions and audit; others may not', async () => {
    expect((await send('POST', '/api/v1/office/map/pois', newPlace, 'clerk')).statusCode).toBe(403);
    expect(
      (await hub.app.inject({ method: 'POST', url: '/api/v1/office/map/pois', payload: newPlace }))
        .statusCode,
    ).toBe(401);

    const created = await send('POST', '/api/v1/office/map/pois', newPlace);
    expect(created.statusCode).toBe(201);
    const poi = created.json();
    expect(poi).toMatchObject({ category: 'culture', lat: 52.6731, version: 0, demo: false });
    expect((await get(`/api/v1/map/pois/${poi.id}`)).json().name.en).toBe('Local museum');

    const hidden = await send('PUT', `/api/v1/office/map/pois/${poi.id}`, {
      poi: { ...newPlace, published: false },
      version: 0,
    });
    expect(hidden.statusCode).toBe(200);
    expect(hidden.json().version).toBe(1);
    expect((await get(`/api/v1/map/pois/${poi.id}`)).statusCode).toBe(404);
    expect((await get('/api/v1/office/map/pois', hub.staffHeaders.zone)).json().items.length).toBe(
      demoPlaceCount + 1,
    );

    const stale = await send('PUT', `/api/v1/office/map/pois/${poi.id}`, { poi: newPlace, version: 0 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('map_edit_conflict');

    expect((await send('DELETE', `/api/v1/office/map/pois/${poi.id}`, undefined, 'admin')).statusCode).toBe(
      204,
    );
    expect(await actions('map.poi.')).toEqual(['map.poi.created', 'map.poi.updated', 'map.poi.deleted']);
  });

  it('refuses a place outside the town with the field and a German reason', async () => {
    const swapped = await send('POST', '/api/v1/office/map/pois', { ...newPlace, lat: 13.28, lon: 52.67 });
    expect(swapped.statusCode).toBe(422);
    expect(swapped.json()).toMatchObject({ code: 'poi_invalid' });
    expect(swapped.json().title).toContain('außerhalb des Stadtgebiets');
    const badCategory = await send('POST', '/api/v1/office/map/pois', { ...newPlace, category: 'casino' });
    expect(badCategory.statusCode).toBe(422);
    const noName = await send('POST', '/api/v1/office/map/pois', { ...newPlace, name: { de: ' ' } });
    expect(noName.statusCode).toBe(422);
    expect(await actions('map.poi.')).toEqual([]);
  });

  it('keeps a place that a walk stops at', async () => {
    const walk = (await get('/api/v1/map/walks')).json().items[0];
    const response = await send('DELETE', `/api/v1/office/map/pois/${walk.stops[0].poiId}`);
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('poi_in_walk');
  });

  it('authors a walk and refuses stops at unknown places', async () => {
    const pois = (await get('/api/v1/map/pois')).json().items;
    const body = {
      title: { de: 'Kleine Runde' },
      intro: { de: '' },
      stops: [
        { poiId: pois[0].id, narrative: { de: 'Los geht’s.' } },
        { poiId: pois[1].id, narrative: { de: 'Ziel.' } },
      ],
      published: true,
    };
    const created = await send('POST', '/api/v1/office/map/walks', body);
    expect(created.statusCode).toBe(201);
    expect((await get(`/api/v1/map/walks/${created.json().id}`)).json().stops).toHaveLength(2);
    const bad = await send('POST', '/api/v1/office/map/walks', {
      ...body,
      stops: [{ poiId: 'nope', narrative: { de: '' } }],
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().code).toBe('walk_invalid');
  });

  it('imports GeoJSON: good features stored, each bad one reported with index, property and reason', async () => {
    const exported = await get('/api/v1/office/map/export.geojson', hub.staffHeaders.zone);
    expect(exported.statusCode).toBe(200);
    const collection = exported.json();
    expect(collection.features).toHaveLength(demoPlaceCount);
    const rathaus = collection.features.find(
      (f: { properties: { name: { de: string } } }) => f.properties.name.de === 'Rathaus Hohen Neuendorf',
    );
    rathaus.properties.openingHours = { de: 'Neu: Mo–Fr 8–18 Uhr' };

    const file = {
      type: 'FeatureCollection',
      features: [
        rathaus,
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [13.285, 52.671] },
          properties: {
            category: 'toilets',
            name: 'Toilette am Markt',
            street: 'Marktplatz',
            postcode: '16540',
          },
        },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [2.35, 48.85] },
          properties: { category: 'sights', name: 'Eiffelturm' },
        },
        { type: 'Feature', geometry: { type: 'LineString', coordinates: [] }, properties: { name: 'Linie' } },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [13.28, 52.67] },
          properties: { category: 'casino', name: '' },
        },
      ],
    };
    const response = await send('POST', '/api/v1/office/map/import', file);
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({ total: 5, created: 1, updated: 1, rejected: 3 });
    const byIndex = (i: number) => report.problems.filter((p: { index: number }) => p.index === i);
    expect(byIndex(2).map((p: { property: string }) => p.property)).toEqual([
      'geometry.coordinates[1]',
      'geometry.coordinates[0]',
    ]);
    expect(byIndex(2)[0].reason).toContain('außerhalb des Stadtgebiets');
    expect(byIndex(3)[0]).toMatchObject({ property: 'geometry.type' });
    expect(byIndex(4).map((p: { property: string }) => p.property)).toEqual(['category', 'name.de']);
    expect(byIndex(4)[0].reason).toContain('casino');

    const after = (await get('/api/v1/map/pois')).json().items;
    expect(after).toHaveLength(demoPlaceCount + 1);
    expect(after.find((p: { id: string }) => p.id === rathaus.properties.id).openingHours.de).toBe(
      'Neu: Mo–Fr 8–18 Uhr',
    );
    expect(await actions('map.pois.imported')).toHaveLength(1);
  });

  it('refuses a file that is not a FeatureCollection and changes nothing', async () => {
    for (const payload of ['{"type":"Feature"}', 'not json at all', '[]']) {
      const response = await hub.app.inject({
        method: 'POST',
        url: '/api/v1/office/map/import',
        payload,
        headers: { ...hub.staffHeaders.zone, 'content-type': 'application/geo+json' },
      });
      expect(response.statusCode).toBe(422);
      expect(response.json().code).toBe('geojson_invalid');
      expect(response.json().title).toContain('Es wurde nichts geändert');
    }
    expect((await get('/api/v1/map/pois')).json().items).toHaveLength(demoPlaceCount);
    expect(await actions('map.pois.')).toEqual([]);
  });

  it('stores an uploaded photo cropped and in sizes, whatever type the request claims', async () => {
    const png = await sharp({
      create: { width: 1200, height: 900, channels: 3, background: { r: 20, g: 120, b: 200 } },
    })
      .png()
      .toBuffer();
    const upload = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/office/media/photos?cropX=100&cropY=50&cropWidth=800&cropHeight=600',
      payload: png,
      headers: { ...hub.staffHeaders.zone, 'content-type': 'image/jpeg' },
    });
    expect(upload.statusCode).toBe(201);
    const image = upload.json();
    expect(image).toMatchObject({
      kind: 'photo',
      width: 800,
      height: 600,
      sizes: ['thumb', 'medium', 'large'],
    });

    const thumb = await get(`/api/v1/media/${image.id}/thumb.jpg`);
    expect(thumb.statusCode).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/jpeg');
    expect(thumb.headers['cache-control']).toContain('immutable');
    const meta = await sharp(thumb.rawPayload).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 320, 240]);
    expect((await get(`/api/v1/media/${image.id}/huge.jpg`)).statusCode).toBe(404);

    const withPhoto = await send('POST', '/api/v1/office/map/pois', {
      ...newPlace,
      photos: [{ imageId: image.id, alt: { de: 'Blaue Fläche' } }],
    });
    expect(withPhoto.statusCode).toBe(201);
    const unknown = await send('POST', '/api/v1/office/map/pois', {
      ...newPlace,
      photos: [{ imageId: '00000000-0000-4000-8000-000000000000', alt: { de: 'x' } }],
    });
    expect(unknown.statusCode).toBe(422);
  });

  it('refuses uploads that are not images, too large, or cropped outside the image', async () => {
    const upload = (payload: Buffer, query = '') =>
      hub.app.inject({
        method: 'POST',
        url: `/api/v1/office/media/photos${query}`,
        payload,
        headers: { ...hub.staffHeaders.zone, 'content-type': 'image/png' },
      });
    const text = await upload(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'));
    expect(text.statusCode).toBe(415);
    expect(text.json().code).toBe('image_type_unsupported');
    const truncated = await upload(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 1, 2, 3]));
    expect(truncated.statusCode).toBe(422);
    expect(truncated.json().code).toBe('image_unreadable');
    const big = await upload(Buffer.alloc(16 * 1024 * 1024, 0xff));
    expect(big.statusCode).toBe(413);
    const small = await sharp({ create: { width: 100, height: 100, channels: 3, background: '#fff' } })
      .jpeg()
      .toBuffer();
    const outside = await upload(small, '?cropX=50&cropY=0&cropWidth=80&cropHeight=80');
    expect(outside.statusCode).toBe(422);
    expect(outside.json().code).toBe('image_crop_outside');
    expect(await hub.ctx.db.selectFrom('media_images').select('id').execute()).toHaveLength(0);
  });
});
