/**
 * Authoring "Meine Stadt" in the back office: create a place (it then shows on the public map), import a GeoJSON
 * file with one bad feature (the report names it, the good one is stored), export.
 */
import { expect, expectAccessible, snap, test } from '../support/fixtures.ts';
import { openOffice } from '../support/office.ts';

test('zone staff create a place and import GeoJSON with a per-feature report', async ({ page, api }) => {
  await openOffice(page, api, 'zone', '/map');
  await expect(page.getByRole('heading', { level: 1, name: 'Stadtplan pflegen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Bearbeiten: Stadtbibliothek' })).toBeVisible();
  await expectAccessible(page, 'office map list');
  await snap(page, 'map-office-list');

  await page.getByRole('button', { name: 'Neuen Ort anlegen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Neuer Ort' })).toBeFocused();
  await page.getByLabel('Kategorie').selectOption('culture');
  await page.getByLabel('Name (Deutsch)').fill('Heimatstube (Test)');
  await page.getByLabel('Beschreibung (Deutsch)').fill('Kleine Ausstellung zur Ortsgeschichte.');
  await page.getByLabel('Straße').fill('Oranienburger Straße');
  await page.getByLabel('Hausnummer').fill('12');
  await page.getByLabel(/Breite/).fill('52.6735');
  await page.getByLabel(/Länge/).fill('13.2818');
  await expect(page.locator('.poi-dragging')).toBeVisible();
  await expectAccessible(page, 'office map editor');
  await snap(page, 'map-office-editor');
  // A position outside the town is refused with the field named.
  await page.getByLabel(/Breite/).fill('48.1');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('alert')).toContainText('außerhalb des Stadtgebiets');
  await page.getByLabel(/Breite/).fill('52.6735');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Gespeichert.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Bearbeiten: Heimatstube (Test)' })).toBeVisible();

  const file = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [13.2851, 52.6712] },
        properties: { category: 'toilets', name: 'Toilette am Markt (Import)', street: 'Marktplatz' },
      },
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [13.28, 52.67] },
        properties: { category: 'spielbank', name: 'Kasino' },
      },
    ],
  };
  await page.getByLabel('GeoJSON-Datei').setInputFiles({
    name: 'orte.geojson',
    mimeType: 'application/geo+json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await page.getByRole('button', { name: 'Einlesen' }).click();
  await expect(page.locator('#import-summary')).toHaveText('2 Einträge: 1 neu, 0 geändert, 1 abgelehnt.');
  const report = page.getByRole('table', { name: 'Abgelehnte Einträge' });
  await expect(report.getByRole('row')).toHaveCount(2);
  await expect(report.getByRole('row').nth(1)).toContainText('2');
  await expect(report.getByRole('row').nth(1)).toContainText('category');
  await expect(report.getByRole('row').nth(1)).toContainText('Unbekannte Kategorie „spielbank“');
  await expect(page.getByRole('button', { name: 'Bearbeiten: Toilette am Markt (Import)' })).toBeVisible();
  await expectAccessible(page, 'office map import report');
  await snap(page, 'map-office-import');

  // A walk with two stops, published.
  await page.getByRole('button', { name: 'Neuen Rundgang anlegen' }).click();
  await page.getByLabel('Titel (Deutsch)').fill('Kurze Runde (Test)');
  await page.getByRole('button', { name: 'Station hinzufügen' }).click();
  await page.getByRole('button', { name: 'Station hinzufügen' }).click();
  await page.getByLabel('Ort der Station 1').selectOption({ label: 'Heimatstube (Test)' });
  await page.getByLabel('Ort der Station 2').selectOption({ label: 'Wasserturm' });
  await page.getByLabel('Text zur Station 2').fill('Das Wahrzeichen.');
  await page
    .getByRole('region', { name: 'Rundgänge und Wissenswertes' })
    .getByLabel('Auf Kiosk und Website zeigen')
    .check();
  await expectAccessible(page, 'office walk editor');
  await snap(page, 'map-office-walk');
  await page
    .getByRole('region', { name: 'Rundgänge und Wissenswertes' })
    .getByRole('button', { name: 'Speichern' })
    .click();
  await expect(page.getByRole('button', { name: 'Bearbeiten: Kurze Runde (Test)' })).toBeVisible();

  // The new place is on the public map.
  await page.goto('/stadtplan');
  await page.getByLabel('Suchen nach Name, Art oder Straße').fill('Heimatstube');
  await expect(page.getByRole('button', { name: /Heimatstube \(Test\)/ })).toBeVisible();
  await page.getByLabel('Suchen nach Name, Art oder Straße').fill('');
  await page.getByRole('button', { name: /Kurze Runde \(Test\)/ }).click();
  await expect(page.getByRole('button', { name: 'Station 2: Wasserturm' })).toBeVisible();
});
