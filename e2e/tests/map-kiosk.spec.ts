/**
 * "Meine Stadt" on the kiosk with the network unplugged (every host but the hub blocked): the drawn town plan and
 * "you are here", search, a place's card with the QR code, a walk and its stops.
 */
import { expect, test } from '../support/fixtures.ts';
import { checkScreen, openKiosk } from './kiosk-support.ts';
import { onlyTheHub } from './map-support.ts';

test('the kiosk map works offline: plan, search, place card with QR code, a walk', async ({ page, hub }) => {
  const blocked = await onlyTheHub(page, hub.url);
  await openKiosk(page, hub.url, hub.credentials.terminalKey);
  await page.getByRole('button', { name: /Stadtplan/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meine Stadt' })).toBeVisible();
  // The list and the search are in a drawer over the map (kiosk-layout.spec.ts tests the drawer itself).
  await page.getByRole('button', { name: /Liste und Suche/ }).click();
  await expect(page.getByRole('button', { name: /Rathaus Hohen Neuendorf/ })).toBeVisible();
  // The offline base: the drawn plan's labels and the kiosk's own position on the canvas.
  await expect(page.locator('.leaflet-container')).toBeVisible();
  await expect(page.locator('.plan-district', { hasText: 'Bergfelde' })).toBeVisible();
  await expect(page.locator('.you-are-here')).toHaveText('Sie sind hier');
  await expect(page.getByText('gezeichneter Stadtplan')).toBeVisible();
  await checkScreen(page, 'map');

  await page.getByLabel('Suchen nach Name, Art oder Straße').fill('bibliothek');
  await expect(page.getByRole('status').filter({ hasText: 'gefunden' })).toHaveText('1 Ort gefunden');
  await page.getByRole('button', { name: /Stadtbibliothek/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Stadtbibliothek' })).toBeFocused();
  await expect(page.getByText('Oranienburger Straße 4, 16540 Hohen Neuendorf')).toBeVisible();
  await expect(page.getByRole('img', { name: /QR-Code zur Seite .*\/stadtplan\// })).toBeVisible();
  await checkScreen(page, 'map-place');

  await page.getByRole('region').getByRole('button', { name: 'Zurück zur Übersicht' }).click();
  await page.getByLabel('Suchen nach Name, Art oder Straße').fill('');
  await page.getByRole('button', { name: /Vom Bahnhof zum Rathaus/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Vom Bahnhof zum Rathaus' })).toBeFocused();
  await expect(page.locator('.route-stop')).toHaveCount(5);
  await page.getByRole('button', { name: 'Station 1: S-Bahnhof Hohen Neuendorf' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'S-Bahnhof Hohen Neuendorf' })).toBeVisible();
  await page.getByRole('region').getByRole('button', { name: 'Zurück zur Übersicht' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Vom Bahnhof zum Rathaus' })).toBeVisible();
  await checkScreen(page, 'map-walk');

  expect(blocked).toEqual([]);
});
