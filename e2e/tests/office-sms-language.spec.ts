// The clerk records the language the citizen chose for their SMS (issue 18): the form's "Sprache der SMS", shown on
// the document's page and stored with the document (its SMS are then written in it: sms-language.medium.test.ts).
import { expect, expectAccessible, test } from '../support/fixtures.ts';
import { openOffice } from '../support/office.ts';

test('a clerk registers a document with Turkish as the SMS language', async ({ page, api }) => {
  await openOffice(page, api, 'clerk', '/documents/new');
  const reference = `LANG-${Date.now().toString(36)}`;
  await page.getByLabel('Vorgangsnummer').fill(reference);
  await page.getByLabel('Dienststelle').selectOption({ label: 'Bürgeramt Hohen Neuendorf' });
  await page.getByLabel('Dokumentart').selectOption({ label: 'Personenstandsurkunde' });
  await page.getByLabel('Name der Person').fill('Ayşe Yılmaz');
  await page.getByLabel('Handynummer für die SMS').fill(api.uniquePhone());
  await expect(page.getByLabel('Sprache der SMS')).toHaveValue('de');
  await expect(page.getByLabel('Sprache der SMS')).toHaveAccessibleDescription(/Erinnerung/);
  await page.getByLabel('Sprache der SMS').selectOption({ label: 'Türkisch (Türkçe)' });
  await expectAccessible(page, 'office register with SMS language');
  await page.getByRole('button', { name: 'Dokument erfassen' }).click();
  await expect(page.getByRole('status')).toContainText(`Dokument ${reference} ist erfasst.`);
  // The form is ready for the next document: German again.
  await expect(page.getByLabel('Sprache der SMS')).toHaveValue('de');

  await page.getByRole('link', { name: 'Dokument öffnen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Dokument ${reference}` })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'Türkisch (Türkçe)' })).toBeVisible();
  const id = new URL(page.url()).pathname.split('/').pop()!;
  const document = await api.request<{ language: string }>('GET', `/api/v1/documents/${id}`, { as: 'clerk' });
  expect(document.language).toBe('tr');
});
