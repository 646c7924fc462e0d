/**
 * The red phone as a SIP client: the kiosk (JsSIP in the browser) registers at a test PBX that speaks real SIP over
 * WebSocket (server/src/testing/sip-ws-test-server.ts) and calls the "115 service centre", a second browser page
 * with its own JsSIP registered as 115. Chromium's fake microphone supplies the audio. Covered: registration, a call
 * answered and hung up (the centre sees the BYE), a busy centre, a centre that is not registered, a kiosk without a
 * usable microphone and a PBX that is not listening, each ending on a calm screen with the call-back form and "call staff"; axe on every call screen.
 */
import { chromium, test as base, type Page } from '@playwright/test';
import { startSipWsTestServer, type SipWsTestServer } from '../../server/src/testing/sip-ws-test-server.ts';
import { chromiumLaunchOptions } from '../support/browser.ts';
import { freePort } from '../support/free-port.ts';
import { expect, expectAccessible, snap } from '../support/fixtures.ts';
import { startHubProcess, type RunningHub } from '../support/hub.ts';
import { openSipCallee } from '../support/sip-callee.ts';
import { openKiosk } from './kiosk-support.ts';

const launch = chromiumLaunchOptions();
const test = base.extend({});
test.use({
  launchOptions: {
    ...launch,
    args: [...launch.args, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  },
  permissions: ['microphone'],
});
test.describe.configure({ mode: 'serial' });

const accounts = { kiosk: 'kiosk-extension-secret', '115': 'service-centre-secret' };
let sip: SipWsTestServer;
let hub: RunningHub;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  sip = await startSipWsTestServer({ domain: 'pbx.test', accounts });
  hub = await startHubProcess({
    port: await freePort(),
    env: {
      BP_RED_PHONE__MODE: 'sip',
      BP_RED_PHONE__SIP_WEB_SOCKET_URL: sip.url,
      BP_RED_PHONE__SIP_URI: 'sip:kiosk@pbx.test',
      BP_RED_PHONE__SIP_PASSWORD: accounts.kiosk,
      // The call is offered whatever the time of the test run; the hours themselves are proven in the medium test.
      BP_RED_PHONE__ONLY_DURING_HOTLINE_HOURS: 'false',
      // A Tuesday late morning: the demo zone is staffed, so "call staff" promises someone (issue 18, item 3).
      BP_DEMO__FIXED_START: '2027-03-02T11:00:00+01:00',
    },
  });
});

test.afterAll(async () => {
  await hub?.stop();
  await sip?.close().catch(() => {});
});

async function openRedPhone(page: Page): Promise<void> {
  await openKiosk(page, hub.url, hub.credentials.terminalKey);
  await page.getByRole('button', { name: /Fragen und Behördennummer 115/ }).click();
  await page.getByRole('button', { name: '115 anrufen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Die 115 anrufen' })).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Mit dem 115-Servicecenter sprechen' }),
  ).toBeVisible();
}

const callState = (page: Page) => page.locator('main').getByRole('status').first();

async function expectCalmEnd(page: Page, text: string, label: string): Promise<void> {
  await expect(page.locator('main').getByText(text)).toBeVisible();
  await expect(page.locator('main').getByText('Das ist nicht schlimm.')).toBeVisible();
  await expect(page.locator('main').getByLabel('Ihre Telefonnummer')).toBeVisible();
  await expect(page.locator('main').getByRole('button', { name: 'Personal rufen' })).toBeVisible();
  await expect(page.locator('main').getByRole('button', { name: 'Auflegen' })).toHaveCount(0);
  await expectAccessible(page, label);
}

test('the kiosk registers, calls the 115, is connected and hangs up; the centre sees the BYE', async ({
  page,
  context,
}) => {
  const centre = await openSipCallee(context, sip, {
    webSocketUrl: sip.url,
    uri: 'sip:115@pbx.test',
    password: accounts['115'],
  });
  await expect(centre.locator('#log')).toContainText('registered');

  await openRedPhone(page);
  await expect(page.getByText('Erreichbar von Montag bis Freitag, 8 bis 18 Uhr')).toBeVisible();
  await expectAccessible(page, 'red phone ready');
  await snap(page, 'services-red-phone-ready');

  await page.getByRole('button', { name: 'Jetzt anrufen' }).click();
  await expect(callState(page)).toContainText('Es klingelt beim 115-Servicecenter');
  await expect(centre.locator('#log')).toContainText('incoming:kiosk');
  expect(
    sip.log.some((e) => e.direction === 'out' && e.summary === '200 REGISTER' && e.peer === 'kiosk'),
  ).toBe(true);
  await expectAccessible(page, 'red phone ringing');
  await snap(page, 'services-red-phone-ringing');

  await centre.locator('#answer').click();
  await expect(callState(page)).toContainText('Verbunden. Sprechen Sie jetzt.');
  await expect(centre.locator('#log')).toContainText('confirmed');
  const volume = page.getByLabel('Lautstärke');
  await expect(volume).toHaveValue('80');
  await page.getByRole('button', { name: 'Leiser' }).click();
  await expect(volume).toHaveValue('70');
  await expect(volume).toHaveAttribute('aria-valuetext', '70 Prozent');
  await expectAccessible(page, 'red phone connected');
  await snap(page, 'services-red-phone-connected');

  await page.getByRole('button', { name: 'Auflegen' }).click();
  await expect(page.locator('main').getByText('Das Gespräch ist beendet.')).toBeVisible();
  await expect(centre.locator('#log')).toContainText('ended:remote:Terminated');
  expect(sip.log.some((e) => e.direction === 'in' && e.summary === 'BYE' && e.peer === 'kiosk')).toBe(true);
  await expect(page.getByRole('button', { name: 'Noch einmal anrufen' })).toBeVisible();
  await expectAccessible(page, 'red phone ended');
  await centre.close();
});

test('a busy service centre ends calmly with the call-back form, which can be sent', async ({ page }) => {
  sip.busy.add('115');
  try {
    await openRedPhone(page);
    await page.getByRole('button', { name: 'Jetzt anrufen' }).click();
    await expectCalmEnd(
      page,
      'Besetzt: Alle Leitungen des Servicecenters sind gerade belegt.',
      'red phone busy',
    );
    await snap(page, 'services-red-phone-busy');
    expect(sip.log.some((e) => e.direction === 'out' && e.summary === '486 INVITE')).toBe(true);

    const main = page.locator('main');
    await main.getByLabel('Ihre Telefonnummer').fill('0151 23456789');
    await main.getByLabel('Worum geht es?').fill('Neuer Reisepass');
    await main.getByLabel(/Ich bin einverstanden/).check();
    await main.getByRole('button', { name: 'Rückruf erbitten' }).click();
    await expect(main.getByText('Danke! Wir rufen Sie zurück')).toBeVisible();
  } finally {
    sip.busy.delete('115');
  }
});

test('a service centre that is not registered ends calmly with the call-back offer', async ({ page }) => {
  await openRedPhone(page);
  await page.getByRole('button', { name: 'Jetzt anrufen' }).click();
  await expectCalmEnd(page, 'Das Servicecenter ist gerade nicht erreichbar.', 'red phone unreachable');
  expect(sip.log.some((e) => e.direction === 'out' && e.summary === '480 INVITE')).toBe(true);
  await snap(page, 'services-red-phone-unreachable');
  // "Call staff" from the calm screen reaches the office like the kiosk's own button.
  await page.locator('main').getByRole('button', { name: 'Personal rufen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Das Personal ist gerufen' })).toBeVisible();
});

test('a kiosk without a usable microphone ends calmly with the call-back offer', async () => {
  // Another browser without the fake microphone: it has no microphone at all, so getUserMedia fails as it does when
  // the kiosk's microphone is unplugged or blocked.
  const refusing = await chromium.launch({ ...launch, args: [...launch.args, '--deny-permission-prompts'] });
  try {
    const page = await (
      await refusing.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' })
    ).newPage();
    const invites = () => sip.log.filter((e) => e.summary === 'INVITE').length;
    const before = invites();
    await openRedPhone(page);
    await page.getByRole('button', { name: 'Jetzt anrufen' }).click();
    await expectCalmEnd(
      page,
      'Das Mikrofon dieses Kiosks kann gerade nicht benutzt werden.',
      'red phone microphone refused',
    );
    // The call never left the kiosk: without a microphone there is nothing to offer the centre.
    expect(invites()).toBe(before);
  } finally {
    await refusing.close();
  }
});

test('outside the hotline hours the kiosk offers the call-back form instead of the call', async ({
  page,
}) => {
  // The hub decides with its clock (proven in red-phone.medium.test.ts); here its answer for a Saturday.
  await page.route('**/api/v1/services/red-phone', (route) =>
    route.fulfill({
      json: {
        mode: 'sip',
        displayNumber: '115',
        callNow: false,
        hotline: {
          number: '115',
          openNow: false,
          now: '2026-11-28T12:00:00.000Z',
          nextOpensAt: '2026-11-30T07:00:00.000Z',
          closesAt: null,
        },
        sip: null,
      },
    }),
  );
  await openRedPhone(page);
  await expect(page.getByText('Das Servicecenter ist gerade nicht erreichbar.')).toBeVisible();
  await expect(page.getByText(/Wieder erreichbar: Montag, 08:00 Uhr/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Jetzt anrufen' })).toHaveCount(0);
  await expect(page.locator('main').getByLabel('Ihre Telefonnummer')).toBeVisible();
  await expectAccessible(page, 'red phone closed');
  await snap(page, 'services-red-phone-closed');
});

test('the site’s 115 panel says when a closed hotline opens again and offers the call-back form', async ({
  page,
}) => {
  await page.route('**/api/v1/services/hotline', (route) =>
    route.fulfill({
      json: {
        number: '115',
        openNow: false,
        now: '2026-11-28T12:00:00.000Z',
        nextOpensAt: '2026-11-30T07:00:00.000Z',
        closesAt: null,
      },
    }),
  );
  await page.goto(`${hub.url}/leistungen`);
  await expect(page.getByText('Das Servicecenter ist gerade nicht erreichbar.')).toBeVisible();
  await expect(page.getByText(/Wieder erreichbar: Montag, 08:00 Uhr/)).toBeVisible();
  await expect(page.getByLabel('Ihre Telefonnummer')).toBeVisible();
});

test('a PBX that is not listening ends calmly with the call-back offer', async ({ page }) => {
  await sip.close();
  await openRedPhone(page);
  await page.getByRole('button', { name: 'Jetzt anrufen' }).click();
  await expectCalmEnd(page, 'Das Servicecenter ist gerade nicht erreichbar.', 'red phone PBX down');
});
