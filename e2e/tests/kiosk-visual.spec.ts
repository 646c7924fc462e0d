/**
 * Visual regression of the kiosk's key screens in portrait (1080 × 1920), compared with the baselines checked in under
 * e2e/screenshots/kiosk-visual.spec.ts/ (a layout that falls apart fails here, axe alone would not notice). The
 * screens are made deterministic: the hub's clock and the browser's clock stand on the same Wednesday morning, the
 * spec runs on its own fresh hub (so the same compartment is chosen), animations are off and the caret hidden.
 * Regenerate after an intended change:
 *   npx playwright test -c e2e/playwright.config.ts kiosk-visual --update-snapshots
 */
import { expect, test } from '../support/fixtures.ts';
import { portrait, typeOnKeypad, asTyped } from './kiosk-support.ts';

const wednesdayMorning = '2027-03-03T10:15:00+01:00';
// A start of its own, so this spec never shares a hub (and its compartments) with another spec.
test.use({ hubFixedStart: wednesdayMorning });

test('the kiosk key screens look as approved, in portrait', async ({ page, hub, api }) => {
  const document = await api.documentReadyForPickup({ typeId: 'travel_document', dateOfBirth: '1958-03-14' });
  await page.clock.setFixedTime(new Date(wednesdayMorning));
  await page.setViewportSize(portrait);
  await page.goto(`${hub.url}/kiosk/#terminal=${encodeURIComponent(hub.credentials.terminalKey)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Willkommen im Bürgerpunkt' })).toBeVisible();
  await expect(page.getByTestId('opening-status')).toContainText('DokBox');
  await expect(page).toHaveScreenshot('start.png');

  await page.getByTestId('language-button').click();
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByTestId('opening-status')).toContainText('DokBox');
  await expect(page).toHaveScreenshot('start-ar.png');
  await page.getByTestId('language-button').click();
  await page.getByRole('button', { name: 'Deutsch' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');

  await page.getByRole('button', { name: /Dokument abholen/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ihre Handynummer' })).toBeVisible();
  await expect(page).toHaveScreenshot('keypad.png');
  await typeOnKeypad(page, asTyped(document.phone));
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ihr Abholcode' })).toBeVisible();
  await typeOnKeypad(page, document.code);
  await page.getByRole('button', { name: 'Weiter' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Geburtsdatum', exact: true })).toBeVisible();
  await expect(page).toHaveScreenshot('date-of-birth.png');
  await page.getByLabel('Tag').fill('14');
  await page.getByLabel('Monat').fill('3');
  await page.getByLabel('Jahr').fill('1958');
  await page.getByRole('button', { name: 'Weiter' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Ihr Dokument ist da' })).toBeVisible();
  await expect(page).toHaveScreenshot('document-ready.png');
  await page.getByRole('button', { name: 'Fach öffnen' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Fach ${document.compartment} ist offen` }),
  ).toBeVisible();
  // The door open: the box drawing with the compartment marked (the demo box, 4 × 6).
  await expect(page).toHaveScreenshot('door-open-box-drawing.png');

  await api.simulator('dokbox-hn', document.compartment, 'take');
  await api.simulator('dokbox-hn', document.compartment, 'close');
  await expect(page.getByRole('heading', { level: 1, name: 'Fertig. Vielen Dank!' })).toBeVisible();
});
