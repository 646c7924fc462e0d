/**
 * Dashboards, the monthly report (printed to a PDF in the test run), the kiosk start screen content editor and the
 * public transparency page: each checked with axe and photographed.
 */
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, expectAccessible, snap, test } from '../support/fixtures.ts';
import { openOffice } from '../support/office.ts';
import { artifactsDir } from '../support/paths.ts';
import { openKiosk } from './kiosk-support.ts';

test('statistics dashboard and the printable monthly report', async ({ page, api }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await openOffice(page, api, 'zone', '/zone/stats');
  await expect(page.getByRole('heading', { level: 1, name: 'Auswertung' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Besuche je Tag' })).toBeVisible();
  await expect(page.getByRole('img', { name: /Diagramm: Besuche je Tag/ })).toBeVisible();
  await expectAccessible(page, 'zone statistics');
  await snap(page, 'zone-stats');

  const month = (await api.hubToday()).slice(0, 7);
  await page.goto(`/office/zone/report?month=${month}`);
  await expect(page.getByRole('heading', { level: 1, name: /^Monatsbericht / })).toBeVisible();
  await expect(page.getByText(/Prüfprotokoll bei Erstellung: Eintrag \d+/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Dokumente je Tag' })).toHaveAttribute(
    'href',
    `/api/v1/zone/reports/monthly?month=${month}&format=csv&table=documents_by_day`,
  );
  await expectAccessible(page, 'zone monthly report');
  await snap(page, 'zone-report');

  const csv = await page.request.get(`/api/v1/zone/reports/monthly?month=${month}&format=csv&table=summary`);
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect(await csv.text()).toContain('Kennzahl;Wert');

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeHidden();
  mkdirSync(artifactsDir, { recursive: true });
  const pdfPath = join(artifactsDir, 'zone-monthly-report.pdf');
  await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
  expect(statSync(pdfPath).size).toBeGreaterThan(10_000);
  await page.emulateMedia({ media: 'screen' });
});

test('zone staff edit the kiosk start screen; the public figures page shows aggregates', async ({
  page,
  api,
  hub,
}) => {
  await openOffice(page, api, 'zone', '/zone/content');
  await expect(page.getByRole('heading', { level: 1, name: 'Startseite des Kiosks' })).toBeVisible();
  const title = `Lesecafé ${Date.now()}`;
  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('Text', { exact: true }).fill('Jeden Donnerstag lesen wir in der Zone vor.');
  await page.getByRole('button', { name: 'Hinzufügen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 3, name: title })).toBeVisible();
  await page.getByRole('button', { name: 'Zeile hinzufügen' }).click();
  await page.getByRole('button', { name: 'Öffnungszeiten speichern' }).click();
  await expect(page.getByText('Gespeichert.').last()).toBeVisible();
  await expectAccessible(page, 'zone start screen content');
  await snap(page, 'zone-content');
  const info = await api.request<{ announcements: { title: string }[]; openingHours: unknown[] }>(
    'GET',
    '/api/v1/public/zone',
  );
  expect(info.announcements.map((a) => a.title)).toContain(title);
  expect(info.openingHours).toContainEqual({ weekday: 1, opens: '10:00', closes: '18:00' });

  // The kiosk start screen shows it, with the staffed hours.
  await openKiosk(page, hub.url, hub.credentials.terminalKey);
  await expect(page.getByTestId('kiosk-announcement').filter({ hasText: title })).toBeVisible();
  await expect(page.getByText('Personal in der Zone:')).toContainText('Montag 10:00–18:00 Uhr');
  await expectAccessible(page, 'kiosk start with announcement');
  await snap(page, 'zone-kiosk-start-announcement');

  await page.goto('/zahlen');
  await expect(page.getByRole('heading', { level: 1, name: 'Zahlen zum Bürgerpunkt' })).toBeVisible();
  await expect(page.getByTestId('transparency-totals')).toContainText('Dokumente über die DokBox ausgegeben');
  await expectAccessible(page, 'site transparency');
  await snap(page, 'zone-site-transparency');
});
