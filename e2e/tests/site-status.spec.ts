// "Ist mein Dokument abholbereit?" on the public site against a real hub: a document loaded into the box shows
// "ready until …"; a wrong phone number gets exactly the same answer as an unknown reference; missing input is
// explained at the field; too many lookups for one reference give a clear wait time.
import type { Page } from '@playwright/test';
import { expect, expectAccessible, snap, test } from '../support/fixtures.ts';

async function lookUp(page: Page, reference: string, phone: string) {
  await page.getByLabel('Vorgangsnummer').fill(reference);
  await page.getByLabel('Handynummer').fill(phone);
  await page.getByRole('button', { name: 'Status prüfen' }).click();
}

const result = (page: Page) => page.getByRole('region', { name: 'Ergebnis' });

test('a document in the box is "ready until …"; nothing else about it is shown', async ({ page, api }) => {
  const document = await api.documentReadyForPickup();
  await page.goto('/dokbox/abholstatus');
  // Typed the way people do: national format with spaces, reference in small letters.
  const national = `0${document.phone.slice(3, 6)} ${document.phone.slice(6)}`;
  await lookUp(page, document.reference.toLowerCase(), national);
  await expect(result(page)).toContainText(
    /Ihr Dokument liegt in der DokBox\. Sie können es bis \S+, \d{1,2}\. \S+ \d{4} um \d{2}:\d{2} Uhr abholen\./,
  );
  await expect(result(page)).toContainText('DokBox Hohen Neuendorf');
  await expect(page.getByText('Erika Mustermann')).toHaveCount(0);
  // The document is a civil-status certificate in a compartment: neither the type nor the compartment is told.
  await expect(result(page)).not.toContainText('Personenstandsurkunde');
  await expect(result(page)).not.toContainText('Fach');
  await expectAccessible(page, 'site status: ready');
  await snap(page, 'site-status-ready');
});

test('a wrong phone number and an unknown reference get the same "not found" answer', async ({
  page,
  api,
}) => {
  const document = await api.documentReadyForPickup();
  await page.goto('/dokbox/abholstatus');
  const answerTo = async (reference: string, phone: string) => {
    const response = page.waitForResponse('**/api/v1/public/document-status');
    await lookUp(page, reference, phone);
    const body = await (await response).text();
    await expect(result(page)).toContainText('Wir konnten kein Dokument mit diesen Angaben finden.');
    return { body, text: await result(page).innerText() };
  };
  const wrongPhone = await answerTo(document.reference, '0151 99999999');
  const unknownReference = await answerTo('HN-2026-99999', document.phone);
  expect(unknownReference).toEqual(wrongPhone);
  expect(JSON.parse(wrongPhone.body)).toEqual({ status: 'not_found' });
  await expectAccessible(page, 'site status: not found');
  await snap(page, 'site-status-not-found');
});

test('missing and malformed input is explained at its field', async ({ page }) => {
  await page.goto('/dokbox/abholstatus');
  await page.getByRole('button', { name: 'Status prüfen' }).click();
  const reference = page.getByLabel('Vorgangsnummer');
  await expect(reference).toBeFocused();
  await expect(reference).toHaveAttribute('aria-invalid', 'true');
  await expect(reference).toHaveAccessibleDescription(/Bitte geben Sie die Vorgangsnummer ein\./);
  await expect(page.getByLabel('Handynummer')).toHaveAccessibleDescription(
    /Bitte geben Sie Ihre Handynummer ein\./,
  );
  await expectAccessible(page, 'site status: field errors');
  await snap(page, 'site-status-field-errors');

  await lookUp(page, 'HN-2026-00001', '12');
  const phone = page.getByLabel('Handynummer');
  await expect(phone).toBeFocused();
  await expect(phone).toHaveAccessibleDescription(/Diese Telefonnummer ist ungültig/);
  await expect(reference).not.toHaveAttribute('aria-invalid', 'true');
});

test('too many lookups for one reference: a clear message with the wait time', async ({ page }) => {
  const reference = `HN-LIMIT-${Date.now().toString(36)}`;
  await page.goto('/dokbox/abholstatus');
  for (let i = 0; i < 5; i++) {
    await lookUp(page, reference, `0151 2000000${i}`);
    await expect(result(page)).toContainText('Wir konnten kein Dokument');
  }
  await lookUp(page, reference, '0151 20000009');
  await expect(page.getByRole('alert')).toContainText(
    'Sie haben in kurzer Zeit zu oft nachgefragt. Zum Schutz vor Missbrauch geht das erst wieder in 15 Minuten.',
  );
  await expect(result(page)).toHaveCount(0);
  await expectAccessible(page, 'site status: throttled');
  await snap(page, 'site-status-throttled');
});
