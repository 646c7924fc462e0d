// The test archive writer is read back by the `pmtiles` library the browser uses: header, tile ids on the Hilbert
// curve, shared contents, missing tiles.
import { PMTiles, zxyToTileId as libraryTileId, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { tileAt, writePmtiles, zxyToTileId } from './pmtiles-writer.ts';

function memorySource(archive: Uint8Array): Source {
  return {
    getKey: () => 'memory',
    getBytes: async (offset: number, length: number) => ({
      data: archive.slice(offset, offset + length).buffer,
    }),
  };
}

const tile = (z: number, x: number, y: number, text: string) => ({
  z,
  x,
  y,
  data: new TextEncoder().encode(text),
});

describe('PMTiles test writer', () => {
  it('numbers tiles as the specification does', () => {
    for (let z = 0; z <= 6; z++)
      for (let x = 0; x < 2 ** z; x += Math.max(1, 2 ** z / 8))
        for (let y = 0; y < 2 ** z; y += Math.max(1, 2 ** z / 8))
          expect(zxyToTileId(z, x, y), `${z}/${x}/${y}`).toBe(libraryTileId(z, x, y));
    expect(zxyToTileId(14, 8803, 5374)).toBe(libraryTileId(14, 8803, 5374));
  });

  it('writes an archive the pmtiles reader reads back tile by tile', async () => {
    const here = tileAt(52.6745, 13.2745, 13);
    const tiles = [
      tile(0, 0, 0, 'world'),
      tile(13, here.x, here.y, 'hohen neuendorf'),
      tile(13, here.x + 1, here.y, 'shared'),
      tile(13, here.x, here.y + 1, 'shared'),
      tile(14, 2 * here.x, 2 * here.y, 'closer'),
    ];
    const archive = writePmtiles(tiles, {
      tileType: 2,
      bounds: { west: 13.15, south: 52.6, east: 13.4, north: 52.75 },
      center: { lon: 13.2745, lat: 52.6745, zoom: 13 },
    });
    const reader = new PMTiles(memorySource(archive));
    const header = await reader.getHeader();
    expect(header).toMatchObject({
      specVersion: 3,
      tileType: 2,
      minZoom: 0,
      maxZoom: 14,
      minLon: 13.15,
      maxLat: 52.75,
      centerZoom: 13,
      numAddressedTiles: 5,
      numTileContents: 4,
    });
    const text = async (z: number, x: number, y: number) => {
      const found = await reader.getZxy(z, x, y);
      return found ? new TextDecoder().decode(found.data) : null;
    };
    expect(await text(0, 0, 0)).toBe('world');
    expect(await text(13, here.x, here.y)).toBe('hohen neuendorf');
    expect(await text(13, here.x + 1, here.y)).toBe('shared');
    expect(await text(13, here.x, here.y + 1)).toBe('shared');
    expect(await text(14, 2 * here.x, 2 * here.y)).toBe('closer');
    expect(await text(13, here.x + 1, here.y + 1)).toBeNull();
    expect(await reader.getMetadata()).toEqual({});
  });

  it('refuses a tile outside its zoom and an empty archive', () => {
    expect(() => zxyToTileId(2, 4, 0)).toThrow('outside');
    expect(() =>
      writePmtiles([], {
        tileType: 2,
        bounds: { west: 0, south: 0, east: 1, north: 1 },
        center: { lon: 0, lat: 0, zoom: 0 },
      }),
    ).toThrow('at least one tile');
  });
});
