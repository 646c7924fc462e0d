// The local PMTiles base layer's configuration: a missing or wrong file stops the hub with a clear message; byte
// ranges are read as the browser's PMTiles reader sends them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { writePmtiles } from '../../testing/pmtiles-writer.ts';
import { productionTestConfig } from '../../testing/production-config.ts';
import { baseLayerOrigin, mapConfig } from './map-config.ts';
import { parseRange, pmtilesFileProblem } from './pmtiles-file.ts';

const dir = '/tmp/bp-pmtiles-file-test';
mkdirSync(dir, { recursive: true });
const archive = join(dir, 'stadt.pmtiles');
writeFileSync(
  archive,
  writePmtiles([{ z: 0, x: 0, y: 0, data: new Uint8Array([1, 2, 3]) }], {
    tileType: 2,
    bounds: { west: 13.15, south: 52.6, east: 13.4, north: 52.75 },
    center: { lon: 13.27, lat: 52.67, zoom: 13 },
  }),
);
const configWith = (map: Record<string, unknown>) =>
  loadConfig({}, { ...productionTestConfig, map, dataDir: dir });

describe('local PMTiles base layer', () => {
  it('serves a readable archive from the hub and opens no other host', () => {
    const config = configWith({ baseLayerType: 'pmtiles', baseLayerFile: archive });
    expect(mapConfig(config).baseLayer).toMatchObject({ type: 'pmtiles', url: '/api/v1/map/base.pmtiles' });
    expect(mapConfig(config).plan).toBeNull();
    expect(baseLayerOrigin(config)).toBeNull();
  });

  it('refuses to start without the file, with a file that is not PMTiles v3, naming the setting', () => {
    expect(() => configWith({ baseLayerType: 'pmtiles' })).toThrow(
      'map.baseLayerFile (BP_MAP__BASE_LAYER_FILE) is required for map.baseLayerType "pmtiles"',
    );
    expect(() => configWith({ baseLayerType: 'pmtiles', baseLayerFile: join(dir, 'fehlt.pmtiles') })).toThrow(
      /BP_MAP__BASE_LAYER_FILE\) .*fehlt\.pmtiles does not exist/,
    );
    const png = join(dir, 'plan.png');
    writeFileSync(png, Buffer.alloc(200, 7));
    expect(pmtilesFileProblem(png)).toMatch(/is not a PMTiles archive/);
    const old = join(dir, 'old.pmtiles');
    writeFileSync(old, Buffer.concat([Buffer.from('PMTiles'), Buffer.from([2]), Buffer.alloc(200)]));
    expect(pmtilesFileProblem(old)).toMatch(/version 2, the map reads version 3/);
    expect(pmtilesFileProblem(dir)).toMatch(/is not a file/);
    const vector = join(dir, 'vector.pmtiles');
    const bytes = writePmtiles([{ z: 0, x: 0, y: 0, data: new Uint8Array([1]) }], {
      tileType: 2,
      bounds: { west: 13.15, south: 52.6, east: 13.4, north: 52.75 },
      center: { lon: 13.27, lat: 52.67, zoom: 13 },
    });
    bytes[99] = 1; // MVT
    writeFileSync(vector, bytes);
    expect(pmtilesFileProblem(vector)).toMatch(/holds vector tiles \(type 1\); the map draws raster PMTiles/);
  });

  it('reads the byte ranges a reader asks for', () => {
    expect(parseRange(undefined, 1000)).toBeUndefined();
    expect(parseRange('bytes=0-16383', 1000)).toEqual({ start: 0, end: 999 });
    expect(parseRange('bytes=127-226', 1000)).toEqual({ start: 127, end: 226 });
    expect(parseRange('bytes=900-', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=1000-1001', 1000)).toBeNull();
    expect(parseRange('bytes=5-2', 1000)).toBeNull();
    expect(parseRange('bytes=0-1,5-6', 1000)).toBeNull();
    expect(parseRange('items=0-1', 1000)).toBeNull();
  });
});
