// Chain of custody (issue 16): a document's office page shows its full custody timeline — registration, loading,
// notification, a remote opening with its reason and both people, the occupancy change behind it, the door — and
// the Verwahrabgleich page lists the document the box no longer reads in its compartment.
import { expect, expectAccessible, snap, test } from '../support/fixtures.ts';
import { openOffice } from '../support/office.ts';

test("a document's custody timeline names every step, the remote opening's reason and both people", async ({
  page,
  hub,
  api,
}) => {
  const document = await api.documentReadyForPickup();
  const reason = `Kundin am Telefon, Fach prüfen ${Date.now().toString(36)}`;
  // An occupied compartment: the loader opens it only with a second loader's own login.
  await api.request('POST', `/api/v1/boxes/dokbox-hn/compartments/${document.compartment}/open`, {
    as: 'loader',
    body: { reason, secondLoader: { username: 'loader2', password: hub.passwordOf('loader2') } },
  });
  await api.request('GET', '/api/v1/dev/simulator/boxes/dokbox-hn');
  // Someone takes the document out: not a pickup.
  await api.simulator('dokbox-hn', document.compartment, 'take');
  await api.simulator('dokbox-hn', document.compartment, 'close');

  await openOffice(page, api, 'clerk', `/documents/${document.id}`);
  const section = page.getByRole('region', { name: 'Verwahrkette' });
  await expect(section).toBeVisible();
  const timeline = section.getByRole('table');
  await expect(timeline).toContainText('Erfasst');
  await expect(timeline).toContainText('Fach zum Einlegen geöffnet');
  await expect(timeline).toContainText('Code erstellt, SMS veranlasst');
  const remote = timeline.getByRole('row').filter({ hasText: 'Fach aus dem Büro geöffnet' });
  await expect(remote).toContainText('Lars Bestücker (Demo) mit Lena Bestückerin (Demo)');
  await expect(remote).toContainText(`Grund: ${reason}`);
  await expect(remote).toContainText(`Fach ${document.compartment}`);
  const removed = timeline.getByRole('row').filter({ hasText: 'Belegung des Fachs hat sich geändert' });
  await expect(removed).toContainText('Fach leer');
  await expect(timeline).toContainText('Fachtür geschlossen');
  await expectAccessible(page, 'office document custody timeline');
  await snap(page, 'office-document-custody');

  // The reconciliation, run on demand by the loader, lists the document as missing from its compartment.
  await openOffice(page, api, 'loader', '/custody');
  await expect(page.getByRole('heading', { level: 1, name: 'Verwahrabgleich' })).toBeVisible();
  await page.getByRole('button', { name: 'Jetzt abgleichen' }).click();
  await expect(page.getByText('Der Abgleich ist gelaufen.')).toBeVisible();
  const missing = page.getByRole('row').filter({ hasText: document.reference });
  await expect(missing).toContainText('Dokument fehlt: das Fach meldet leer');
  await expectAccessible(page, 'office custody reconciliation');
  await snap(page, 'office-custody-reconciliation');
});
