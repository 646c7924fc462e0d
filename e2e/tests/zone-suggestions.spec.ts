/**
 * Suggestions from the site and the kiosk, moderated in the back office, published with an answer: the public page
 * shows text, answer and status and never the contact data.
 */
import type { StaffSuggestionList } from '@buergerpunkt/contracts';
import { expect, expectAccessible, snap, test } from '../support/fixtures.ts';
import { openKiosk } from './kiosk-support.ts';
import { openOffice } from '../support/office.ts';

const contact = { name: 'Gerda Beispiel', email: 'gerda.beispiel@example.org', phone: '03303 123456' };

test('a suggestion from the site is moderated, answered and published without contact data', async ({
  page,
  api,
}) => {
  const text = `Bitte eine Sitzbank neben die DokBox stellen (${Date.now()}).`;
  await page.goto('/anregungen/neu');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ihre Anregung für den Bürgerpunkt' }),
  ).toBeVisible();
  await expectAccessible(page, 'site suggestion form');
  await snap(page, 'zone-site-suggest');

  await page.getByLabel('Ihre Anregung').fill(text);
  await page.getByLabel('Thema (freiwillig)').selectOption('dokbox');
  await page.getByLabel('Name').fill(contact.name);
  await page.getByLabel('E-Mail').fill(contact.email);
  await page.getByLabel('Telefon').fill(contact.phone);
  // Contact without consent: a clear error at the consent box, nothing sent.
  await page.getByRole('button', { name: 'Anregung senden' }).click();
  await expect(page.getByText('Bitte bestätigen Sie, dass wir Sie kontaktieren dürfen')).toBeVisible();
  await expectAccessible(page, 'site suggestion form with error');
  await page.getByLabel(/Ich bin einverstanden/).check();
  await page.getByRole('button', { name: 'Anregung senden' }).click();
  await expect(page.getByRole('heading', { name: 'Vielen Dank für Ihre Anregung!' })).toBeVisible();
  const reference = ((await page.getByTestId('suggestion-reference').textContent()) ?? '').match(
    /A-\w{4}-\w{4}/,
  )![0];
  await expectAccessible(page, 'site suggestion thanks');
  await snap(page, 'zone-site-suggest-thanks');

  // Office: the list, then the suggestion with its contact data.
  await openOffice(page, api, 'zone', '/zone/suggestions');
  await expectAccessible(page, 'office suggestions list');
  await snap(page, 'zone-office-suggestions');
  await page.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Anregung ${reference}` })).toBeVisible();
  await expect(page.getByTestId('suggestion-contact')).toContainText(contact.email);
  await expectAccessible(page, 'office suggestion detail');

  // Answered and published straight from "received": one save (issue 18), after the missing answer is pointed out.
  await page.getByLabel('Neuer Status').selectOption('answered');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Für diesen Status ist eine öffentliche Antwort nötig.',
  );
  await page.getByLabel('Öffentliche Antwort').fill('Danke! Die Bank kommt im Frühjahr.');
  await page.getByLabel(/veröffentlichen/).check();
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByTestId('suggestion-status')).toHaveText('Beantwortet');
  await expect(page.getByLabel(/veröffentlichen/)).toBeChecked();
  await expectAccessible(page, 'office suggestion answered');
  await snap(page, 'zone-office-suggestion');

  // Public list: text, answer, status; no contact data anywhere on the page or in the API answer.
  await page.goto('/anregungen');
  const item = page.getByRole('article', { name: `Anregung ${reference}` });
  await expect(item).toContainText(text);
  await expect(item).toContainText('Danke! Die Bank kommt im Frühjahr.');
  await expect(item).toContainText('Stand: Beantwortet');
  const body = (await page.locator('body').textContent()) ?? '';
  for (const secret of [contact.name, contact.email, contact.phone]) expect(body).not.toContain(secret);
  const raw = await (await page.request.get('/api/v1/public/suggestions')).text();
  for (const secret of [contact.name, contact.email, '123456']) expect(raw).not.toContain(secret);
  await expectAccessible(page, 'site suggestions list');
  await snap(page, 'zone-site-suggestions');
});

test('a suggestion typed at the kiosk arrives as a kiosk suggestion', async ({ page, hub, api }) => {
  await openKiosk(page, hub.url, hub.credentials.terminalKey);
  await page.getByRole('button', { name: /Ideen und Hinweise/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ihre Idee für die Stadt' })).toBeVisible();
  await expectAccessible(page, 'kiosk suggestion');
  await snap(page, 'zone-kiosk-suggest');
  const text = `Mehr Licht am Eingang, bitte (${Date.now()}).`;
  await page.getByLabel('Ihre Anregung').fill(text);
  await page.getByRole('button', { name: 'Anregung senden' }).click();
  await expect(page.getByRole('heading', { name: 'Vielen Dank für Ihre Anregung!' })).toBeVisible();
  await expectAccessible(page, 'kiosk suggestion thanks');
  await snap(page, 'zone-kiosk-suggest-thanks');

  const list = await api.request<StaffSuggestionList>('GET', '/api/v1/zone/suggestions?limit=200', {
    as: 'zone',
  });
  const stored = list.items.find((s) => s.text === text);
  expect(stored).toMatchObject({ source: 'kiosk', status: 'received', contact: null });
});
