// The hub goes away (restart, update) while the kiosk shows its start screen: within a few seconds the kiosk shows
// its calm "Bürgerpunkt wird neu gestartet" screen (German first, then the visitor's language); a reload while the
// hub is away gets the service worker's offline restart page instead of the browser's error page; when the same
// hub is back (a real process stopped and started again, same port and data folder) the kiosk returns to its start
// screen by itself.
import { expect, test } from '../support/fixtures.ts';
import { startHubProcess, type RunningHub } from '../support/hub.ts';
import { checkScreen, freePort, openKiosk } from './kiosk-support.ts';

let ownHub: RunningHub;
let port: number;
test.beforeAll(async () => {
  port = await freePort();
  ownHub = await startHubProcess({ port });
});
test.afterAll(async () => ownHub?.stop());

test('the restart screen while the hub is down, the kiosk back by itself when it returns', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await openKiosk(page, ownHub.url, ownHub.credentials.terminalKey);
  // The service worker is active and keeps the restart page (it needs a secure context: 127.0.0.1 is one).
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  expect(await page.evaluate(async () => Boolean(await caches.match('/kiosk/restart.html')))).toBe(true);

  // A visitor chose English.
  await page.getByTestId('language-button').click();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to the Bürgerpunkt' })).toBeVisible();

  // The hub stops: the running kiosk shows its restart screen, German first, then English.
  const dataDir = ownHub.dataDir;
  await ownHub.stopProcess();
  const restart = page.getByTestId('kiosk-restart');
  await expect(page.getByRole('heading', { level: 1, name: 'Bürgerpunkt wird neu gestartet' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(restart).toContainText('Der Kiosk ist gleich von selbst wieder da');
  await expect(page.getByRole('heading', { level: 2, name: 'Bürgerpunkt is restarting' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Call staff' })).toHaveCount(0);
  await checkScreen(page, 'restart');

  // The kiosk PC's browser reloads while the hub is away: the service worker's offline page, not an error page.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Bürgerpunkt wird neu gestartet' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Bürgerpunkt is restarting' })).toBeVisible();
  await expect(page.locator('#chosen')).toHaveAttribute('lang', 'en');
  await checkScreen(page, 'restart-offline');

  // The same hub starts again: the kiosk returns to its start screen by itself, in German.
  ownHub = await startHubProcess({ port, dataDir });
  await expect(page.getByRole('heading', { level: 1, name: 'Willkommen im Bürgerpunkt' })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByRole('button', { name: /Dokument abholen/ })).toBeVisible();
});

test('the running kiosk returns by itself without a reload', async ({ page }) => {
  test.setTimeout(150_000);
  await openKiosk(page, ownHub.url, ownHub.credentials.terminalKey);
  const dataDir = ownHub.dataDir;
  await ownHub.stopProcess();
  await expect(page.getByRole('heading', { level: 1, name: 'Bürgerpunkt wird neu gestartet' })).toBeVisible({
    timeout: 15_000,
  });
  ownHub = await startHubProcess({ port, dataDir });
  await expect(page.getByRole('heading', { level: 1, name: 'Willkommen im Bürgerpunkt' })).toBeVisible({
    timeout: 20_000,
  });
});
