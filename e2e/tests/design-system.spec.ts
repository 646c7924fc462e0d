// The design system (issue 21): the living style guide with axe in both themes and in Arabic, and reviewers'
// screenshots of the redesigned pages (site home, kiosk start, office loading page, audit log).
import { expect, expectAccessible, snap, test } from '../support/fixtures.ts';
import { openOffice } from '../support/office.ts';
import { landscape } from './kiosk-support.ts';

const shot = process.env.BP_E2E_SHOT_PREFIX ?? 'design';

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
