// The kiosk as a visitor meets it (issue 18, its numbered defects), in portrait (1080 × 1920), with axe on each
// screen. The hub's clock stands on a Monday at 06:20 (Europe/Berlin): the demo zone is staffed only on Tuesday,
// Thursday and Saturday, the 115 service centre opens at 08:00, and the DokBox (demo) is open.
import { expect, expectAccessible, test } from '../support/fixtures.ts';
import {
  asTyped,
  enterPhoneAndCode,
  openKiosk,
  portrait,
  shownProblem,
  typeOnKeypad,
} from './kiosk-support.ts';

const mondayEarly = '2027-03-01T06:20:00+01:00';
test.use({ hubFixedStart: mondayEarly });

/** The demo's driving licence (README): Hans Peters, compartment 5, date of birth 21.10.1967. */
const drivingLicencePhone = '+491701234504';

test('the demo driving licence after a wrong code and a wrong date of birth names its type on the ready screen', async ({
  page,
  hub,
  api,
}) => {
  const code = await api.latestCode(drivingLicencePhone);
  const wrongCode = code === '111111' ? '222222' : '111111';
  await openKiosk(page, hub.url, hub.credentials.terminalKey);
  await page.setViewportSize(portrait);

  await enterPhoneAndCode(page, drivingLicencePhone, wrongCode);
  expect(await shownProblem(page)).toBe('code_wrong');
  await page.getByRole('button', { name: 'Code noch einmal eingeben' }).click();
  await typeOnKeypad(page, code);
  await page.getByRole('button', { name: 'Weiter' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Geburtsdatum', exact: true })).toBeVisible();
  await typeOnKeypad(page, '01' + '01' + '1970');
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Das Geburtsdatum passt nicht' })).toBeVisible();
  await page.getByRole('button', { name: 'Noch einmal versuchen' }).click();
  await typeOnKeypad(page, '21' + '10' + '1967');
  await page.getByRole('button', { name: 'Weiter' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Ihr Dokument ist da' })).toBeVisible();
  await expect(page.locator('main')).toContainText('Führerschein');
  await expect(page.locator('main')).toContainText('Fach 5');
  await expect(page.locator('main')).not.toContainText('()');
  await expect(page.getByRole('button', { name: 'Fach öffnen' })).toBeVisible();
  await expectAccessible(page, 'kiosk ready after a wrong code and a wrong date of birth');
  // Leave the demo document where it is (the pickup is cancelled at the hub).
  await page.getByRole('button', { name: 'Neu beginnen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Willkommen im Bürgerpunkt' })).toBeVisible();
});

test('no start tile says "kommt bald"; each leads to its real screen', async ({ page, hub }) => {
  await openKiosk(page, hub.url, hub.credentials.terminalKey);
  await page.setViewportSize(portrait);
  const start = page.getByRole('heading', { level: 1, name: 'Willkommen im Bürgerpunkt' });
  await expect(page.locator('main')).not.toContainText('kommt bald');
  // The demo box is open around the clock: no "heute bis 23:59 Uhr".
  await expect(page.getByTestId('opening-status')).toHaveText('Die DokBox ist jetzt geöffnet.');
  for (const [tile, heading] of [
    ['Stadtplan', /Meine Stadt/],
    ['360°-Rundgang', /Rundgang/],
    ['Fragen und Behördennummer 115', /Fragen an die Verwaltung/],
    ['Ideen und Hinweise', /Idee|Hinweis/],
  ] as const) {
    await page.getByRole('navigation', { name: 'Auswahl' }).getByRole('button', { name: tile }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.locator('main')).not.toContainText('kommt bald');
    await page.getByRole('button', { name: 'Neu beginnen' }).click();
    await expect(start).toBeVisible();
  }
});

test('"Personal rufen" outside the staffed hours says so and offers the 115 call-back and the Bürgeramt hours', async ({
  page,
  hub,
}) => {
  await openKiosk(page, hub.url, hub.credentials.terminalKey);
  await page.setViewportSize(portrait);
  await page.getByRole('button', { name: 'Personal rufen' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Gerade ist niemand vom Personal im Bürgerpunkt' }),
  ).toBeVisible();
  const main = page.locator('main');
  await expect(main).not.toContainText('kommt gleich');
  await expect(main).toContainText('Dienstag');
  await expect(page.getByTestId('office-hours')).toContainText('Bürgeramt');
  await expect(page.getByTestId('office-hours')).toContainText('Montag');
  await expectAccessible(page, 'kiosk staff call outside the staffed hours');
  await page.getByRole('button', { name: 'Rückruf vom Bürgertelefon 115' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Die 115 anrufen' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Rückruf erbitten' })).toBeVisible();
});

test('the 115 call screen before 08:00 on a weekday: closed, opens "heute", no free red receiver, no landline cost', async ({
  page,
  hub,
}) => {
  await openKiosk(page, hub.url, hub.credentials.terminalKey);
  await page.setViewportSize(portrait);
  await page
    .getByRole('navigation', { name: 'Auswahl' })
    .getByRole('button', { name: 'Fragen und Behördennummer 115' })
    .click();
  await page.getByRole('button', { name: '115 anrufen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Die 115 anrufen' })).toBeVisible();
  const main = page.locator('main');
  await expect(main).toContainText('Das Servicecenter ist gerade nicht erreichbar.');
  await expect(main).toContainText('Wieder erreichbar: heute, 08:00 Uhr.');
  await expect(main).not.toContainText('Montag, 08:00');
  await expect(main).not.toContainText('Nehmen Sie den roten Hörer');
  await expect(main).not.toContainText('ins deutsche Festnetz');
  await expectAccessible(page, 'kiosk 115 closed');
});

test('the done screen returns to the start after 15 seconds', async ({ page, hub, api }) => {
  const document = await api.documentReadyForPickup({ typeId: 'civil_certificate' });
  await page.clock.install();
  await openKiosk(page, hub.url, hub.credentials.terminalKey);
  await page.setViewportSize(portrait);
  await enterPhoneAndCode(page, document.phone, document.code);
  await page.getByRole('button', { name: 'Fach öffnen' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Fach ${document.compartment} ist offen` }),
  ).toBeVisible();
  await api.simulator('dokbox-hn', document.compartment, 'take');
  await api.simulator('dokbox-hn', document.compartment, 'close');
  await expect(page.getByRole('heading', { level: 1, name: 'Fertig. Vielen Dank!' })).toBeVisible();
  await expect(page.locator('main')).toContainText('Der Kiosk fängt gleich von vorne an.');
  await page.clock.runFor(10_000);
  await expect(page.getByRole('heading', { level: 1, name: 'Fertig. Vielen Dank!' })).toBeVisible();
  await page.clock.runFor(6_000);
  await expect(page.getByRole('heading', { level: 1, name: 'Willkommen im Bürgerpunkt' })).toBeVisible();
});

test('a landline number is refused on the phone screen, as on the website', async ({ page, hub }) => {
  await openKiosk(page, hub.url, hub.credentials.terminalKey);
  await page.setViewportSize(portrait);
  await page.getByRole('button', { name: /Dokument abholen/ }).click();
  await typeOnKeypad(page, asTyped('+49303301234'));
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expect(page.getByRole('alert')).toContainText('keine Handynummer');
  await expect(page.getByRole('heading', { level: 1, name: 'Ihre Handynummer' })).toBeVisible();
  await expectAccessible(page, 'kiosk landline refused');
});

test('Arabic: the German announcement keeps its own direction and times do not break', async ({
  page,
  hub,
}) => {
  await openKiosk(page, hub.url, hub.credentials.terminalKey);
  await page.setViewportSize(portrait);
  await page.getByTestId('language-button').click();
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const announcement = page.getByTestId('kiosk-announcement').first();
  await expect(announcement).toBeVisible();
  for (const part of await announcement.locator('h3, p').all())
    await expect(part).toHaveAttribute('dir', 'auto');
  const ranges = page.getByTestId('staffed-range');
  expect(await ranges.count()).toBeGreaterThan(0);
  for (const range of await ranges.all()) {
    expect(await range.evaluate((e) => getComputedStyle(e).whiteSpace)).toBe('nowrap');
    expect(await range.evaluate((e) => e.tagName)).toBe('BDI');
  }
  await expectAccessible(page, 'kiosk start in Arabic');
});
