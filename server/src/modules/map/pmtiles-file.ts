/**
 * The local PMTiles base layer: the hub serves the configured archive file to the browsers in byte ranges (the
 * browser's PMTiles reader asks for the header, the directory and then single tiles). Checked once at start, so a
 * wrong path is a clear configuration error instead of an empty map.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where the browsers fetch the archive. */
export const pmtilesUrl = '/api/v1/map/base.pmtiles';

/** Tile types of a PMTiles header (byte 99) the Leaflet raster layer draws: PNG, JPEG, WebP, AVIF. */
const rasterTileTypes = new Map([
  [2, 'PNG'],
  [3, 'JPEG'],
  [4, 'WebP'],
  [5, 'AVIF'],
]);

/** Why the configured archive cannot be served, or null when it can (a readable raster PMTiles v3 file). */
export function pmtilesFileProblem(path: string | undefined): string | null {
  if (!path) return 'is required for map.baseLayerType "pmtiles"';
  const file = resolve(path);
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return `${file} is not a file`;
    size = stat.size;
  } catch {
    return `${file} does not exist`;
  }
  if (size < 127) return `${file} is too short for a PMTiles archive`;
  const head = Buffer.alloc(127);
  let fd: number | null = null;
  try {
    fd = openSync(file, 'r');
    readSync(fd, head, 0, 127, 0);
  } catch (error) {
    return `${file} cannot be read: ${(error as Error).message}`;
  } finally {
    if (fd !== null) closeSync(fd);
  }
  if (head.subarray(0, 7).toString('latin1') !== 'PMTiles') return `${file} is not a PMTiles archive`;
  if (head[7] !== 3) return `${file} is PMTiles version ${head[7]}, the map reads version 3`;
  // Vector tiles would need a style and a vector renderer (see docs/map-and-tour.md): refuse them here, clearly.
  if (!rasterTileTypes.has(head[99]!))
    return `${file} holds ${head[99] === 1 || head[99] === 6 ? 'vector' : 'unknown'} tiles (type ${head[99]}); the map draws raster PMTiles (PNG, JPEG, WebP, AVIF) only`;
  return null;
}

export type ByteRange = { start: number; end: number };

/**
 * The one byte range of a `Range` header (`bytes=a-b`, `bytes=a-`, `bytes=-n`), clamped to the file;
 * `undefined` without a header (whole file), null when it cannot be satisfied (416).
 */
export function parseRange(header: string | undefined, size: number): ByteRange | null | undefined {
  if (header === undefined) return undefined;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0) return null;
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start >= size || end < start) return null;
  return { start, end };
}
