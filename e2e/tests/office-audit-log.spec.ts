// The auditor's screens: the audit log with filters, one entry, and the chain verification result.
import { expect, expectAccessible, snap, test } from '../support/fixtures.ts';
import { openOffice } from '../support/office.ts';

test('an auditor signs in, sees the chain verified, filters the log and opens an entry', async ({
  page,
  api,
  hub,
}) => {
  const document = await api.registerDocument();

  // Through the login page, as an auditor would.
  await page.goto('/office/audit');
  await page.getByLabel('Benutzername').fill('auditor');
  await page.getByLabel('Passwort').fill(hub.passwordOf('auditor'));
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit-Protokoll' })).toBeVisible();

  const verification = page.getByTestId('verification');
  await expect(verification).toContainText(/Kette geprüft: [\d.]+ Einträge, unverändert\./);
  const verified = await api.request<{ ok: boolean; entries: number }>('GET', '/api/v1/audit/verify', {
    as: 'auditor',
  });
  expect(verified.ok).toBe(true);
  expect(verified.entries).toBeGreaterThan(10);

  await page.getByLabel('Benutzername').fill('clerk');
  await page.getByLabel('Aktion').fill('document.register');
  await page.getByRole('button', { name: 'Suchen' }).click();
  await expect(page).toHaveURL(/actorUsername=clerk/);
  const table = page.getByRole('table', { name: /Einträge im Audit-Protokoll/ });
  const row = table.getByRole('row').filter({ hasText: document.id });
  await expect(row).toContainText('document.register');
  await expect(row).toContainText('(clerk)');
  await expect(table.getByRole('row').filter({ hasText: 'staff.login' })).toHaveCount(0);
  await expectAccessible(page, 'office audit log');
  await snap(page, 'office-audit');

  // An empty result says so.
  await page.getByLabel('Objekt-ID').fill('no-such-object');
  await page.getByRole('button', { name: 'Suchen' }).click();
  await expect(page.getByText('Keine Einträge für diese Suche.')).toBeVisible();
  await page.getByLabel('Objekt-ID').fill('');
  await page.getByLabel('Dokument-ID').fill(document.id);
  await page.getByRole('button', { name: 'Suchen' }).click();
  await expect(page).toHaveURL(new RegExp(`documentId=${document.id}`));
  await expect(row).toBeVisible();
  // Staff know a case by its Vorgangsnummer, not by the internal id (issue 18).
  await page.getByLabel('Dokument-ID').fill('');
  await page.getByLabel('Vorgangsnummer').fill(document.reference);
  await page.getByRole('button', { name: 'Suchen' }).click();
  await expect(page).toHaveURL(new RegExp(`reference=${encodeURIComponent(document.reference)}`));
  await expect(row).toBeVisible();
  await page.getByLabel('Vorgangsnummer').fill('KEIN-VORGANG-0');
  await page.getByRole('button', { name: 'Suchen' }).click();
  await expect(page.getByText('Keine Einträge für diese Suche.')).toBeVisible();
  await page.getByLabel('Vorgangsnummer').fill(document.reference);
  await page.getByRole('button', { name: 'Suchen' }).click();
  await expect(row).toBeVisible();

  await row.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: /^Eintrag \d+$/ })).toBeVisible();
  await expect(page.getByText('Prüfsumme des Vorgängers')).toBeVisible();
  await expect(page.getByRole('link', { name: 'alle Einträge zu diesem Dokument' })).toBeVisible();
  await expect(page.locator('pre')).toContainText(document.reference);
  await expectAccessible(page, 'office audit entry');
  await snap(page, 'office-audit-entry');
});

test('an admin may read the audit log too; a time range with its end before its start is refused plainly', async ({
  page,
  api,
}) => {
  await openOffice(page, api, 'admin', '/audit');
  await expect(page.getByRole('heading', { level: 1, name: 'Audit-Protokoll' })).toBeVisible();
  await page.getByLabel('Von').fill('2030-01-02T10:00');
  await page.getByLabel('Bis (ausschließlich)').fill('2030-01-01T10:00');
  await page.getByRole('button', { name: 'Suchen' }).click();
  await expect(page.getByRole('alert')).toContainText('Das Ende muss nach dem Anfang liegen');
  await expectAccessible(page, 'office audit log with error');
});
