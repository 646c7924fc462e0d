// The 360° tours over HTTP on a real database: the drawn demo tour, panorama upload checked as 2:1 from the decoded
// image, drafts hidden from the public until published, links and hotspots checked on save, versions and audit.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { createTestHub } from '../../testing/test-context.ts';
import { seedDemoTour } from './demo-tour.ts';

describe('360° tour', () => {
  let hub: SeededHub;
  let dataDir: string;
  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'bp-tour-'));
    hub = await seedTestHub(await createTestHub({ config: { dataDir } }));
  });
  afterEach(async () => {
    await hub.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const uploadPanorama = (payload: Buffer) =>
    hub.app.inject({
      method: 'POST',
      url: '/api/v1/office/media/panoramas',
      payload,
      headers: { ...hub.staffHeaders.zone, 'content-type': 'application/octet-stream' },
    });
  const image = (width: number, height: number) =>
    sharp({ create: { width, height, channels: 3, background: '#88aacc' } })
      .jpeg()
      .toBuffer();

  it('publishes the drawn demo tour with three rooms, linked both ways, panoramas 4096 × 2048', async () => {
    await seedDemoTour(hub.ctx);
    const list = (await hub.app.inject({ url: '/api/v1/tours' })).json().items;
    expect(list).toHaveLength(1);
    const tour = (await hub.app.inject({ url: `/api/v1/tours/${list[0].id}` })).json();
    expect(tour.rooms).toHaveLength(3);
    expect(tour.title.de).toContain('Büro des Bürgermeisters');
    const panorama = await hub.app.inject({ url: `/api/v1/media/${tour.rooms[1].panoramaId}/full.jpg` });
    const meta = await sharp(panorama.rawPayload).metadata();
    expect([meta.width, meta.height]).toEqual([4096, 2048]);
    const preview = await hub.app.inject({ url: `/api/v1/media/${tour.rooms[1].panoramaId}/preview.jpg` });
    expect((await sharp(preview.rawPayload).metadata()).width).toBe(2048);
  });

  it('downscales a panorama larger than a kiosk GPU takes to 8192 × 4096, with a 2048 preview', async () => {
    // 8400 × 4201: wider than a texture of 8192 and one pixel off 2:1 (a stitcher's rounding) — stored exactly 2:1.
    const large = await uploadPanorama(await image(8400, 4201));
    expect(large.statusCode).toBe(201);
    expect(large.json()).toMatchObject({ kind: 'panorama', width: 8192, height: 4096 });
    const id = large.json().id;
    const full = await hub.app.inject({ url: `/api/v1/media/${id}/full.jpg` });
    const fullMeta = await sharp(full.rawPayload).metadata();
    expect([fullMeta.width, fullMeta.height]).toEqual([8192, 4096]);
    const preview = await hub.app.inject({ url: `/api/v1/media/${id}/preview.jpg` });
    const previewMeta = await sharp(preview.rawPayload).metadata();
    expect([previewMeta.width, previewMeta.height]).toEqual([2048, 1024]);
  }, 120_000); // decoding and re-encoding 35 million pixels twice takes a while on a shared machine

  it('refuses a panorama that is not 2:1, and a non-image, with clear errors', async () => {
    const square = await uploadPanorama(await image(2000, 1500));
    expect(square.statusCode).toBe(422);
    expect(square.json().code).toBe('panorama_not_equirectangular');
    expect(square.json().title).toContain('2000 × 1500');
    expect((await uploadPanorama(Buffer.from('GIF89a not really'))).statusCode).toBe(415);
    const ok = await uploadPanorama(await image(2048, 1024));
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({
      kind: 'panorama',
      width: 2048,
      height: 1024,
      sizes: ['preview', 'full'],
    });
  });

  it('keeps a draft from the public, checks links on save, publishes with version and audit', async () => {
    const pano = (await uploadPanorama(await image(2048, 1024))).json();
    const created = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/office/tours',
      payload: { title: { de: 'Bauhof' } },
      headers: hub.staffHeaders.zone,
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect((await hub.app.inject({ url: `/api/v1/tours/${id}` })).statusCode).toBe(404);

    const room = (roomId: string, target: string) => ({
      id: roomId,
      name: { de: `Raum ${roomId}` },
      description: { de: '' },
      panoramaId: pano.id,
      initialYaw: 0,
      hotspots: [
        {
          id: 'h1',
          yaw: 10,
          pitch: -5,
          title: { de: 'Werkbank' },
          text: { de: 'Hier wird repariert.' },
          imageId: null,
        },
      ],
      links: [{ id: 'l1', targetRoomId: target, yaw: 90, pitch: -10 }],
    });
    const save = (tour: object, version: number) =>
      hub.app.inject({
        method: 'PUT',
        url: `/api/v1/office/tours/${id}`,
        payload: { tour, version },
        headers: hub.staffHeaders.zone,
      });
    const base = { title: { de: 'Bauhof' }, intro: { de: '' }, startRoomId: 'a' };
    const broken = await save({ ...base, status: 'published', rooms: [room('a', 'zzz')] }, 0);
    expect(broken.statusCode).toBe(422);
    expect(broken.json().code).toBe('tour_invalid');
    expect(broken.json().title).toContain('Raum');

    const published = await save(
      { ...base, status: 'published', rooms: [room('a', 'b'), room('b', 'a')] },
      0,
    );
    expect(published.statusCode).toBe(200);
    expect(published.json().version).toBe(1);
    const seen = (await hub.app.inject({ url: `/api/v1/tours/${id}` })).json();
    expect(seen.rooms[0].hotspots[0].title.de).toBe('Werkbank');
    expect((await save({ ...base, startRoomId: null, status: 'draft', rooms: [] }, 0)).statusCode).toBe(409);
    expect(
      (
        await hub.app.inject({
          method: 'POST',
          url: '/api/v1/office/tours',
          payload: { title: { de: 'x' } },
          headers: hub.staffHeaders.loader,
        })
      ).statusCode,
    ).toBe(403);

    const audit = await hub.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['tour.created', 'tour.published']);
  });
});
