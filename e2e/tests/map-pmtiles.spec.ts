/**
 * The local PMTiles base layer: a hub configured with a raster PMTiles archive (written here, a checkerboard per
 * zoom) serves it in byte ranges, and the kiosk map draws its tiles with every other host blocked and the pages'
 * strict Content-Security-Policy unchanged.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { tileAt, writePmtiles, type PmtilesTile } from '../../server/src/testing/pmtiles-writer.ts';
import { expect, test } from '../support/fixtures.ts';
import { startHubProcess, type RunningHub } from '../support/hub.ts';
import { checkScreen, freePort, openKiosk } from './kiosk-support.ts';
import { onlyTheHub } from './map-support.ts';

const bounds = { west: 13.15, south: 52.6, east: 13.4, north: 52.75 };
let ownHub: RunningHub;
let archiveDir: string;

/** A 256-px tile: a two-colour checkerboard, darker at higher zooms, so the screenshot shows the archive's tiles. */
async function tileImage(zoom: number): Promise<Uint8Array> {
  const shade = ['#d9e7c8', '#c7dcb0', '#b5d098', '#a3c580'][zoom - 11] ?? '#d9e7c8';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256">
    <rect width="256" height="256" fill="#f4f1ea"/>
    <rect width="128" height="128" fill="${shade}"/><rect x="128" y="128" width="128" height="128" fill="${shade}"/>
    <rect width="256" height="256" fill="none" stroke="#7a8a6a" stroke-width="2"/></svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer());
}

test.beforeAll(async () => {
  const tiles: PmtilesTile[] = [];
  for (let z = 11; z <= 14; z++) {
    const data = await tileImage(z);
    const from = tileAt(bounds.north, bounds.west, z);
    const to = tileAt(bounds.south, bounds.east, z);
    for (let x = from.x; x <= to.x; x++) for (let y = from.y; y <= to.y; y++) tiles.push({ z, x, y, data });
  }
  archiveDir = mkdtempSync(join(tmpdir(), 'bp-e2e-pmtiles-'));
  const file = join(archiveDir, 'hohen-neuendorf.pmtiles');
  writeFileSync(
    file,
    writePmtiles(tiles, { tileType: 2, bounds, center: { lon: 13.2745, lat: 52.6745, zoom: 13 } }),
  );
  ownHub = await startHubProcess({
    port: await freePort(),
    env: {
      BP_MAP__BASE_LAYER_TYPE: 'pmtiles',
      BP_MAP__BASE_LAYER_FILE: file,
      BP_MAP__BASE_LAYER_ATTRIBUTION: 'Testkacheln (PMTiles)',
      BP_MAP__BASE_LAYER_MAX_ZOOM: '17',
    },
  });
});
test.afterAll(async () => {
  await ownHub?.stop();
  if (archiveDir) rmSync(archiveDir, { recursive: true, force: true });
});

test('the kiosk map draws its base layer from the hub’s PMTiles file, offline', async ({ page }) => {
  const blocked = await onlyTheHub(page, ownHub.url);
  const policyViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) policyViolations.push(message.text());
  });
  const ranges: { range: string; status: number }[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === '/api/v1/map/base.pmtiles')
      ranges.push({ range: response.request().headers()['range'] ?? '', status: response.status() });
  });

  await openKiosk(page, ownHub.url, ownHub.credentials.terminalKey);
  await page.getByRole('button', { name: /Stadtplan/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meine Stadt' })).toBeVisible();
  await expect(page.getByText('Kartengrundlage: Testkacheln (PMTiles)')).toBeVisible();
  // Tiles read from the archive are shown as images made in the page (blob:), at the start zoom 13.
  const tiles = page.locator('.leaflet-tile-pane img.leaflet-tile-loaded[src^="blob:"]');
  await expect(tiles.first()).toBeVisible();
  // The others follow as the archive's ranges arrive (slower on a loaded machine): wait for them.
  await expect.poll(() => tiles.count(), { timeout: 20_000 }).toBeGreaterThan(3);
  // No drawn plan underneath: the archive is the base.
  await expect(page.locator('.plan-district')).toHaveCount(0);
  await expect(page.locator('.you-are-here')).toHaveText('Sie sind hier');
  await expect(page.locator('.poi-marker').first()).toBeVisible();

  // Zooming in asks the archive for the next zoom's tiles.
  const before = ranges.length;
  await page.getByRole('button', { name: 'Hineinzoomen' }).click();
  await expect.poll(() => ranges.length).toBeGreaterThan(before);
  await expect(tiles.first()).toBeVisible();
  await checkScreen(page, 'map-pmtiles');

  expect(ranges.length).toBeGreaterThan(1);
  expect(ranges[0]).toEqual({ range: 'bytes=0-16383', status: 206 });
  for (const r of ranges) {
    expect(r.range).toMatch(/^bytes=\d+-\d+$/);
    expect([200, 206]).toContain(r.status);
  }
  expect(policyViolations).toEqual([]);
  expect(blocked).toEqual([]);
});
