// The clerk's screens: register a document by form (with validation), import a CSV with one bad row, find a
// document and act on it.
import { expect, expectAccessible, snap, test } from '../support/fixtures.ts';
import { openOffice } from '../support/office.ts';

test('a clerk registers a document by form; validation messages name the missing fields', async ({
  page,
  api,
}) => {
  await openOffice(page, api, 'clerk', '/documents/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Dokument erfassen' })).toBeVisible();
  await expectAccessible(page, 'office register empty');

  await page.getByRole('button', { name: 'Dokument erfassen' }).click();
  await expect(page.getByRole('alert').first()).toContainText('markierten Felder');
  await expect(page.getByLabel('Vorgangsnummer')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Vorgangsnummer')).toHaveAccessibleDescription(/Bitte ausfüllen/);
  await expectAccessible(page, 'office register with errors');
  await snap(page, 'office-register-errors');

  const reference = `FORM-${Date.now().toString(36)}`;
  await page.getByLabel('Vorgangsnummer').fill(reference);
  await page.getByLabel('Dienststelle').selectOption({ label: 'Bürgeramt Hohen Neuendorf' });
  await page.getByLabel('Dokumentart').selectOption({ label: 'Personalausweis' });
  await page.getByLabel('Name der Person').fill('Erika Mustermann');
  await page.getByLabel('Handynummer für die SMS').fill('030 1234567');
  // An ID card needs the date of birth.
  await page.getByRole('button', { name: 'Dokument erfassen' }).click();
  await expect(page.getByLabel('Geburtsdatum', { exact: true })).toHaveAccessibleDescription(/Geburtsdatum/);
  await page.getByLabel('Geburtsdatum', { exact: true }).fill('1964-08-12');
  // The server refuses a landline: the message lands on the phone field.
  await page.getByRole('button', { name: 'Dokument erfassen' }).click();
  await expect(page.getByLabel('Handynummer für die SMS')).toHaveAccessibleDescription(/SMS/);

  await page.getByLabel('Handynummer für die SMS').fill(api.uniquePhone());
  await page.getByRole('button', { name: 'Dokument erfassen' }).click();
  await expect(page.getByRole('status')).toContainText(`Dokument ${reference} ist erfasst.`);
  await snap(page, 'office-register');

  await page.getByRole('link', { name: 'Dokument öffnen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Dokument ${reference}` })).toBeVisible();
  await expect(page.getByRole('table').first()).toContainText('Erfasst');
  await expect(page.getByRole('table').first()).toContainText('Clara Sachbearbeiterin');
  await expect(page.getByRole('definition').filter({ hasText: 'Personalausweis' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'Bürgeramt Hohen Neuendorf' })).toBeVisible();
  await expectAccessible(page, 'office document page');
  await snap(page, 'office-document');

  await page.getByRole('button', { name: 'Stornieren' }).click();
  await page.getByLabel('Notiz (freiwillig)').fill('Antrag zurückgenommen');
  await page.getByRole('button', { name: 'Ja, stornieren' }).click();
  await expect(page.getByRole('status')).toContainText('Erledigt');
  await expect(page.locator('[data-state="cancelled"]')).toBeVisible();
  await expect(page.getByRole('table').first()).toContainText('Antrag zurückgenommen');
});

test('CSV import registers the good rows and reports the bad one', async ({ page, api }) => {
  await openOffice(page, api, 'clerk', '/documents/import');
  await expectAccessible(page, 'office import');
  const stamp = Date.now().toString(36);
  const phones = [api.uniquePhone(), api.uniquePhone(), api.uniquePhone()];
  const csv = [
    'Vorgangsnummer;Dienststelle;Dokumentart;Name;Mobilnummer;Geburtsdatum;Rollstuhl;Vollmacht',
    `CSV-${stamp}-1;buergeramt-hn;Personalausweis;Anna Beispiel;${phones[0]};01.02.1970;nein;`,
    `CSV-${stamp}-2;buergeramt-hn;Personalausweis;Bernd Beispiel;${phones[1]};31.02.1980;nein;`,
    `CSV-${stamp}-3;Bürgeramt;Personenstandsurkunde;Carla Beispiel;${phones[2]};;ja;`,
  ].join('\r\n');
  await page.getByLabel('CSV-Datei').setInputFiles({
    name: 'dokumente.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await page.getByRole('button', { name: 'Import starten' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(
    'Erfasst: 2 Dokumente. Zeilen mit Fehlern: 1.',
  );
  await expect(page.getByTestId('import-progress')).toHaveText('3 von 3 Zeilen verarbeitet');
  const report = page.getByTestId('import-errors');
  await expect(report.getByRole('row')).toHaveCount(2);
  await expect(report.getByRole('row').nth(1)).toContainText(`3CSV-${stamp}-2Geburtsdatum`);
  await expect(report).toContainText('Dieses Datum gibt es nicht');
  await expect(page.getByRole('link', { name: `CSV-${stamp}-1` })).toBeVisible();
  await expect(page.getByRole('link', { name: `CSV-${stamp}-3` })).toBeVisible();
  await expectAccessible(page, 'office import report');
  await snap(page, 'office-import');

  // The registered ones are findable.
  await page.getByRole('navigation').getByRole('link', { name: 'Dokumente suchen' }).click();
  await page.getByLabel('Vorgangsnummer').fill(`CSV-${stamp}`);
  await page.getByRole('button', { name: 'Suchen' }).click();
  await expect(page.getByText('2 Treffer')).toBeVisible();
  await expect(page.getByRole('link', { name: `CSV-${stamp}-3` })).toBeVisible();
  await expectAccessible(page, 'office find documents');
  await snap(page, 'office-find');
});
