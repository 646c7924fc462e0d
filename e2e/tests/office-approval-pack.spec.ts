// The approval pack in the office (issue 20): an auditor reads the data-protection records generated from the demo's
// configuration and downloads each as PDF; the demo's pack is kept in artifacts/approval-pack for reviewers.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, expectAccessible, snap, test } from '../support/fixtures.ts';
import { openOffice } from '../support/office.ts';
import { artifactsDir } from '../support/paths.ts';

test('an auditor reads the approval pack and downloads its six PDFs', async ({ page, api }) => {
  await openOffice(page, api, 'auditor', '/privacy/approval-pack');
  await expect(page.getByRole('heading', { level: 1, name: 'Datenschutz-Unterlagen' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Löschkonzept' })).toBeVisible();
  // The demo's configuration: 23 h retention of personal data, 90 days for evidence images, no SMS provider yet.
  const deletion = page.locator('#loeschkonzept');
  await expect(deletion.getByRole('row').filter({ hasText: 'SMS-Benachrichtigung' })).toContainText(
    '23 Stunden',
  );
  await expect(deletion.getByRole('row').filter({ hasText: 'Nachweisbild' })).toContainText('90 Tage');
  await expect(page.getByRole('list').filter({ hasText: 'Kein SMS-Anbieter eingestellt' })).toBeVisible();
  await expectAccessible(page, 'office approval pack');
  await snap(page, 'office-approval-pack');

  const dir = join(artifactsDir, 'approval-pack');
  mkdirSync(dir, { recursive: true });
  const links = page.getByRole('link', { name: /als PDF herunterladen$/ });
  await expect(links).toHaveCount(6);
  for (let i = 0; i < 6; i++) {
    const [download] = await Promise.all([page.waitForEvent('download'), links.nth(i).click()]);
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  }
});

test('the approval pack is not for clerks', async ({ page, api }) => {
  await expect(api.request('GET', '/api/v1/office/approval-pack', { as: 'clerk' })).rejects.toThrow(/→ 403/);
  await openOffice(page, api, 'clerk', '/');
  await expect(page.getByRole('link', { name: 'Datenschutz-Unterlagen' })).toHaveCount(0);
});
