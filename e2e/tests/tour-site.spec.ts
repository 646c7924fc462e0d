/**
 * The 360° tour on the site and the kiosk: rooms and hotspots reached from the accessible list outside the canvas
 * (moving between rooms, opening a hotspot), large on-screen controls on the kiosk, nothing loaded from elsewhere.
 */
import { expect, expectAccessible, snap, test } from '../support/fixtures.ts';
import { checkScreen, openKiosk } from './kiosk-support.ts';
import { onlyTheHub } from './map-support.ts';

test('the tour’s rooms and hotspots are reachable from the list', async ({ page, hub }) => {
  const blocked = await onlyTheHub(page, hub.url);
  await page.goto('/rundgang');
  await expect(page.getByRole('heading', { level: 1, name: '360°-Rundgang' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /Büro des Bürgermeisters/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sie sind im Raum: Vorzimmer' })).toBeVisible();
  await expect(page.getByText('Die Räume sind gezeichnete Illustrationen, keine Fotos.')).toBeVisible();
  await expectAccessible(page, 'site tour');
  await snap(page, 'tour-site');

  // The arrow in the panorama leads to the next room too (pointer users); the list follows.
  await expect(page.locator('[data-ready="yes"]')).toBeVisible();
  await page.locator('.psv-virtual-tour-arrow').first().click({ force: true });
  await expect(
    page.getByRole('heading', { name: 'Sie sind im Raum: Büro des Bürgermeisters' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Gehe zu: Vorzimmer' }).click();
  await expect(page.getByRole('heading', { name: 'Sie sind im Raum: Vorzimmer' })).toBeVisible();

  await page.getByRole('button', { name: 'Gehe zu: Büro des Bürgermeisters' }).click();
  await expect(
    page.getByRole('heading', { name: 'Sie sind im Raum: Büro des Bürgermeisters' }),
  ).toBeFocused();
  const desk = page.getByRole('button', { name: 'Schreibtisch – mehr erfahren' });
  await desk.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 4, name: 'Schreibtisch' })).toBeFocused();
  await expect(page.getByText('Hier unterschreibt der Bürgermeister')).toBeVisible();
  await expectAccessible(page, 'site tour hotspot');
  await snap(page, 'tour-site-hotspot');
  await page.getByRole('button', { name: 'Hinweis schließen' }).click();
  await expect(desk).toBeFocused();

  await page.getByRole('button', { name: 'Gehe zu: Sitzungssaal' }).click();
  await expect(page.getByRole('heading', { name: 'Sie sind im Raum: Sitzungssaal' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ratstisch – mehr erfahren' })).toBeVisible();
  expect(blocked).toEqual([]);
});

test('the kiosk tour has large controls and the same list', async ({ page, hub }) => {
  const blocked = await onlyTheHub(page, hub.url);
  await openKiosk(page, hub.url, hub.credentials.terminalKey);
  await page.getByRole('button', { name: /360°-Rundgang/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '360°-Rundgang' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Drehen anhalten' })).toBeVisible();
  await page.getByRole('button', { name: 'Drehen anhalten' }).click();
  await expect(page.getByRole('button', { name: 'Automatisch drehen' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await page.getByRole('button', { name: 'Nach rechts drehen' }).click();
  await page.getByRole('button', { name: 'Gehe zu: Büro des Bürgermeisters' }).click();
  await expect(
    page.getByRole('heading', { name: 'Sie sind im Raum: Büro des Bürgermeisters' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Stadtfahne – mehr erfahren' }).click();
  await expect(page.getByRole('heading', { level: 4, name: 'Stadtfahne' })).toBeVisible();
  await checkScreen(page, 'tour');
  expect(blocked).toEqual([]);
});
