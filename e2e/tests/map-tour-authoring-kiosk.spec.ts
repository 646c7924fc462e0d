/**
 * From the back office to the kiosk: zone staff place a new point of interest (form, then dragged on the map) and
 * click a new hotspot into a tour room; the offline kiosk, which had the map and tour open before, shows both the
 * next time its screen is opened from the start screen (the kiosk keeps no copy: each opening asks the hub).
 */
import { expect, test } from '../support/fixtures.ts';
import { openOffice } from '../support/office.ts';
import { checkScreen, openKiosk } from './kiosk-support.ts';
import { onlyTheHub } from './map-support.ts';

const placeName = 'Heimatverein Kiosk-Test';
const hotspotTitle = 'Stadtwappen (Kiosk-Test)';

test('a place and a hotspot authored in the office reach the offline kiosk', async ({
  page,
  browser,
  hub,
  api,
}) => {
  // The kiosk, cut off from everything but the hub, has map and tour open once before anything is authored.
  const kioskContext = await browser.newContext({ baseURL: hub.url });
  const kiosk = await kioskContext.newPage();
  const blocked = await onlyTheHub(kiosk, hub.url);
  await openKiosk(kiosk, hub.url, hub.credentials.terminalKey);
  await kiosk.getByRole('button', { name: /Stadtplan/ }).click();
  // The list and search are in the map's drawer on the kiosk.
  await kiosk.getByTestId('map-drawer-toggle').click();
  await expect(kiosk.getByRole('button', { name: /Rathaus Hohen Neuendorf/ })).toBeVisible();
  await kiosk.getByLabel('Suchen nach Name, Art oder Straße').fill('Heimatverein');
  await expect(kiosk.getByText('Kein Ort passt zu Ihrer Suche.', { exact: false })).toBeVisible();
  await kiosk.getByRole('button', { name: 'Zurück zum Start' }).click();
  await kiosk.getByRole('button', { name: /360°-Rundgang/ }).click();
  await kiosk.getByRole('button', { name: 'Gehe zu: Büro des Bürgermeisters' }).click();
  await expect(kiosk.getByRole('button', { name: 'Schreibtisch – mehr erfahren' })).toBeVisible();
  await expect(kiosk.getByRole('button', { name: `${hotspotTitle} – mehr erfahren` })).toHaveCount(0);
  await kiosk.getByRole('button', { name: 'Zurück zum Start' }).click();

  // Office: a new place by the form, then moved by dragging its marker on the map.
  await openOffice(page, api, 'zone', '/map');
  await page.getByRole('button', { name: 'Neuen Ort anlegen' }).click();
  await page.getByLabel('Kategorie').selectOption('culture');
  await page.getByLabel('Name (Deutsch)').fill(placeName);
  await page.getByLabel('Beschreibung (Deutsch)').fill('Treffpunkt des Heimatvereins mit kleinem Archiv.');
  await page.getByLabel('Straße').fill('Schönfließer Straße');
  await page.getByLabel('Hausnummer').fill('7');
  await page.getByLabel(/Breite/).fill('52.6800');
  await page.getByLabel(/Länge/).fill('13.2600');
  const marker = page.locator('.poi-dragging');
  await expect(marker).toBeVisible();
  await page.locator('.leaflet-container').scrollIntoViewIfNeeded();
  const box = (await marker.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2 + 30, { steps: 8 });
  await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 + 60, { steps: 8 });
  await page.mouse.up();
  // Dragged right and down: further east, further south than typed.
  await expect(page.getByLabel(/Länge/)).not.toHaveValue('13.2600');
  const lat = Number(await page.getByLabel(/Breite/).inputValue());
  const lon = Number(await page.getByLabel(/Länge/).inputValue());
  expect(lat).toBeLessThan(52.68);
  expect(lon).toBeGreaterThan(13.26);
  await expect(page.getByLabel('Auf Kiosk und Website zeigen')).toBeChecked();
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Gespeichert.' })).toBeVisible();
  await expect(page.getByRole('button', { name: `Bearbeiten: ${placeName}` })).toBeVisible();

  // Office: a hotspot clicked into the panorama of the mayor's office, named, and the tour saved as published.
  await page.goto('/office/tour');
  await page.getByRole('button', { name: /Bearbeiten: Rathaus Hohen Neuendorf/ }).click();
  await page.getByLabel('Raum bearbeiten').selectOption({ label: 'Büro des Bürgermeisters' });
  const hotspots = page.getByRole('group', { name: /^Hinweis \d+$/ });
  const before = await hotspots.count();
  const preview = page.locator('[data-ready="yes"]');
  await expect(preview).toBeVisible();
  await page.getByLabel('einen Hinweis').check();
  await preview.click({ position: { x: 200, y: 120 } });
  await expect(page.getByRole('status').filter({ hasText: /Gesetzt bei Richtung/ })).toBeVisible();
  await expect(hotspots).toHaveCount(before + 1);
  const number = before + 1;
  await page.getByLabel(`Titel von Hinweis ${number}`, { exact: true }).fill(hotspotTitle);
  await page.getByLabel(`Text von Hinweis ${number}`).fill('Das Wappen zeigt die Stadtfarben.');
  await expect(page.getByLabel('Zustand')).toHaveValue('published');
  await page.getByRole('button', { name: 'Rundgang speichern' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Gespeichert.' })).toBeVisible();

  // The kiosk, back at its start screen, shows the new place: found by search, its card opened.
  await kiosk.getByRole('button', { name: /Stadtplan/ }).click();
  await kiosk.getByTestId('map-drawer-toggle').click();
  await kiosk.getByLabel('Suchen nach Name, Art oder Straße').fill('Heimatverein');
  await expect(kiosk.getByRole('status').filter({ hasText: 'gefunden' })).toHaveText('1 Ort gefunden');
  await kiosk.getByRole('button', { name: new RegExp(placeName) }).click();
  await expect(kiosk.getByRole('heading', { level: 2, name: placeName })).toBeFocused();
  await expect(kiosk.getByText('Treffpunkt des Heimatvereins mit kleinem Archiv.')).toBeVisible();
  await expect(kiosk.getByText('Schönfließer Straße 7, 16540 Hohen Neuendorf')).toBeVisible();
  await checkScreen(kiosk, 'map-authored-place');
  await kiosk.getByRole('button', { name: 'Zurück zum Start' }).click();

  // …and the new hotspot: in the room's list, in the panorama, and opened.
  await kiosk.getByRole('button', { name: /360°-Rundgang/ }).click();
  await kiosk.getByRole('button', { name: 'Gehe zu: Büro des Bürgermeisters' }).click();
  const open = kiosk.getByRole('button', { name: `${hotspotTitle} – mehr erfahren` });
  await expect(open).toBeVisible();
  await expect(kiosk.locator('.psv-marker')).toHaveCount(before + 1);
  await open.click();
  await expect(kiosk.getByRole('heading', { level: 4, name: hotspotTitle })).toBeFocused();
  await expect(kiosk.getByText('Das Wappen zeigt die Stadtfarben.')).toBeVisible();
  await checkScreen(kiosk, 'tour-authored-hotspot');

  expect(blocked).toEqual([]);
  await kioskContext.close();
});
