/**
 * The visit tally on a tablet: taps survive a network drop (browser offline) and a lost answer (the hub stored the
 * batch but the tablet never heard back) and are counted exactly once; undo takes back the last tap.
 */
import type { VisitsToday } from '@buergerpunkt/contracts';
import { expect, expectAccessible, snap, test } from '../support/fixtures.ts';
import { openOffice } from '../support/office.ts';

test('tally taps survive a network drop and a lost answer exactly once', async ({ page, api }) => {
  const today = () => api.request<VisitsToday>('GET', '/api/v1/zone/visits/today', { as: 'zone' });
  const before = (await today()).total;
  await page.setViewportSize({ width: 1280, height: 900 });
  await openOffice(page, api, 'zone', '/zone/tally');
  await expect(page.getByRole('heading', { level: 1, name: 'Besuche zählen' })).toBeVisible();
  const status = page.getByTestId('tally-status');

  // 1. Online: one tap is stored at once.
  await page.getByRole('button', { name: 'DokBox, 65 und älter: zählen' }).click();
  await expect(status).toContainText('Alle Tipps sind gespeichert.');
  await expect(status).toContainText(`Heute gezählt: ${before + 1}`);
  await expectAccessible(page, 'zone tally');
  await snap(page, 'zone-tally');

  // 2. Offline: two taps wait on the tablet.
  await page.context().setOffline(true);
  await page.getByRole('button', { name: 'Karte, unter 30: zählen' }).click();
  await page.getByRole('button', { name: '115 / Fragen, 30–49: zählen' }).click();
  await expect(page.getByTestId('tally-pending')).toContainText('2 Tipps warten');
  await expectAccessible(page, 'zone tally offline');
  await snap(page, 'zone-tally-offline');
  expect((await today()).total).toBe(before + 1);

  // 3. Back online: sent once.
  await page.context().setOffline(false);
  await expect(status).toContainText('Alle Tipps sind gespeichert.');
  await expect(status).toContainText(`Heute gezählt: ${before + 3}`);

  // 4. A lost answer: the hub stores the batch, the tablet sees a failure, keeps the taps and sends them again.
  let lost = 0;
  await page.route('**/api/v1/zone/visits', async (route) => {
    if (route.request().method() === 'POST' && lost === 0) {
      lost++;
      await route.fetch();
      await route.abort('connectionreset');
      return;
    }
    await route.continue();
  });
  await page.getByRole('button', { name: 'Rundgang, 50–64: zählen' }).click();
  await expect(page.getByTestId('tally-pending')).toContainText('1 Tipp wartet');
  // The tablet may show the waiting tap before the hub has stored the first send: wait for the hub.
  await expect.poll(async () => (await today()).total).toBe(before + 4);
  // The retry (every few seconds) resends the same id; the hub does not count it again.
  await expect(status).toContainText('Alle Tipps sind gespeichert.');
  expect(lost).toBe(1);
  await expect(status).toContainText(`Heute gezählt: ${before + 4}`);
  expect((await today()).total).toBe(before + 4);
  await page.unroute('**/api/v1/zone/visits');

  // 5. Undo of the last tap.
  await page.getByRole('button', { name: 'Letzten Tipp zurücknehmen' }).click();
  await expect(status).toContainText('Zurückgenommen: Rundgang, 50–64.');
  await expect(status).toContainText(`Heute gezählt: ${before + 3}`);
  expect((await today()).total).toBe(before + 3);
});
