// Idle reset against a hub with short idle times (kiosk.idleSeconds / countdownSeconds from the environment): the
// countdown shows, "I need more time" keeps everything, and at zero the kiosk starts over in German with nothing
// of the citizen left on screen, and the pickup it had started is cancelled at the hub (the same code works again).
// The browser's time is the test's (Playwright's page.clock.setFixedTime: Date stands still, timers keep running): the
// idle time and the countdown pass when the test says so, and the countdown stands still while axe and the
// screenshots run, however slow the machine.
import { expect, test } from '../support/fixtures.ts';
import { HubApi } from '../support/hub-api.ts';
import { startHubProcess, type RunningHub } from '../support/hub.ts';
import { asTyped, checkScreen, freePort, openKiosk, typeOnKeypad } from './kiosk-support.ts';

let ownHub: RunningHub;
test.beforeAll(async () => {
  ownHub = await startHubProcess({
    port: await freePort(),
    env: { BP_KIOSK__IDLE_SECONDS: '5', BP_KIOSK__COUNTDOWN_SECONDS: '45' },
  });
});
test.afterAll(async () => ownHub?.stop());

test('the idle countdown, more time, then a reset that forgets everything and cancels the pickup', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const api = new HubApi(ownHub);
  const document = await api.documentReadyForPickup({ typeId: 'civil_certificate' });
  const start = Date.now();
  await page.clock.setFixedTime(start);
  await openKiosk(page, ownHub.url, ownHub.credentials.terminalKey);

  // In English, to see the reset bring back German.
  await page.getByTestId('language-button').click();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to the Bürgerpunkt' })).toBeVisible();
  await page.getByRole('button', { name: /Collect a document/ }).click();
  await typeOnKeypad(page, asTyped(document.phone));
  await page.getByRole('button', { name: 'Next' }).click();
  await typeOnKeypad(page, document.code);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your document is here' })).toBeVisible();

  // Six seconds without a touch (idle time 5 s): the countdown shows, and stands still through the checks.
  const dialog = page.getByRole('alertdialog', { name: 'Are you still there?' });
  const countdown = page.getByTestId('idle-countdown');
  await page.clock.setFixedTime(start + 6_000);
  await expect(dialog).toBeVisible();
  await expect(countdown).toContainText('44 seconds left');
  await expect(dialog.getByRole('button', { name: 'I need more time' })).toBeFocused();
  await checkScreen(page, 'idle-countdown');
  await expect(countdown).toContainText('44 seconds left');
  await dialog.getByRole('button', { name: 'I need more time' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Your document is here' })).toBeVisible();

  // Nobody touches the kiosk any more: idle time and countdown run out.
  await page.clock.setFixedTime(start + 12_000);
  await expect(dialog).toBeVisible();
  await page.clock.setFixedTime(start + 12_000 + 45_000);
  await expect(page.getByRole('heading', { level: 1, name: 'Willkommen im Bürgerpunkt' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  const text = await page.locator('body').innerText();
  expect(text).not.toContain(asTyped(document.phone));
  expect(text).not.toContain('Personenstandsurkunde');
  expect(text).not.toContain(`Fach ${document.compartment}`);
  await expect(page.getByRole('button', { name: 'Neu beginnen' })).toHaveCount(0);

  // The session was cancelled at the hub: the same code starts a new pickup instead of "already running".
  await page.getByRole('button', { name: /Dokument abholen/ }).click();
  await expect(page.getByLabel('Handynummer')).toHaveValue('');
  await typeOnKeypad(page, asTyped(document.phone));
  await page.getByRole('button', { name: 'Weiter' }).click();
  await typeOnKeypad(page, document.code);
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ihr Dokument ist da' })).toBeVisible();
});
