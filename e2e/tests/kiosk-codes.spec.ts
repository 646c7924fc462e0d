// Wrong codes at the kiosk against a hub of its own (the terminal's throttle must not leak into other tests):
// each wrong code says so in plain words and lets the citizen retry, from the second on with the tries left; at
// pickup.maxCodeAttempts (5) the code is locked and even the right one is refused; the citizen's own resend keeps
// the lock, the staff's new code lifts it; and after
// pickup.terminalFreeFailures wrong codes at one terminal the kiosk asks the next person to wait.
import { expect, test } from '../support/fixtures.ts';
import { HubApi } from '../support/hub-api.ts';
import { startHubProcess, type RunningHub } from '../support/hub.ts';
import {
  asTyped,
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

test('wrong codes with the tries left, lock-out, a new code from staff, then the terminal throttle', async ({
  page,
}) => {
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
    // From the second wrong code on: how many tries are left, and what happens then.
    if (attempt === 1) await expect(page.getByTestId('problem-note')).toHaveCount(0);
    else if (attempt < maxCodeAttempts)
      await expect(page.getByTestId('problem-note')).toHaveText(
        `Übrige Versuche: ${maxCodeAttempts - attempt}. Danach wird der Code gesperrt. Einen neuen Code kann Ihnen dann nur das Personal schicken.`,
      );
    else await expect(page.getByTestId('problem-note')).toContainText('Jetzt ist der Code gesperrt.');
    if (attempt === 2) await checkScreen(page, 'problem-code-wrong-tries-left');
    await page.getByRole('button', { name: 'Code noch einmal eingeben' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ihr Abholcode' })).toBeVisible();
    // The number is kept for the retry; the wrong code is gone.
    await expect(page.getByLabel('Abholcode (6 Ziffern)')).toHaveValue('');
    await typeOnKeypad(page, attempt < maxCodeAttempts ? wrongCode : document.code);
    await page.getByRole('button', { name: 'Weiter' }).click();
  }
  // The right code after the budget is spent: the hub answers a locked code like a wrong one (so the lock never
  // confirms a guess); the kiosk, having counted the tries, says the code is locked and that staff can help.
  expect(await shownProblem(page)).toBe('code_wrong');
  await expect(page.getByTestId('problem-note')).toHaveText(
    'Jetzt ist der Code gesperrt. Bitte rufen Sie das Personal: Es kann Ihnen einen neuen Code schicken.',
  );
  await checkScreen(page, 'problem-code-locked');

  // The citizen's own resend keeps the lock (it would not open the box, so no SMS goes out for it) …
  await page.getByRole('button', { name: 'Neu beginnen' }).click();
  await page.getByRole('button', { name: /Dokument abholen/ }).click();
  await typeOnKeypad(page, asTyped(document.phone));
  await page.getByRole('button', { name: 'Weiter' }).click();
  await page.getByRole('button', { name: 'Ich habe keine SMS mehr' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Neuen Code per SMS' })).toBeVisible();
  await checkScreen(page, 'resend');
  await page.getByRole('button', { name: 'Neuen Code schicken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'SMS ist unterwegs' })).toBeVisible();
  await checkScreen(page, 'resend-sent');
  expect(await api.latestCode(document.phone)).toBe(document.code);
  // … the staff's new code lifts it.
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
  // The hub's own wait (a few seconds this early in the window), not rounded up to "1 Min.".
  await expect(page.locator('main')).toContainText(/Bitte warten Sie \d{1,2} Sekunden\./);
  await expect(page.locator('main')).not.toContainText('Min.');
  await checkScreen(page, 'problem-terminal-throttled');
});
