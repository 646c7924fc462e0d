/**
 * "Take it home" (issue 18): each 115 service page and each map place on the kiosk shows a QR code to the same
 * page on the public website, built from the hub's configured `publicUrl` (here the test hub's own address, as the
 * e2e hub is configured), never the kiosk's localhost. The target page exists on the site. Portrait kiosk, axe 0.
 */
import { expect, expectAccessible, test } from '../support/fixtures.ts';
import { openKiosk, portrait } from './kiosk-support.ts';

test('a 115 service page on the kiosk offers its public page as a QR code', async ({ page, hub }) => {
  await openKiosk(page, hub.url, hub.credentials.terminalKey);
  await page.setViewportSize(portrait);
  await page.getByRole('button', { name: /Fragen und Behördennummer 115/ }).click();
  await page.getByRole('button', { name: /Personalausweis beantragen/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Personalausweis beantragen' })).toBeVisible();

  const takeHome = page.getByTestId('take-home-qr');
  await expect(takeHome.getByRole('heading', { level: 2, name: 'Zum Mitnehmen' })).toBeVisible();
  const qr = takeHome.getByRole('img', { name: /^QR-Code zur Seite / });
  await expect(qr).toBeVisible();
  const url = await qr.getAttribute('data-qr-url');
  expect(url).toBe(`${hub.url}/leistungen/personalausweis-beantragen`);
  expect(url!.startsWith(hub.url)).toBe(true);
  expect(url).not.toContain('localhost');
  await expect(takeHome).toContainText(url!);
  await expectAccessible(page, 'kiosk service take-home');

  // The same in Arabic: the words are translated, the address stays the public one.
  await page.getByTestId('language-button').click();
  await page.getByRole('button', { name: /العربية/ }).click();
  // The screen starts again at its search in the new language; the service's own text is the catalogue's.
  await page.getByRole('button', { name: /Personalausweis beantragen/ }).click();
  await expect(takeHome.getByRole('heading', { level: 2, name: 'خذها معك' })).toBeVisible();
  await expect(takeHome.getByRole('img')).toHaveAttribute('data-qr-url', url!);
  await expectAccessible(page, 'kiosk service take-home (ar)');

  // The address is a real page of the public website.
  await page.goto(url!);
  await expect(page.getByRole('heading', { level: 1, name: 'Personalausweis beantragen' })).toBeVisible();
});

test('a map place on the kiosk offers its public page as a QR code', async ({ page, hub }) => {
  await openKiosk(page, hub.url, hub.credentials.terminalKey);
  await page.setViewportSize(portrait);
  await page.getByRole('button', { name: /Stadtplan/ }).click();
  // The list and the search are in a drawer over the map (kiosk-layout.spec.ts).
  await page.getByRole('button', { name: /Liste und Suche/ }).click();
  await page.getByLabel('Suchen nach Name, Art oder Straße').fill('bibliothek');
  await page.getByRole('button', { name: /Stadtbibliothek/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Stadtbibliothek' })).toBeVisible();

  const qr = page.getByRole('img', { name: /^QR-Code zur Seite / });
  await expect(qr).toBeVisible();
  const url = (await qr.getAttribute('aria-label'))!.replace(/^QR-Code zur Seite /, '');
  expect(url.startsWith(`${hub.url}/stadtplan/`)).toBe(true);
  expect(url).not.toContain('localhost');
  await expectAccessible(page, 'kiosk map place take-home');

  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'Stadtbibliothek' }).first()).toBeVisible();
});
