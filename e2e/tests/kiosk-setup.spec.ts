// Pairing and the start screen's later services: without a terminal key (or with one the hub does not know) the
// kiosk says it is not set up; with one it keeps the key and hides it; the later services lead to their own screens
// (built by their issues) or to a "coming soon" screen that explains them, never to a dead button.
import { expect, test } from '../support/fixtures.ts';
import { checkScreen, openKiosk } from './kiosk-support.ts';

test('without a known terminal key the kiosk shows the set-up screen for staff', async ({ page, hub }) => {
  await page.goto(`${hub.url}/kiosk/`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Dieser Kiosk ist noch nicht eingerichtet' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /Dokument abholen/ })).toHaveCount(0);
  await checkScreen(page, 'not-set-up');

  // A fresh load (not a same-page jump to the fragment), as when staff open the address.
  await page.goto('about:blank');
  await page.goto(`${hub.url}/kiosk/#terminal=not-a-known-terminal-key`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Dieser Kiosk ist noch nicht eingerichtet' }),
  ).toBeVisible();
  expect(new URL(page.url()).hash).toBe('');
});

test('a paired kiosk keeps its key; no start button is a dead end', async ({ page, hub }) => {
  await openKiosk(page, hub.url, hub.credentials.terminalKey);
  expect(await page.evaluate(() => Object.values(localStorage))).toContain(hub.credentials.terminalKey);
  await page.goto(`${hub.url}/kiosk/`);
  const start = page.getByRole('heading', { level: 1, name: 'Willkommen im Bürgerpunkt' });
  await expect(start).toBeVisible();

  // Each other service has its own screen (none is "coming soon" any more), and each leads back.
  for (const button of [
    'Stadtplan',
    '360°-Rundgang',
    'Fragen und Behördennummer 115',
    'Ideen und Hinweise',
  ]) {
    await page.getByRole('navigation', { name: 'Auswahl' }).getByRole('button', { name: button }).click();
    await expect(start).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText('kommt bald');
    await page.getByRole('button', { name: 'Neu beginnen' }).click();
    await expect(start).toBeVisible();
  }
});
