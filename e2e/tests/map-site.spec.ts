/**
 * "Meine Stadt" on the public site by keyboard only: search, the list as the alternative to the map, category
 * toggles, a place's card and back with the focus where it was; a deep link to a place; Leichte Sprache.
 */
import { expect, expectAccessible, snap, test } from '../support/fixtures.ts';
import { onlyTheHub } from './map-support.ts';

test('the list view, search and categories work by keyboard alone', async ({ page, hub }) => {
  const blocked = await onlyTheHub(page, hub.url);
  await page.goto('/stadtplan');
  await expect(page.getByRole('heading', { level: 1, name: 'Meine Stadt' })).toBeVisible();
  const search = page.getByLabel('Suchen nach Name, Art oder Straße');
  await expect(search).toBeVisible();
  await expectAccessible(page, 'site map');
  await snap(page, 'map-site');

  // Tab through the page until the search field has the focus (no mouse).
  for (let i = 0; i < 60 && !(await search.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(search).toBeFocused();
  await page.keyboard.type('Oranienburger Straße');
  await expect(page.getByRole('status').filter({ hasText: 'gefunden' })).toHaveText(/\d+ Orte gefunden/);
  await expect(page.getByRole('button', { name: /Rathaus Hohen Neuendorf/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /S-Bahnhof Bergfelde/ })).toHaveCount(0);

  // Category toggle by keyboard: Tab to "Toiletten", Space switches it off.
  await search.fill('');
  const toilets = page.getByRole('checkbox', { name: /Toiletten/ });
  await toilets.focus();
  await page.keyboard.press('Space');
  await expect(toilets).not.toBeChecked();
  await expect(page.getByRole('button', { name: /Öffentliche Toilette am S-Bahnhof/ })).toHaveCount(0);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: /Öffentliche Toilette am S-Bahnhof/ })).toBeVisible();

  const entry = page.getByRole('button', { name: /Wasserturm/ }).first();
  await entry.focus();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 2, name: 'Wasserturm' });
  await expect(heading).toBeFocused();
  await expect(page).toHaveURL(/\/stadtplan\/[0-9a-f-]{36}$/);
  await expectAccessible(page, 'site map place');
  await snap(page, 'map-site-place');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Zurück zur Übersicht' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /Wasserturm/ }).first()).toBeFocused();
  expect(blocked).toEqual([]);
});

test('a place opens from its address, also in Leichte Sprache', async ({ page }) => {
  const pois = await (await page.request.get('/api/v1/map/pois')).json();
  const rathaus = pois.items.find((p: { name: { de: string } }) => p.name.de === 'Rathaus Hohen Neuendorf');
  await page.goto(`/stadtplan/${rathaus.id}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Rathaus Hohen Neuendorf' })).toBeVisible();
  await page
    .getByRole('button', { name: /Leichte Sprache/ })
    .first()
    .click();
  await expect(page.getByText('Das ist das Rathaus.', { exact: false })).toBeVisible();
  await expectAccessible(page, 'site map place in Leichte Sprache');
  await snap(page, 'map-site-place-ls');
});
