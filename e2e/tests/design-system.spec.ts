// The design system (issue 21): the living style guide with axe in both themes and in Arabic, and reviewers'
// screenshots of the redesigned pages (site home, kiosk start, office loading page, audit log).
import { expect, expectAccessible, snap, test } from '../support/fixtures.ts';
import { openOffice } from '../support/office.ts';
import { landscape } from './kiosk-support.ts';

const shot = process.env.BP_E2E_SHOT_PREFIX ?? 'design';

test('the style guide shows every component, accessible in both themes and in Arabic', async ({
  page,
  api,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openOffice(page, api, 'admin', '/styleguide');
  await expect(page.getByRole('heading', { level: 1, name: 'Gestaltung: die Bausteine' })).toBeVisible();
  await expectAccessible(page, 'style guide');

  // The form: submit puts the focus on the first field with an error, the error is tied to it.
  await page.getByRole('button', { name: 'Prüfen' }).click();
  const email = page.getByLabel('E-Mail-Adresse');
  await expect(email).toBeFocused();
  await expect(email).toHaveAccessibleDescription(/Geben Sie eine E-Mail-Adresse an/);
  await expect(page.getByRole('group', { name: 'Wie dürfen wir Sie erreichen?' })).toContainText(
    'Wählen Sie eine Möglichkeit.',
  );

  // The table sorts by a column and pages (5 of 7 rows on the first page).
  const table = page.getByRole('table', { name: 'Dokumente (Beispiel)' });
  await expect(table.getByRole('row')).toHaveCount(6);
  await table.getByRole('button', { name: 'Fach' }).click();
  await expect(table.getByRole('columnheader', { name: 'Fach' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.getByRole('row').nth(1).getByRole('cell').last()).toHaveText('1');
  await table.getByRole('button', { name: 'Fach' }).click();
  await expect(table.getByRole('row').nth(1).getByRole('cell').last()).toHaveText('11');
  await page.getByRole('button', { name: 'Nächste Seite' }).click();
  await expect(page.getByText('Seite 2 von 2 (7 Einträge)')).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(page.getByText('Keine Dokumente.')).toBeVisible();

  // The dialog takes the focus and gives it back.
  await page.getByRole('button', { name: 'Dialog öffnen' }).click();
  await expect(page.getByRole('dialog', { name: 'Fach wirklich öffnen?' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Tabs follow the arrow keys.
  await page.getByRole('tab', { name: 'Heute' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Diese Woche' })).toHaveAttribute('aria-selected', 'true');

  // Both themes, the kiosk's switch: larger text and high contrast.
  await page.getByLabel('Größere Schrift').check();
  await page.getByLabel('Hoher Kontrast').check();
  await expect(page.locator('html')).toHaveClass(/bp-large-text/);
  await expect(page.locator('html')).toHaveClass(/bp-high-contrast/);
  await expectAccessible(page, 'style guide, large text and high contrast');
  await snap(page, 'design-styleguide-contrast');

  // Arabic: right to left, the components' own texts translated.
  await page.getByLabel('العربية').check();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: 'التصميم: العناصر الأساسية' })).toBeVisible();
  await expectAccessible(page, 'style guide in Arabic');
  await page.getByLabel('تباين عالٍ').uncheck();
  await expectAccessible(page, 'style guide in Arabic, normal contrast');
  await snap(page, 'design-styleguide-ar');
});

test('screenshots of the site home, kiosk start, office loading page and audit log', async ({
  page,
  api,
  hub,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await snap(page, `${shot}-site-home`);

  await page.setViewportSize(landscape);
  await page.goto(`${hub.url}/kiosk/#terminal=${encodeURIComponent(hub.credentials.terminalKey)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Willkommen im Bürgerpunkt' })).toBeVisible();
  await snap(page, `${shot}-kiosk-start`);

  await page.setViewportSize({ width: 1440, height: 900 });
  const document = await api.registerDocument({ typeId: 'civil_certificate' });
  await openOffice(page, api, 'loader', '/loading');
  const scan = page.getByLabel('Vorgangsnummer scannen oder eingeben');
  await scan.pressSequentially(document.reference, { delay: 5 });
  await scan.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: /^Fach \d+$/ })).toBeVisible();
  await snap(page, `${shot}-office-loading`);

  await openOffice(page, api, 'auditor', '/audit');
  await expect(page.getByRole('table', { name: /Einträge im Audit-Protokoll/ })).toBeVisible();
  await snap(page, `${shot}-office-audit`);
  await expectAccessible(page, 'office audit log (design)');
});
