// The loader's and the zone's screens: loading by barcode (keyboard-wedge scanner), take-backs, and the live
// dashboard that shows a raised alert without reloading.
import { expect, expectAccessible, snap, test } from '../support/fixtures.ts';
import { openOffice } from '../support/office.ts';

test('a loader loads a document by scanning its reference; the screen confirms when the door is closed', async ({
  page,
  api,
}) => {
  const document = await api.registerDocument({ typeId: 'civil_certificate' });
  await openOffice(page, api, 'loader', '/loading');
  const scan = page.getByLabel('Vorgangsnummer scannen oder eingeben');
  await expect(scan).toBeFocused();
  await expectAccessible(page, 'office loading');

  // A wedge scanner types fast and ends with Enter.
  await scan.pressSequentially(document.reference, { delay: 5 });
  await scan.press('Enter');
  const heading = page.getByRole('heading', { level: 2, name: /^Fach \d+$/ });
  await expect(heading).toBeVisible();
  const number = Number((await heading.textContent())!.replace(/\D/g, ''));
  await expect(
    page.getByText(`Legen Sie das Dokument ${document.reference} in Fach ${number}`),
  ).toBeVisible();
  await expect(
    page.getByRole('img', { name: `DokBox von vorn: Fach ${number} ist markiert.` }),
  ).toBeVisible();
  await expectAccessible(page, 'office loading waiting');
  await snap(page, 'office-loading');

  await api.simulator('dokbox-hn', number, 'place');
  await api.simulator('dokbox-hn', number, 'close');
  await expect(page.getByRole('status')).toContainText(`Fach ${number} ist zu`);
  await expectAccessible(page, 'office loading done');
  await snap(page, 'office-loading-done');

  await page.getByRole('button', { name: 'Nächstes Dokument scannen' }).click();
  await expect(scan).toBeFocused();
  // An unknown reference is refused in plain words, and the field stays ready for the next scan.
  await scan.fill('GIBT-ES-NICHT-1');
  await scan.press('Enter');
  await expect(page.getByRole('alert')).toContainText('nicht gefunden');
});

test('a loader takes a withdrawn document back out of the box', async ({ page, api }) => {
  const document = await api.registerDocument({ typeId: 'civil_certificate' });
  const number = await api.loadIntoBox(document.id);
  await api.latestCode(document.phone);
  await api.request('POST', `/api/v1/documents/${document.id}/withdraw`, { as: 'clerk', body: {} });

  await openOffice(page, api, 'loader', '/returns');
  await expectAccessible(page, 'office returns');
  await snap(page, 'office-returns');
  await page.getByRole('button', { name: `Fach öffnen für ${document.reference}` }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Fach ${number}` })).toBeVisible();
  await api.simulator('dokbox-hn', number, 'take');
  await api.simulator('dokbox-hn', number, 'close');
  await expect(page.getByRole('status').first()).toContainText(
    `Dokument ${document.reference} ist aus der Box genommen`,
  );
});

test('the dashboard shows a raised alert live, and zone staff acknowledge and resolve it', async ({
  page,
  api,
}) => {
  await openOffice(page, api, 'zone', '/');
  await expect(page.getByText('Live: aktuell')).toBeVisible();
  await expectAccessible(page, 'office dashboard');

  // Someone forces a door open: the box reports it, the hub raises an alert, the dashboard shows it unasked.
  await api.simulator('dokbox-hn', 24, 'open_by_force');
  const alerts = page.getByTestId('open-alerts');
  // Other tests on this worker's hub may have left alerts open (e.g. a kiosk's call for staff): pick this one.
  const alert = alerts
    .getByRole('listitem')
    .filter({ hasText: 'Unerwartete Fachöffnung oder Belegungsänderung' })
    .first();
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Box dokbox-hn');
  await expectAccessible(page, 'office dashboard with alert');
  await snap(page, 'office-dashboard');

  await alert.getByRole('button', { name: /übernehmen$/ }).click();
  await expect(alert).toContainText('übernommen');
  await alert.getByRole('button', { name: /als erledigt markieren$/ }).click();
  await expect(
    alerts.getByRole('listitem').filter({ hasText: 'Unerwartete Fachöffnung oder Belegungsänderung' }),
  ).toHaveCount(0);
  await api.simulator('dokbox-hn', 24, 'close');
});
