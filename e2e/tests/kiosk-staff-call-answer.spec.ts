/**
 * The honest staff call during staffed hours (issue 18), two browsers at once: the kiosk shows that its call was
 * seen once someone in the office takes it on ("Übernehmen", audited); without that, after the set time
 * (`kiosk.callStaffAnswerSeconds`, 120 s), it says nobody has answered yet and offers the 115 call-back and the
 * Bürgeramt's opening hours. The hub's clock stands on a Tuesday late morning (the demo zone is staffed Tuesday
 * 10–13), whatever the real hour; the kiosk's own clock is driven by the test for the waiting time.
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from '../support/fixtures.ts';
import { openOffice } from '../support/office.ts';
import { openKiosk, portrait } from './kiosk-support.ts';

test.use({ hubFixedStart: '2027-03-02T11:00:00+01:00' });

interface Alert {
  id: string;
  kind: string;
  acknowledgedAt: string | null;
  data: { source?: string };
}

test.beforeEach(async ({ api }) => {
  // A call still open from another test would make the kiosk say "staff are on their way" without a new alert.
  const open = await api.request<Alert[]>('GET', '/api/v1/alerts?open=true', { as: 'zone' });
  for (const alert of open.filter((a) => a.kind === 'call_staff'))
    await api.request('POST', `/api/v1/alerts/${alert.id}/resolve`, { as: 'zone' });
});

test('the kiosk shows that the office has seen the call', async ({ browser, hub, api }) => {
  const officeContext = await browser.newContext({ baseURL: hub.url });
  const kioskContext = await browser.newContext({ baseURL: hub.url });
  try {
    const office = await officeContext.newPage();
    await openOffice(office, api, 'zone', '/');
    const kiosk = await kioskContext.newPage();
    await openKiosk(kiosk, hub.url, hub.credentials.terminalKey);
    await kiosk.setViewportSize(portrait);
    await kiosk.getByRole('button', { name: 'Personal rufen' }).click();
    await expect(kiosk.getByRole('heading', { level: 1, name: 'Das Personal ist gerufen' })).toBeVisible();
    await expect(kiosk.locator('main')).toContainText(
      'Sobald jemand Ihren Ruf angenommen hat, steht es hier.',
    );
    await expect(kiosk.getByRole('heading', { level: 1, name: 'Ihr Ruf wurde gesehen' })).toHaveCount(0);

    const alerts = office.getByTestId('open-alerts');
    await alerts
      .getByRole('button', { name: /Alarm „Bürgerin oder Bürger bittet um Hilfe“ übernehmen/ })
      .click();
    await expect(alerts.getByText('übernommen')).toBeVisible();

    await expect(kiosk.getByRole('heading', { level: 1, name: 'Ihr Ruf wurde gesehen' })).toBeVisible();
    await expect(kiosk.locator('main')).toContainText('hat Ihren Ruf angenommen und kommt zu Ihnen');
    await expect(kiosk.getByRole('button', { name: 'Rückruf vom Bürgertelefon 115' })).toHaveCount(0);
    await expectAccessible(kiosk, 'kiosk staff call seen');

    const [taken] = (await api.request<Alert[]>('GET', '/api/v1/alerts?open=true', { as: 'zone' })).filter(
      (a) => a.kind === 'call_staff' && a.data.source === 'kiosk',
    );
    expect(taken?.acknowledgedAt).not.toBeNull();
  } finally {
    await officeContext.close();
    await kioskContext.close();
  }
});

/**
 * Moves the kiosk's clock on in one-second steps with a short real pause between them, so the kiosk's requests
 * (its health check every few seconds, the call status) get their answers as they would in real time; one jump of
 * two minutes would time every request out and show the "being restarted" screen instead.
 */
async function advance(kiosk: Page, ms: number): Promise<void> {
  for (let done = 0; done < ms; done += 1_000) {
    await kiosk.clock.runFor(Math.min(1_000, ms - done));
    await kiosk.waitForTimeout(30);
  }
}

test('after the set time without an answer the kiosk says so and offers the other ways', async ({
  browser,
  hub,
  api,
}) => {
  const officeContext = await browser.newContext({ baseURL: hub.url });
  const kioskContext = await browser.newContext({ baseURL: hub.url });
  try {
    // The kiosk's health watch (restart screen) would read a two-minute clock jump as a hub that stopped
    // answering; this test is about the staff call, so its health check always answers at once.
    await kioskContext.route('**/api/health', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"status":"ok"}' }),
    );
    const kiosk = await kioskContext.newPage();
    await kiosk.clock.install();
    await openKiosk(kiosk, hub.url, hub.credentials.terminalKey);
    await kiosk.setViewportSize(portrait);
    await kiosk.getByRole('button', { name: 'Personal rufen' }).click();
    await expect(kiosk.getByRole('heading', { level: 1, name: 'Das Personal ist gerufen' })).toBeVisible();

    // The kiosk's clock also runs on in real time between the steps: stay well below the 120 s first, then step
    // on until the kiosk gives up waiting.
    await advance(kiosk, 100_000);
    await expect(kiosk.getByRole('heading', { level: 1, name: 'Das Personal ist gerufen' })).toBeVisible();
    await expect(async () => {
      await advance(kiosk, 2_000);
      await expect(
        kiosk.getByRole('heading', { level: 1, name: 'Noch hat niemand geantwortet' }),
      ).toBeVisible({
        timeout: 500,
      });
    }).toPass({ timeout: 30_000 });
    await expect(kiosk.locator('main')).toContainText('Sie können weiter warten');
    await expect(kiosk.getByRole('button', { name: 'Rückruf vom Bürgertelefon 115' })).toBeVisible();
    await expect(kiosk.getByTestId('office-hours')).toContainText('Bürgeramt');
    await expectAccessible(kiosk, 'kiosk staff call not answered');

    // Taken on late in the office: the kiosk now says the call was seen.
    const office = await officeContext.newPage();
    await openOffice(office, api, 'zone', '/');
    await office
      .getByTestId('open-alerts')
      .getByRole('button', { name: /Alarm „Bürgerin oder Bürger bittet um Hilfe“ übernehmen/ })
      .click();
    await expect(office.getByTestId('open-alerts').getByText('übernommen')).toBeVisible();
    await expect(async () => {
      await advance(kiosk, 5_000);
      await expect(kiosk.getByRole('heading', { level: 1, name: 'Ihr Ruf wurde gesehen' })).toBeVisible({
        timeout: 1_000,
      });
    }).toPass({ timeout: 20_000 });
  } finally {
    await officeContext.close();
    await kioskContext.close();
  }
});
