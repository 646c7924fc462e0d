/**
 * Writes a small raster PMTiles v3 archive (header, one uncompressed root directory, empty metadata, tiles) so the
 * tests can serve a local base layer without downloading one. Enough for a few thousand tiles; no leaf directories.
 * Format: https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md
 */

export interface PmtilesTile {
  z: number;
  x: number;
  y: number;
  data: Uint8Array;
}

export interface PmtilesArchiveOptions {
  /** 2 PNG, 3 JPEG, 4 WebP. */
  tileType: 2 | 3 | 4;
  bounds: { west: number; south: number; east: number; north: number };
  center: { lon: number; lat: number; zoom: number };
}

const headerLength = 127;
/** A reader fetches the first 16 KiB and expects header and root directory in it. */
const firstFetch = 16_384;

/** Tile id of z/x/y: tiles of lower zooms first, then the position on the Hilbert curve within the zoom. */
export function zxyToTileId(z: number, x: number, y: number): number {
  if (z > 26) throw new Error('zoom above 26');
  const n = 2 ** z;
  if (x < 0 || y < 0 || x >= n || y >= n) throw new Error(`tile ${z}/${x}/${y} outside its zoom`);
  let id = (4 ** z - 1) / 3;
  let tx = x;
  let ty = y;
  for (let s = n / 2; s >= 1; s /= 2) {
    const rx = (tx & s) > 0 ? 1 : 0;
    const ry = (ty & s) > 0 ? 1 : 0;
    id += s * s * ((3 * rx) ^ ry);
    // Rotate the quadrant so the curve continues in the right orientation.
    if (ry === 0) {
      if (rx === 1) {
        tx = s - 1 - (tx & (s - 1));
        ty = s - 1 - (ty & (s - 1));
      }
      [tx, ty] = [ty, tx];
    }
  }
  return id;
}

function varint(value: number, out: number[]): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

export function writePmtiles(tiles: PmtilesTile[], options: PmtilesArchiveOptions): Uint8Array {
  if (tiles.length === 0) throw new Error('an archive needs at least one tile');
  // Identical tiles (e.g. plain background) are stored once and addressed by several entries.
  const contents: Uint8Array[] = [];
  const offsetOf = new Map<string, { offset: number; length: number }>();
  let dataLength = 0;
  const entries = tiles
    .map((tile) => {
      const key = Buffer.from(tile.data).toString('base64');
      let stored = offsetOf.get(key);
      if (!stored) {
        stored = { offset: dataLength, length: tile.data.length };
        offsetOf.set(key, stored);
        contents.push(tile.data);
        dataLength += tile.data.length;
      }
      return { tileId: zxyToTileId(tile.z, tile.x, tile.y), ...stored };
    })
    .sort((a, b) => a.tileId - b.tileId);
  for (let i = 1; i < entries.length; i++)
    if (entries[i]!.tileId === entries[i - 1]!.tileId) throw new Error('the same tile twice');

  // Root directory: count, tile id deltas, run lengths, lengths, offsets + 1 (0 would mean "right after the last").
  const dir: number[] = [];
  varint(entries.length, dir);
  let last = 0;
  for (const e of entries) {
    varint(e.tileId - last, dir);
    last = e.tileId;
  }
  for (let i = 0; i < entries.length; i++) varint(1, dir);
  for (const e of entries) varint(e.length, dir);
  for (const e of entries) varint(e.offset + 1, dir);
  if (headerLength + dir.length > firstFetch) throw new Error('too many tiles for a root-only archive');

  const metadata = new TextEncoder().encode('{}');
  const rootOffset = headerLength;
  const metadataOffset = rootOffset + dir.length;
  const dataOffset = metadataOffset + metadata.length;
  const archive = new Uint8Array(dataOffset + dataLength);
  const view = new DataView(archive.buffer);
  archive.set(new TextEncoder().encode('PMTiles'), 0);
  view.setUint8(7, 3);
  const u64 = (at: number, value: number) => view.setBigUint64(at, BigInt(value), true);
  u64(8, rootOffset);
  u64(16, dir.length);
  u64(24, metadataOffset);
  u64(32, metadata.length);
  u64(40, dataOffset); // no leaf directories: offset anywhere, length 0
  u64(48, 0);
  u64(56, dataOffset);
  u64(64, dataLength);
  u64(72, entries.length);
  u64(80, entries.length);
  u64(88, contents.length);
  view.setUint8(96, 0); // not clustered: shared contents are addressed out of order
  view.setUint8(97, 1); // internal compression: none
  view.setUint8(98, 1); // tile compression: none (PNG/JPEG are compressed already)
  view.setUint8(99, options.tileType);
  const zooms = tiles.map((t) => t.z);
  view.setUint8(100, Math.min(...zooms));
  view.setUint8(101, Math.max(...zooms));
  const e7 = (at: number, deg: number) => view.setInt32(at, Math.round(deg * 1e7), true);
  e7(102, options.bounds.west);
  e7(106, options.bounds.south);
  e7(110, options.bounds.east);
  e7(114, options.bounds.north);
  view.setUint8(118, options.center.zoom);
  e7(119, options.center.lon);
  e7(123, options.center.lat);
  archive.set(Uint8Array.from(dir), rootOffset);
  archive.set(metadata, metadataOffset);
  let at = dataOffset;
  for (const content of contents) {
    archive.set(content, at);
    at += content.length;
  }
  return archive;
}

/** The tile covering a position at a zoom (Web Mercator, as Leaflet and the archive count tiles). */
export function tileAt(lat: number, lon: number, z: number): { x: number; y: number } {
  const n = 2 ** z;
  const x = Math.floor(((lon + 180) / 360) * n);
  const rad = (lat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  return { x, y };
}
