// The local PMTiles base layer over HTTP: the browser's PMTiles reader, fed by the hub's byte-range route, finds the
// tiles of the archive; ranges beyond the file are refused as HTTP says; without the setting there is no archive.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PMTiles, type Source } from 'pmtiles';
import { afterEach, describe, expect, it } from 'vitest';
import { writePmtiles } from '../../testing/pmtiles-writer.ts';
import { createTestHub, type TestHub } from '../../testing/test-context.ts';

describe('local PMTiles base layer', () => {
  let hub: TestHub | null = null;
  let dataDir: string;
  afterEach(async () => {
    await hub?.close();
    hub = null;
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function hubWithArchive(): Promise<{ hub: TestHub; size: number }> {
    dataDir = mkdtempSync(join(tmpdir(), 'bp-pmtiles-'));
    const file = join(dataDir, 'stadt.pmtiles');
    const bytes = writePmtiles(
      [
        { z: 0, x: 0, y: 0, data: new TextEncoder().encode('world') },
        { z: 13, x: 4398, y: 2686, data: new TextEncoder().encode('town hall') },
      ],
      {
        tileType: 2,
        bounds: { west: 13.15, south: 52.6, east: 13.4, north: 52.75 },
        center: { lon: 13.27, lat: 52.67, zoom: 13 },
      },
    );
    writeFileSync(file, bytes);
    hub = await createTestHub({
      config: { dataDir, map: { baseLayerType: 'pmtiles', baseLayerFile: file } },
    });
    return { hub, size: bytes.length };
  }

  it('lets the PMTiles reader find tiles through byte ranges', async () => {
    const { hub, size } = await hubWithArchive();
    const config = await hub.app.inject({ url: '/api/v1/map/config' });
    expect(config.json().baseLayer).toMatchObject({ type: 'pmtiles', url: '/api/v1/map/base.pmtiles' });

    const ranges: string[] = [];
    const overHttp: Source = {
      getKey: () => 'hub',
      async getBytes(offset, length) {
        const range = `bytes=${offset}-${offset + length - 1}`;
        ranges.push(range);
        const response = await hub.app.inject({ url: '/api/v1/map/base.pmtiles', headers: { range } });
        expect(response.statusCode).toBe(206);
        expect(response.headers['accept-ranges']).toBe('bytes');
        const end = Math.min(offset + length, size) - 1;
        expect(response.headers['content-range']).toBe(`bytes ${offset}-${end}/${size}`);
        return { data: new Uint8Array(response.rawPayload).buffer, etag: String(response.headers.etag) };
      },
    };
    const reader = new PMTiles(overHttp);
    const tile = await reader.getZxy(13, 4398, 2686);
    expect(new TextDecoder().decode(tile!.data)).toBe('town hall');
    expect(await reader.getZxy(13, 4399, 2686)).toBeUndefined();
    // Header and directory in the first request, then only the tile's own bytes.
    expect(ranges[0]).toBe('bytes=0-16383');
    expect(ranges[1]).toMatch(/^bytes=\d+-\d+$/);

    const whole = await hub.app.inject({ url: '/api/v1/map/base.pmtiles' });
    expect(whole.statusCode).toBe(200);
    expect(whole.rawPayload.length).toBe(size);
    const beyond = await hub.app.inject({
      url: '/api/v1/map/base.pmtiles',
      headers: { range: `bytes=${size}-${size + 10}` },
    });
    expect(beyond.statusCode).toBe(416);
    expect(beyond.headers['content-range']).toBe(`bytes */${size}`);
  });

  it('has no archive when the plan is the base layer', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'bp-pmtiles-'));
    hub = await createTestHub({ config: { dataDir } });
    const response = await hub.app.inject({ url: '/api/v1/map/base.pmtiles' });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('map_base_file_not_configured');
  });
});
