/**
 * Authoring the 360° tour in the back office: a picture that is not 2:1 is refused with a clear message; a hotspot
 * added and published shows in the public tour's list.
 */
import sharp from 'sharp';
import { expect, expectAccessible, snap, test } from '../support/fixtures.ts';
import { openOffice } from '../support/office.ts';

test('a non-2:1 upload is refused; a new hotspot is published to the tour', async ({ page, api }) => {
  await openOffice(page, api, 'zone', '/tour');
  await expect(page.getByRole('heading', { level: 1, name: '360°-Rundgang pflegen' })).toBeVisible();
  await page.getByRole('button', { name: /Bearbeiten: Rathaus Hohen Neuendorf/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Rundgang: Rathaus/ })).toBeFocused();
  await expectAccessible(page, 'office tour editor');
  await snap(page, 'tour-office-editor');

  const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#7799bb' } })
    .jpeg()
    .toBuffer();
  await page
    .getByLabel(/Panorama \(360°-Bild/)
    .setInputFiles({ name: 'foto.jpg', mimeType: 'image/jpeg', buffer: photo });
  await page.getByRole('button', { name: 'Hochladen und Raum hinzufügen' }).click();
  await expect(page.getByRole('alert')).toContainText('Das ist kein 360°-Panorama');
  await expect(page.getByRole('alert')).toContainText('800 × 600');
  await expectAccessible(page, 'office tour upload error');
  await snap(page, 'tour-office-upload-error');

  await page.getByLabel('Raum bearbeiten').selectOption({ label: 'Sitzungssaal' });
  await page.getByRole('button', { name: /Hinweis ohne Klick hinzufügen/ }).click();
  await page.getByLabel('Titel von Hinweis 2', { exact: true }).fill('Besucherbank');
  await page.getByLabel('Text von Hinweis 2').fill('Hier sitzen Zuhörerinnen und Zuhörer.');
  await page
    .getByLabel(/Bild zu Hinweis 2/)
    .setInputFiles({ name: 'bank.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect(page.getByRole('button', { name: 'Bild von Hinweis 2 entfernen' })).toBeVisible();
  await page.getByRole('button', { name: 'Rundgang speichern' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Gespeichert.' })).toBeVisible();

  await page.goto('/rundgang');
  await page.getByRole('button', { name: 'Gehe zu: Büro des Bürgermeisters' }).click();
  await page.getByRole('button', { name: 'Gehe zu: Sitzungssaal' }).click();
  await page.getByRole('button', { name: 'Besucherbank – mehr erfahren' }).click();
  await expect(page.getByText('Hier sitzen Zuhörerinnen und Zuhörer.')).toBeVisible();
  await expect(page.locator('.hotspot img')).toBeVisible();
});
