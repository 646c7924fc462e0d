// Admin screens for document types (pickup policy) and staff accounts.
import { expect, expectAccessible, snap, test } from '../support/fixtures.ts';
import { openOffice } from '../support/office.ts';

test("an admin changes a document type's pickup check; registered documents keep theirs", async ({
  page,
  api,
}) => {
  // A type of its own, so other tests in this worker keep the demo types as they are.
  const id = `e2e_type_${Date.now().toString(36)}`;
  await api.request('POST', '/api/v1/document-types', {
    as: 'admin',
    body: {
      id,
      name: `Testausweis ${id}`,
      minSize: 'S',
      pickupPolicy: { check: 'none', windowOpeningDays: null },
    },
  });
  const registered = await api.registerDocument({ typeId: id });

  await openOffice(page, api, 'admin', '/admin/document-types');
  await expect(page.getByRole('heading', { level: 1, name: 'Dokumentarten und Abholregeln' })).toBeVisible();
  await expectAccessible(page, 'office admin document types');
  await snap(page, 'office-admin-document-types');

  const row = page.locator(`tr[data-type="${id}"]`);
  await expect(row).toContainText('Keine zusätzliche Prüfung');
  await row.getByRole('button', { name: `„Testausweis ${id}“ ändern` }).click();
  const form = page.getByRole('form', { name: `„Testausweis ${id}“ ändern` });
  await expect(form).toBeVisible();
  await form.getByLabel('Bestätigung durch Personal').check();
  await form.getByLabel(/Standardfrist verwenden/).uncheck();
  await form.getByLabel('Frist in Öffnungstagen').fill('5');
  await expect(form.getByText(/1 offenes Dokument dieser Art behält seine bisherige Regel/)).toBeVisible();
  await expectAccessible(page, 'office admin document type form');
  await snap(page, 'office-admin-document-type-form');
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText(`„Testausweis ${id}“ ist gespeichert.`)).toBeVisible();
  await expect(row).toContainText('Bestätigung durch Personal');
  await expect(row).toContainText('5 Öffnungstage');

  const types = await api.request<
    { id: string; pickupPolicy: { check: string; windowOpeningDays: number } }[]
  >('GET', '/api/v1/document-types', { as: 'clerk' });
  expect(types.find((t) => t.id === id)?.pickupPolicy).toEqual({
    check: 'staff_confirmation',
    windowOpeningDays: 5,
    pinLetter: false,
    evidenceImage: false,
    fourEyesLoading: false,
  });
  const audit = await api.request<{ items: { action: string; data: Record<string, unknown> }[] }>(
    'GET',
    `/api/v1/audit?entityId=${id}&action=document_type.pickup_policy_changed`,
    { as: 'auditor' },
  );
  expect(audit.items).toHaveLength(1);
  expect(audit.items[0]!.data).toMatchObject({
    before: { check: 'none', windowOpeningDays: null },
    after: { check: 'staff_confirmation', windowOpeningDays: 5 },
    openDocumentsKeepingTheirPolicy: 1,
  });
  // What the kiosk then asks of the document registered before is proven in document-types.medium.test.ts.
  const document = await api.request<{ state: string }>('GET', `/api/v1/documents/${registered.id}`, {
    as: 'clerk',
  });
  expect(document.state).toBe('registered');
});

test('an admin creates a staff account, resets its password and the person can sign in', async ({
  page,
  api,
  browser,
}) => {
  const username = `e2e.${Date.now().toString(36)}`;
  await openOffice(page, api, 'admin', '/admin/staff');
  await expect(page.getByRole('heading', { level: 1, name: 'Benutzerkonten' })).toBeVisible();
  await expect(page.locator('tr[data-username="clerk"]')).toContainText('Sachbearbeitung');
  await expectAccessible(page, 'office admin staff');
  await snap(page, 'office-admin-staff');

  const create = page.getByRole('region', { name: 'Neues Benutzerkonto' });
  await create.getByLabel('Benutzername').fill(username);
  await create.getByLabel('Name', { exact: true }).fill('Erik Test');
  await create.getByLabel('Erstes Passwort').fill('ein sehr langes Passwort');
  await create.getByRole('button', { name: 'Konto anlegen' }).click();
  await expect(create.getByRole('alert')).toContainText('mindestens eine Rolle');
  await create.getByLabel('Beladung').check();
  await create.getByLabel('Dienststelle').selectOption({ label: 'Bürgeramt Hohen Neuendorf' });
  await create.getByRole('button', { name: 'Konto anlegen' }).click();
  await expect(page.getByText(`Das Konto ${username} ist angelegt.`)).toBeVisible();
  const row = page.locator(`tr[data-username="${username}"]`);
  await expect(row).toContainText('Beladung');
  await expect(row).toContainText('Bürgeramt Hohen Neuendorf');

  // Edit: add a role, then reset the password and see the one-time password once.
  await row.getByRole('button', { name: `${username} bearbeiten` }).click();
  const panel = page.getByRole('region', { name: `Konto ${username}` });
  await panel.getByLabel('Sachbearbeitung').check();
  await panel.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText(`Das Konto ${username} ist gespeichert.`)).toBeVisible();
  await expect(row).toContainText('Sachbearbeitung, Beladung');
  await panel.getByRole('button', { name: 'Passwort zurücksetzen' }).click();
  const oneTime = panel.getByTestId('one-time-password');
  await expect(oneTime).toHaveText(/^[a-zA-Z2-9]{16}$/);
  await expectAccessible(page, 'office admin staff with one-time password');
  await snap(page, 'office-admin-staff-reset');
  const password = (await oneTime.textContent())!.trim();

  // The new person signs in with the one-time password through the login page.
  const context = await browser.newContext({ baseURL: api.hub.url });
  const other = await context.newPage();
  await other.goto('/office/');
  await other.getByLabel('Benutzername').fill(username);
  await other.getByLabel('Passwort').fill(password);
  await other.getByRole('button', { name: 'Anmelden' }).click();
  await expect(other.getByRole('banner')).toContainText('Erik Test');
  await context.close();

  // The admin's own account: removing the own admin role is refused plainly.
  await page.locator('tr[data-username="admin"]').getByRole('button', { name: 'admin bearbeiten' }).click();
  const own = page.getByRole('region', { name: 'Konto admin' });
  await expect(own.getByText('Das ist Ihr eigenes Konto.', { exact: false })).toBeVisible();
  await own.getByLabel('Administration').uncheck();
  await own.getByLabel('Prüfung').check();
  await own.getByRole('button', { name: 'Speichern' }).click();
  await expect(own.getByRole('alert')).toContainText('nicht selbst entziehen');
  const accounts = await api.request<{ username: string; roles: string[] }[]>('GET', '/api/v1/staff-users', {
    as: 'admin',
  });
  expect(accounts.find((a) => a.username === 'admin')?.roles).toEqual(['admin']);
});
