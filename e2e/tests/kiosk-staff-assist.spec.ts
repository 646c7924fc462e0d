/**
 * Staff assist at the kiosk (issue 18), two browsers at once: the visitor calls staff from the code screen, the
 * office's alert names that step and leads to the assist page; the kiosk asks the visitor (a "no" is respected, a
 * second offer is accepted); the tablet then shows the kiosk's own code screen live, points at "Weiter" (the kiosk
 * highlights it), sees the typed code only masked (the digits never reach the tablet's page), taps for the visitor,
 * and the visitor ends the help. Request, answers, commands and the end are in the audit log.
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, snap, test } from '../support/fixtures.ts';
import { openOffice } from '../support/office.ts';
import { openKiosk, portrait, typeOnKeypad } from './kiosk-support.ts';

// A Tuesday late morning: the demo zone is staffed, so the staff call waits for the office.
test.use({ hubFixedStart: '2027-03-02T11:00:00+01:00' });

const phone = '0170 1234504';
const code = '482913';

async function offerHelp(tablet: Page, label: RegExp): Promise<void> {
  await tablet.getByRole('button', { name: label }).click();
  await expect(tablet.getByTestId('assist-state')).toContainText('Warten Sie auf die Antwort');
}

test('staff help at the kiosk screen with the visitor’s consent, codes masked, audited', async ({
  browser,
  hub,
  api,
}) => {
  const kioskContext = await browser.newContext({ baseURL: hub.url });
  const tabletContext = await browser.newContext({
    baseURL: hub.url,
    viewport: { width: 1280, height: 1100 },
  });
  try {
    const kiosk = await kioskContext.newPage();
    await openKiosk(kiosk, hub.url, hub.credentials.terminalKey);
    await kiosk.setViewportSize(portrait);
    await kiosk.getByRole('button', { name: /Dokument abholen/ }).click();
    await typeOnKeypad(kiosk, phone);
    await kiosk.getByRole('button', { name: 'Weiter' }).click();
    await expect(kiosk.getByRole('heading', { level: 1, name: 'Ihr Abholcode' })).toBeVisible();
    await kiosk.getByRole('button', { name: 'Personal rufen' }).click();
    await expect(kiosk.getByRole('heading', { level: 1, name: 'Das Personal ist gerufen' })).toBeVisible();

    // The office learns where the visitor is stuck and goes to the assist page from the alert.
    const tablet = await tabletContext.newPage();
    await openOffice(tablet, api, 'zone', '/');
    const alerts = tablet.getByTestId('open-alerts');
    await expect(alerts.getByTestId('staff-call-step')).toContainText('Schritt am Kiosk: Abholcode eingeben');
    await alerts.getByRole('link', { name: 'Am Bildschirm helfen' }).first().click();
    await expect(tablet.getByRole('heading', { level: 1, name: /Hilfe am Bildschirm/ })).toBeVisible();
    await kiosk.getByRole('button', { name: 'Zurück' }).click();
    await expect(kiosk.getByRole('heading', { level: 1, name: 'Ihr Abholcode' })).toBeVisible();

    // First offer: the visitor says no.
    await offerHelp(tablet, /Hilfe am Bildschirm anbieten/);
    const consent = kiosk.getByTestId('assist-consent');
    await expect(consent).toBeVisible();
    await expect(consent).toContainText('nur verdeckt');
    await expectAccessible(kiosk, 'kiosk staff assist consent');
    await snap(kiosk, 'kiosk-assist-consent-portrait');
    await consent.getByRole('button', { name: 'Nein, danke' }).click();
    await expect(consent).toHaveCount(0);
    await expect(tablet.getByTestId('assist-state')).toContainText('möchte keine Hilfe');

    // Second offer: yes.
    await offerHelp(tablet, /Erneut anbieten/);
    await consent.getByRole('button', { name: 'Ja, helfen lassen' }).click();
    await expect(kiosk.getByTestId('assist-banner')).toContainText('hilft Ihnen am Bildschirm');

    // The tablet draws the kiosk's own code screen from the relayed state.
    const mirror = tablet.getByTestId('kiosk-mirror');
    await expect(mirror.getByRole('heading', { level: 1, name: 'Ihr Abholcode' })).toBeVisible();
    await expect(tablet.getByTestId('assist-state')).toContainText('Aktueller Schritt: Abholcode eingeben');

    // Pointing: the kiosk highlights its own "Weiter".
    await mirror.getByRole('button', { name: 'Weiter' }).click();
    const kioskNext = kiosk.locator('main').getByRole('button', { name: 'Weiter' });
    await expect(kioskNext).toHaveClass(/assist-highlight/);
    await snap(kiosk, 'kiosk-assist-highlight-portrait');

    // The visitor types the code: the tablet sees how much, never what.
    await typeOnKeypad(kiosk, code);
    await expect(kiosk.locator('#kiosk-code')).toHaveValue(code);
    await expect(mirror.locator('#kiosk-code')).toHaveValue('••••••');
    const tabletPage = await tablet.content();
    expect(tabletPage).not.toContain(code);
    expect(tabletPage).not.toContain('1234504');

    // Taking over: a tap on the tablet's keypad is a tap on the kiosk's.
    await tablet.getByLabel('tippt für die Person').check();
    await mirror.getByRole('button', { name: 'Löschen' }).click();
    await expect(kiosk.locator('#kiosk-code')).toHaveValue(code.slice(0, 5));
    await expect(mirror.locator('#kiosk-code')).toHaveValue('•••••');

    // Reading aloud switches the kiosk's "Vorlesen" on (where the browser has a speech engine).
    await tablet.getByRole('button', { name: 'Schritt am Kiosk vorlesen lassen' }).click();
    const speech = kiosk.getByTestId('speech-toggle');
    if ((await speech.count()) > 0) await expect(speech).toHaveAttribute('aria-checked', 'true');

    await expectAccessible(tablet, 'office staff assist tablet');
    await snap(tablet, 'office-assist-tablet');
    await expectAccessible(kiosk, 'kiosk staff assist active');

    // The visitor ends the help.
    await kiosk.getByTestId('assist-banner').getByRole('button', { name: 'Hilfe beenden' }).click();
    await expect(kiosk.getByTestId('assist-banner')).toHaveCount(0);
    await expect(tablet.getByTestId('assist-state')).toContainText(
      'Die Person am Kiosk hat die Hilfe beendet',
    );
    await expect(mirror).toHaveCount(0);

    const audit = await api.request<{ items: { action: string; data: Record<string, unknown> }[] }>(
      'GET',
      '/api/v1/audit?entityType=assist_session&limit=50',
      { as: 'auditor' },
    );
    const actions = audit.items.map((entry) => entry.action).reverse();
    expect(actions).toEqual([
      'assist.request',
      'assist.decline',
      'assist.request',
      'assist.consent',
      'assist.command',
      'assist.command',
      'assist.command',
      'assist.end',
    ]);
    expect(audit.items[0]?.data).toMatchObject({ reason: 'visitor' });
  } finally {
    await kioskContext.close();
    await tabletContext.close();
  }
});
