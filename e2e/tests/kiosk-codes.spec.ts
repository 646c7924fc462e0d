// Wrong codes at the kiosk against a hub of its own (the terminal's throttle must not leak into other tests):
// each wrong code says so in plain words and lets the citizen retry; at pickup.maxCodeAttempts (5) the code is
// locked and even the right one is refused like a wrong one; a citizen's resend does not unlock it, a staff resend
// does; and after pickup.terminalFreeFailures wrong codes at one terminal the kiosk asks the next person to wait.
import { expect, test } from '../support/fixtures.ts';
import { HubApi } from '../support/hub-api.ts';
import { startHubProcess, type RunningHub } from '../support/hub.ts';
import {
  checkScreen,
  enterPhoneAndCode,
  freePort,
  openKiosk,
  shownProblem,
  typeOnKeypad,
} from './kiosk-support.ts';

const maxCodeAttempts = 5;
const terminalFreeFailures = 6;

test.describe.configure({ mode: 'serial' });

let ownHub: RunningHub;
test.beforeAll(async () => {
  ownHub = await startHubProcess({
    port: await freePort(),
    env: {
      BP_PICKUP__MAX_CODE_ATTEMPTS: String(maxCodeAttempts),
      // Above the code budget, so the code locks before the terminal throttles.
      BP_PICKUP__TERMINAL_FREE_FAILURES: String(terminalFreeFailures),
    },
  });
});
test.afterAll(async () => ownHub?.stop());

test('wrong codes, lock-out, a new code by SMS, then the terminal throttle', async ({ page }) => {
  test.setTimeout(180_000);
  const api = new HubApi(ownHub);
  const document = await api.documentReadyForPickup({ typeId: 'civil_certificate' });
  const wrongCode = document.code === '111111' ? '222222' : '111111';
  await openKiosk(page, ownHub.url, ownHub.credentials.terminalKey);

  await enterPhoneAndCode(page, document.phone, wrongCode);
  for (let attempt = 1; attempt <= maxCodeAttempts; attempt++) {
    expect(await shownProblem(page), `attempt ${attempt}`).toBe('code_wrong');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Nummer oder Code passen nicht' }),
    ).toBeFocused();
    if (attempt === 1) await checkScreen(page, 'problem-code-wrong');
    await page.getByRole('button', { name: 'Code noch einmal eingeben' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ihr Abholcode' })).toBeVisible();
    // The number is kept for the retry; the wrong code is gone.
    await expect(page.getByLabel('Abholcode (6 Ziffern)')).toHaveValue('');
    await typeOnKeypad(page, attempt < maxCodeAttempts ? wrongCode : document.code);
    await page.getByRole('button', { name: 'Weiter' }).click();
  }
  // The right code after the budget is spent answers like a wrong one (the lock never confirms a guess).
  expect(await shownProblem(page)).toBe('code_wrong');
  await expect(page.getByRole('heading', { level: 1, name: 'Nummer oder Code passen nicht' })).toBeVisible();

  // A citizen's resend does not lift the lock (the budget is per document, not per code): the screen says an SMS
  // comes if a document waits, and none is sent.
  await page.getByRole('button', { name: 'Code noch einmal eingeben' }).click();
  await page.getByRole('button', { name: 'Ich habe keine SMS mehr' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Neuen Code per SMS' })).toBeVisible();
  await checkScreen(page, 'resend');
  await page.getByRole('button', { name: 'Neuen Code schicken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'SMS ist unterwegs' })).toBeVisible();
  await checkScreen(page, 'resend-sent');
  expect(await api.latestCode(document.phone)).toBe(document.code);

  // Staff send a fresh code from the office: that one lifts the lock.
  await api.request('POST', `/api/v1/documents/${document.id}/resend-code`, { as: 'clerk', body: {} });
  await expect.poll(() => api.latestCode(document.phone)).not.toBe(document.code);
  const freshCode = await api.latestCode(document.phone);
  await page.getByRole('button', { name: 'Code eingeben' }).click();
  await typeOnKeypad(page, freshCode);
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ihr Dokument ist da' })).toBeVisible();
  // "Start again" cancels the session, so the document waits for its owner.
  await page.getByRole('button', { name: 'Neu beginnen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Willkommen im Bürgerpunkt' })).toBeVisible();

  // Wrong codes from other numbers: past the free failures the terminal blocks for a growing while (2 s, 4 s, …),
  // so one of the next attempts meets the block whatever the speed of the machine.
  let shown: string | null = null;
  for (let failure = maxCodeAttempts + 1; shown !== 'terminal_throttled'; failure++) {
    expect(failure, 'the terminal never asked to wait').toBeLessThanOrEqual(terminalFreeFailures + 6);
    await enterPhoneAndCode(page, api.uniquePhone(), wrongCode);
    shown = await shownProblem(page);
    if (failure <= terminalFreeFailures) expect(shown, `failure ${failure}`).toBe('code_wrong');
    else expect(['code_wrong', 'terminal_throttled'], `failure ${failure}`).toContain(shown);
    if (shown !== 'terminal_throttled') await page.getByRole('button', { name: 'Neu beginnen' }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Bitte kurz warten' })).toBeVisible();
  await expect(page.locator('main')).toContainText('Wartezeit: etwa 1 Min.');
  await checkScreen(page, 'problem-terminal-throttled');
});
