// The back office's frame: local login and logout, navigation by role, and the no-access page.
import { expect, expectAccessible, snap, test } from '../support/fixtures.ts';
import { openOffice } from '../support/office.ts';

test('a clerk signs in with a local account, sees the clerk navigation and signs out', async ({
  page,
  hub,
}) => {
  await page.goto('/office/');
  await expect(page.getByRole('heading', { level: 1, name: 'Anmeldung' })).toBeVisible();
  await expectAccessible(page, 'office login');
  await snap(page, 'office-login');

  await page.getByLabel('Benutzername').fill('clerk');
  await page.getByLabel('Passwort').fill('wrong password');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByRole('alert')).toContainText('Passwort');
  await expectAccessible(page, 'office login with error');

  await page.getByLabel('Benutzername').fill('clerk');
  await page.getByLabel('Passwort').fill(hub.passwordOf('clerk'));
  await page.getByRole('button', { name: 'Anmelden' }).click();

  const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
  await expect(nav.getByRole('link', { name: 'Dokument erfassen' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Box beladen' })).toHaveCount(0);
  await expect(page.getByRole('banner')).toContainText('Sachbearbeitung');

  await page.getByRole('button', { name: 'Abmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Anmeldung' })).toBeVisible();
  // The session is gone on the server too: reloading shows the login again.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Anmeldung' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mit Dienstkonto anmelden' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Mit Dienstkonto anmelden' })).toHaveCount(0);
});

test('a loader sees loading pages but gets a clear no-access page for clerk pages', async ({ page, api }) => {
  await openOffice(page, api, 'loader', '/documents/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Kein Zugriff' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
  await expect(nav.getByRole('link', { name: 'Box beladen' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Dokument erfassen' })).toHaveCount(0);
  await expectAccessible(page, 'office no access');
  await snap(page, 'office-no-access');
});

test('a loader cannot open the admin pages: no navigation entry, a no-access page, and the server refuses too', async ({
  page,
  api,
}) => {
  await openOffice(page, api, 'loader', '/admin/boxes');
  await expect(page.getByRole('heading', { level: 1, name: 'Kein Zugriff' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: /DokBoxen|Boxen/ })).toHaveCount(0);
  await expectAccessible(page, 'office admin no access');
  const response = await page.request.get('/api/v1/staff-users');
  expect(response.status()).toBe(403);
});
