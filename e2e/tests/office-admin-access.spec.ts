// Admin pages for access to the hub: kiosk terminals (key shown once with link and QR code, rename, revoke after a
// confirmation), API keys (roles, expiry, secret shown once, revoke), offices; and passwords: the forced change
// after a reset, and the self-service change for every staff member.
import { expect, expectAccessible, snap, test } from '../support/fixtures.ts';
import { openOffice } from '../support/office.ts';

const unique = () => Date.now().toString(36);

test('an admin creates a terminal with a key shown once, renames it and takes it out of service', async ({
  page,
  api,
}) => {
  await openOffice(page, api, 'admin', '/admin/terminals');
  await expect(page.getByRole('heading', { level: 1, name: 'Kiosk-Terminals' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Kiosk-Terminals' }),
  ).toBeVisible();
  await expectAccessible(page, 'office terminals');

  const create = page.getByRole('region', { name: 'Terminal mit Schlüssel anlegen' });
  // With only one box it is chosen already; choosing none shows both errors, the first field gets the focus.
  await create.getByLabel('DokBox').selectOption('');
  await create.getByRole('button', { name: 'Terminal anlegen' }).click();
  await expect(create.getByLabel('DokBox')).toBeFocused();
  await expect(create.getByLabel('DokBox')).toHaveAccessibleDescription('Bitte füllen Sie dieses Feld aus.');
  const name = `Infokiosk ${unique()}`;
  await create.getByLabel('DokBox').selectOption('dokbox-hn');
  await create.getByLabel('Name', { exact: true }).fill(name);
  await create.getByRole('button', { name: 'Terminal anlegen' }).click();
  const key = create.getByTestId('terminal-key');
  await expect(key).toContainText(`Das Terminal „${name}“ ist angelegt.`);
  await expect(key).toContainText(/kiosk_[A-Za-z0-9_-]{20,}/);
  const link = key.getByRole('link', { name: 'Kiosk mit diesem Schlüssel öffnen' });
  await expect(link).toHaveAttribute('href', /\/kiosk\/#terminal=kiosk_/);
  await expect(
    key.getByRole('img', { name: `QR-Code: öffnet den Kiosk mit dem Schlüssel von „${name}“` }),
  ).toBeVisible();
  await expectAccessible(page, 'office terminals with new key');
  await snap(page, 'office-terminals-key');

  const row = page.locator(`tr[data-terminal="${name}"]`);
  await expect(row).toContainText('Noch nie');
  await expect(row).toContainText('In Betrieb');
  await row.getByRole('button', { name: `„${name}“ umbenennen` }).click();
  const renamed = `${name} Eingang`;
  const renamePanel = page.getByRole('region', { name: `„${name}“ umbenennen` });
  await renamePanel.getByLabel('Name', { exact: true }).fill(renamed);
  await renamePanel.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText(`Das Terminal heißt jetzt „${renamed}“.`)).toBeVisible();

  const renamedRow = page.locator(`tr[data-terminal="${renamed}"]`);
  await renamedRow.getByRole('button', { name: `„${renamed}“ außer Betrieb nehmen` }).click();
  const confirm = page.getByRole('region', { name: `„${renamed}“ außer Betrieb nehmen?` });
  await expect(confirm).toContainText('lässt sich nicht rückgängig machen');
  await expectAccessible(page, 'office terminals revoke confirmation');
  await snap(page, 'office-terminals-revoke');
  await confirm.getByRole('button', { name: 'Ja, außer Betrieb nehmen' }).click();
  await expect(page.getByText(`Das Terminal „${renamed}“ ist außer Betrieb.`)).toBeVisible();
  await expect(renamedRow).toContainText('Außer Betrieb seit');
  await expect(renamedRow.getByRole('button', { name: /außer Betrieb nehmen/ })).toHaveCount(0);
});

test('an admin creates an API key with roles and expiry, sees the secret once and revokes it', async ({
  page,
  api,
}) => {
  await openOffice(page, api, 'admin', '/admin/api-tokens');
  await expect(page.getByRole('heading', { level: 1, name: 'API-Schlüssel' })).toBeVisible();
  await expectAccessible(page, 'office api tokens');

  const create = page.getByRole('region', { name: 'Neuen API-Schlüssel anlegen' });
  // Administration is never offered.
  await expect(create.getByLabel('Administration')).toHaveCount(0);
  const name = `Fachverfahren ${unique()}`;
  await create.getByLabel('Name', { exact: true }).fill(name);
  await create.getByRole('button', { name: 'API-Schlüssel anlegen' }).click();
  await expect(create.getByText('Bitte wählen Sie mindestens eine Rolle.')).toBeVisible();
  await expect(create.getByLabel('Sachbearbeitung')).toBeFocused();
  await create.getByLabel('Sachbearbeitung').check();
  await create.getByLabel('Gültigkeit').selectOption({ label: '30 Tage' });
  await create.getByRole('button', { name: 'API-Schlüssel anlegen' }).click();
  const secret = create.getByTestId('token-secret');
  await expect(secret).toContainText(`Der API-Schlüssel „${name}“ ist angelegt.`);
  await expect(secret).toContainText(/bp_[A-Za-z0-9_-]{20,}/);
  const secretText = (await secret.locator('.secret').textContent())!.trim();
  await expectAccessible(page, 'office api tokens with secret');
  await snap(page, 'office-api-tokens-secret');

  // The key works; its use shows in the list.
  const me = await fetch(`${api.hub.url}/api/v1/auth/me`, {
    headers: { authorization: `Bearer ${secretText}` },
  });
  expect(me.status).toBe(200);
  await page.reload();
  const row = page.locator(`tr[data-token="${name}"]`);
  await expect(row).toContainText('Sachbearbeitung');
  await expect(row).toContainText('Gültig');
  await expect(row).not.toContainText('Noch nie');

  await row.getByRole('button', { name: `„${name}“ widerrufen` }).click();
  const confirm = page.getByRole('region', { name: `„${name}“ widerrufen?` });
  await confirm.getByRole('button', { name: 'Ja, widerrufen' }).click();
  await expect(page.getByText(`Der API-Schlüssel „${name}“ ist widerrufen.`)).toBeVisible();
  await expect(row).toContainText('Widerrufen');
  const after = await fetch(`${api.hub.url}/api/v1/auth/me`, {
    headers: { authorization: `Bearer ${secretText}` },
  });
  expect(after.status).toBe(401);
});

test('an admin creates and edits an office', async ({ page, api }) => {
  await openOffice(page, api, 'admin', '/admin/offices');
  await expect(page.getByRole('heading', { level: 1, name: 'Dienststellen' })).toBeVisible();
  await expect(page.locator('tr', { hasText: 'Bürgeramt Hohen Neuendorf' })).toBeVisible();
  await expectAccessible(page, 'office offices');

  const create = page.getByRole('region', { name: 'Neue Dienststelle anlegen' });
  await create.getByRole('button', { name: 'Dienststelle anlegen' }).click();
  await expect(create.getByLabel('Name', { exact: true })).toBeFocused();
  await expect(create.getByText('Bitte füllen Sie dieses Feld aus.')).toHaveCount(3);
  await expectAccessible(page, 'office offices form with errors');
  const name = `Standesamt ${unique()}`;
  await create.getByLabel('Name', { exact: true }).fill(name);
  await create.getByLabel('Kurzname').fill('Standesamt');
  await create.getByLabel('Anschrift').fill('Rathausplatz 1, 16540 Hohen Neuendorf');
  await create.getByRole('button', { name: 'Dienststelle anlegen' }).click();
  await expect(page.getByText(`Die Dienststelle „${name}“ ist angelegt.`)).toBeVisible();

  await page.getByRole('button', { name: `„${name}“ bearbeiten` }).click();
  const edit = page.getByRole('region', { name: `„${name}“ bearbeiten` });
  await edit.getByLabel('Anschrift').fill('Rathausplatz 2, 16540 Hohen Neuendorf');
  await edit.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText(`Die Dienststelle „${name}“ ist gespeichert.`)).toBeVisible();
  await expect(page.locator('tr', { hasText: name })).toContainText('Rathausplatz 2');
  await snap(page, 'office-offices');
});

test('after a password reset the person must choose a new password first; everyone can change theirs', async ({
  api,
  browser,
}) => {
  const username = `e2e.pw.${unique()}`;
  const created = await api.request<{ id: string }>('POST', '/api/v1/staff-users', {
    as: 'admin',
    body: {
      username,
      displayName: 'Paula Passwort',
      password: 'ein erstes langes Passwort',
      roles: ['clerk'],
    },
  });
  const reset = await api.request<{ oneTimePassword: string }>(
    'POST',
    `/api/v1/staff-users/${created.id}/reset-password`,
    { as: 'admin' },
  );

  const context = await browser.newContext({ baseURL: api.hub.url });
  const person = await context.newPage();
  await person.goto('/office/');
  await person.getByLabel('Benutzername').fill(username);
  await person.getByLabel('Passwort').fill(reset.oneTimePassword);
  await person.getByRole('button', { name: 'Anmelden' }).click();
  await expect(person.getByRole('heading', { level: 1, name: 'Neues Passwort wählen' })).toBeVisible();
  await expect(person.getByRole('banner')).toContainText('Paula Passwort');
  await expect(person.getByRole('navigation', { name: 'Hauptnavigation' })).toHaveCount(0);
  await expectAccessible(person, 'office forced password change');
  await snap(person, 'office-password-forced');

  await person.getByLabel('Bisheriges Passwort').fill(reset.oneTimePassword);
  await person.getByLabel('Neues Passwort', { exact: true }).fill('mein neues Passwort 2026');
  await person.getByLabel('Neues Passwort wiederholen').fill('mein neues Passwort 2025');
  await person.getByRole('button', { name: 'Passwort speichern' }).click();
  const repeat = person.getByLabel('Neues Passwort wiederholen');
  await expect(repeat).toBeFocused();
  await expect(repeat).toHaveAccessibleDescription('Die beiden neuen Passwörter stimmen nicht überein.');
  await expectAccessible(person, 'office forced password change with error');
  await repeat.fill('mein neues Passwort 2026');
  await person.getByRole('button', { name: 'Passwort speichern' }).click();
  await expect(person.getByRole('navigation', { name: 'Hauptnavigation' })).toBeVisible();
  await expect(person.getByRole('heading', { level: 1, name: 'Neues Passwort wählen' })).toHaveCount(0);

  // Self-service: a wrong current password is refused by the server; the right one changes it.
  await person
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Passwort ändern' })
    .click();
  await expect(person.getByRole('heading', { level: 1, name: 'Passwort ändern' })).toBeVisible();
  await person.getByLabel('Bisheriges Passwort').fill('nicht mein Passwort');
  await person.getByLabel('Neues Passwort', { exact: true }).fill('noch ein neues Passwort');
  await person.getByLabel('Neues Passwort wiederholen').fill('noch ein neues Passwort');
  await person.getByRole('button', { name: 'Passwort speichern' }).click();
  await expect(person.getByText('Das bisherige Passwort ist falsch.')).toBeVisible();
  await person.getByLabel('Bisheriges Passwort').fill('mein neues Passwort 2026');
  await person.getByRole('button', { name: 'Passwort speichern' }).click();
  await expect(person.getByText('Ihr neues Passwort ist gespeichert.')).toBeVisible();
  await expectAccessible(person, 'office change password');
  await snap(person, 'office-password-change');
  await context.close();

  const login = await fetch(`${api.hub.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'noch ein neues Passwort' }),
  });
  expect(login.status).toBe(200);
});
