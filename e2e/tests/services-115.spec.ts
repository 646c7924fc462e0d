/**
 * The 115 services: the site's search with suggestions and a service page with everything a citizen needs; the
 * kiosk's "Fragen / 115" screen searching its downloaded catalogue and the red phone's call-back form; the back
 * office's catalogue (edit with preview, import with the per-record report) and the call-back list.
 */
import type { CallbackRequestList } from '@buergerpunkt/contracts';
import { expect, expectAccessible, snap, test } from '../support/fixtures.ts';
import { openOffice } from '../support/office.ts';
import { openKiosk } from './kiosk-support.ts';

// The 115 answers Mon–Fri 8–18 (not on holidays): the hub's clock stands on a Wednesday morning, so the kiosk and
// the site offer the call and the call-back form waits behind its button whatever the real hour (the closed hotline
// is tested in services-red-phone.spec.ts).
test.use({ hubFixedStart: '2027-03-03T10:00:00+01:00' });

test('the site finds a service as people type it and shows everything a citizen needs', async ({ page }) => {
  await page.goto('/leistungen');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Leistungen der Verwaltung und die 115' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Personalausweis beantragen' })).toBeVisible();
  await expectAccessible(page, 'site services');
  await snap(page, 'services-site-search');

  // Suggestions while typing, colloquial and without the umlaut.
  await page.getByLabel('Wonach suchen Sie?').fill('fuhrerschein umschr');
  const suggestions = page.getByRole('list', { name: 'Vorschläge' });
  await expect(suggestions.getByRole('link').first()).toHaveText('Führerschein umtauschen (Pflichtumtausch)');
  await expectAccessible(page, 'site services suggestions');

  await page.getByLabel('Wonach suchen Sie?').fill('perso verloren');
  await page.getByRole('button', { name: 'Suchen' }).click();
  await expect(page.getByRole('heading', { name: /Treffer für „perso verloren“/ })).toBeVisible();
  await page.getByRole('link', { name: 'Verlust oder Diebstahl des Ausweises melden' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Verlust oder Diebstahl des Ausweises melden' }),
  ).toBeVisible();
  await expectAccessible(page, 'site service page');

  await page.goto('/leistungen/personalausweis-beantragen');
  await expect(page.getByRole('heading', { level: 1, name: 'Personalausweis beantragen' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'In Leichter Sprache' })).toBeVisible();
  await expect(
    page.getByText('Sie brauchen einen neuen Ausweis? Dann gehen Sie zum Bürgeramt.'),
  ).toBeVisible();
  await expect(page.getByText('Stadt Hohen Neuendorf, Bürgeramt').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'So funktioniert die DokBox' }).last()).toHaveAttribute(
    'href',
    '/dokbox',
  );
  const hours = page.getByRole('table', { name: 'Öffnungszeiten' }).first();
  await expect(hours).toContainText('Dienstag');
  // Each weekday once: the Bürgeramt's Tuesday with its lunch break is one row with two ranges (issue 18).
  const days = await hours.getByRole('rowheader').allTextContents();
  expect(days).toEqual([...new Set(days)]);
  await expect(hours.getByRole('row', { name: /Dienstag/ })).toContainText('09:00 bis 12:00 Uhr');
  await expect(hours.getByRole('row', { name: /Dienstag/ })).toContainText('13:00 bis 18:00 Uhr');
  await expectAccessible(page, 'site service page id card');
  await snap(page, 'services-site-service');
});

test('a call-back request from the site reaches zone staff, who close it', async ({ page, api }) => {
  await page.goto('/leistungen');
  await expect(page.getByRole('heading', { name: 'Die Behördennummer 115' })).toBeVisible();
  // The service centre answers (see the hub's clock above): the form is offered behind its button.
  const offer = page.getByRole('button', { name: 'Rückruf erbitten' });
  await offer.click();
  const phone = `03303 ${String(Date.now()).slice(-6)}`;
  await page.getByLabel('Ihre Telefonnummer').fill(phone);
  await page.getByLabel('Worum geht es?').fill('Welche Unterlagen brauche ich für Wohngeld?');
  await page.getByRole('button', { name: 'Rückruf erbitten' }).click();
  await expect(page.getByText('Bitte stimmen Sie dem Rückruf zu.').first()).toBeVisible();
  await expectAccessible(page, 'site callback form with error');
  await page.getByLabel(/Ich bin einverstanden/).check();
  await page.getByRole('button', { name: 'Rückruf erbitten' }).click();
  await expect(page.getByText('Danke! Wir rufen Sie zurück')).toBeVisible();
  await expectAccessible(page, 'site callback sent');
  await snap(page, 'services-site-callback');

  await openOffice(page, api, 'zone', '/services/callbacks');
  await expect(page.getByRole('heading', { level: 1, name: 'Rückrufbitten (115)' })).toBeVisible();
  const row = page
    .getByRole('row')
    .filter({ hasText: 'Welche Unterlagen brauche ich für Wohngeld?' })
    .first();
  await expect(row).toBeVisible();
  await expectAccessible(page, 'office callbacks');
  await snap(page, 'services-office-callbacks');
  await row.getByRole('textbox').fill('Zurückgerufen, Antrag erklärt.');
  await row.getByRole('button', { name: 'Erledigt' }).click();
  const list = await api.request<CallbackRequestList>('GET', '/api/v1/services/callback-requests', {
    as: 'zone',
  });
  await expect
    .poll(
      async () =>
        (
          await api.request<CallbackRequestList>('GET', '/api/v1/services/callback-requests', { as: 'zone' })
        ).items.find((i) => i.topic === 'Welche Unterlagen brauche ich für Wohngeld?')?.status,
    )
    .toBe('done');
  expect(list.items.length).toBeGreaterThan(0);
});

test('the kiosk answers questions from its own copy of the catalogue and offers the red phone', async ({
  page,
  hub,
}) => {
  await openKiosk(page, hub.url, hub.credentials.terminalKey);
  await page.getByRole('button', { name: /Fragen und Behördennummer 115/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fragen an die Verwaltung' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Personalausweis beantragen/ })).toBeVisible();
  await expectAccessible(page, 'kiosk questions');
  await snap(page, 'services-kiosk-search');

  // Searched in the browser: the hub is not asked again while typing.
  let searchRequests = 0;
  page.on('request', (request) => {
    if (
      request.url().includes('/api/v1/services/search') ||
      request.url().includes('/api/v1/services/suggest')
    )
      searchRequests++;
  });
  await page.getByLabel('Wonach suchen Sie?').fill('hund anmelden');
  await page.getByRole('button', { name: /Hund anmelden \(Hundesteuer\)/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hund anmelden (Hundesteuer)' })).toBeVisible();
  await expect(
    page.getByText('Sie haben einen Hund? Dann müssen Sie ihn bei der Stadt anmelden.'),
  ).toBeVisible();
  expect(searchRequests).toBe(0);
  await expectAccessible(page, 'kiosk service answer');
  await snap(page, 'services-kiosk-answer');

  await page.getByRole('button', { name: '115 anrufen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Die 115 anrufen' })).toBeVisible();
  await expect(page.getByText('Nehmen Sie den roten Hörer')).toBeVisible();
  const offer = page.getByRole('button', { name: 'Rückruf erbitten' });
  await offer.click();
  await expect(page.getByLabel('Ihre Telefonnummer')).toBeVisible();
  await expectAccessible(page, 'kiosk red phone');
  await snap(page, 'services-kiosk-phone');

  // The hub's catalogue unreachable: the kiosk answers from the copy it kept.
  await page.route('**/api/v1/services/catalogue', (route) => route.abort());
  await page.getByRole('button', { name: 'Zurück zur Suche' }).click();
  await page.getByRole('button', { name: 'Zur Startseite' }).click();
  await page.getByRole('button', { name: /Fragen und Behördennummer 115/ }).click();
  await expect(
    page.getByText('Ohne Verbindung: Die Suche nutzt die gespeicherte Liste der Leistungen.'),
  ).toBeVisible();
  await page.getByLabel('Wonach suchen Sie?').fill('sperrmuell');
  await expect(page.getByRole('button', { name: /Sperrmüll abholen lassen/ })).toBeVisible();
});

test('zone staff edit a service with preview and import a file with a per-record report', async ({
  page,
  api,
}) => {
  await openOffice(page, api, 'zone', '/services');
  await expect(page.getByRole('heading', { level: 1, name: 'Leistungskatalog (115)' })).toBeVisible();
  await expectAccessible(page, 'office services list');
  await snap(page, 'services-office-list');

  await page.getByRole('link', { name: 'Sperrmüll abholen lassen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Leistung bearbeiten/ })).toBeVisible();
  const fees = `siehe Abfallgebührensatzung (geprüft ${Date.now()})`;
  await page.getByRole('textbox', { name: 'Gebühren' }).fill(fees);
  await expect(page.getByRole('region', { name: 'Vorschau' })).toContainText(fees);
  await expectAccessible(page, 'office service edit');
  await snap(page, 'services-office-edit');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText(/Gespeichert \(Version \d+\)/)).toBeVisible();

  await page.goto('/office/services/import');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Leistungen importieren und exportieren' }),
  ).toBeVisible();
  const good = {
    id: `e2e-leistung-${Date.now()}`,
    leikaKey: '99000000009999',
    name: 'Testleistung aus dem Import',
    shortDescription: 'Kurz',
    longDescription: 'Lang',
    leichteSprache: 'Leicht',
    fees: 'keine',
    processingTime: 'sofort',
    authorityLevel: 'town',
    authorityName: 'Stadt Hohen Neuendorf',
    popularity: 5,
    lastReviewedOn: '2026-11-20',
  };
  const bad = { ...good, id: `${good.id}-b`, leikaKey: '123' };
  await page.getByLabel('Datei (JSON oder CSV)').setInputFiles({
    name: 'leistungen.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify([good, bad])),
  });
  await page.getByRole('button', { name: 'Importieren' }).click();
  await expect(page.getByText('2 Datensätze: 1 neu, 0 geändert, 1 mit Fehlern.')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'leikaKey' })).toContainText(
    'Der LeiKa-Schlüssel muss aus genau 14 Ziffern bestehen.',
  );
  await expectAccessible(page, 'office services import report');
  await snap(page, 'services-office-import');
});
