// Four-eyes loading in the office (issue 9): for a type loaded by two people, the loading screen asks for the
// second person's own login on the same screen, refuses a missing, the same or a wrong login at the field, and
// confirms with both names once the door is closed.
import { expect, expectAccessible, snap, test } from '../support/fixtures.ts';
import { openOffice } from '../support/office.ts';

test('a four-eyes type opens the compartment only after a second loader confirms; both are named', async ({
  page,
  hub,
  api,
}) => {
  // A type of its own, so the other tests of this worker keep the demo types as they are.
  const typeId = `four_eyes_${Date.now().toString(36)}`;
  await api.request('POST', '/api/v1/document-types', {
    as: 'admin',
    body: {
      id: typeId,
      name: `Personalausweis (zu zweit) ${typeId}`,
      minSize: 'S',
      pickupPolicy: { check: 'none', windowOpeningDays: null, fourEyesLoading: true },
    },
  });
  const document = await api.registerDocument({ typeId });

  await openOffice(page, api, 'loader', '/loading');
  const scan = page.getByLabel('Vorgangsnummer scannen oder eingeben');
  await expect(scan).toBeFocused();
  await scan.pressSequentially(document.reference, { delay: 5 });
  await scan.press('Enter');

  // The server's "second loader required" is the next step of the same screen, not an error.
  const second = page.getByRole('group', { name: 'Zweite Person bestätigt' });
  await expect(second).toBeVisible();
  await expect(second).toContainText('Für diese Dokumentart bestätigt eine zweite Person das Einlegen');
  await expect(second).toContainText(document.reference);
  const username = page.getByLabel('Benutzername der zweiten Person');
  const password = page.getByLabel('Passwort der zweiten Person');
  await expect(username).toBeFocused();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectAccessible(page, 'office loading four-eyes');
  await snap(page, 'office-loading-four-eyes');
  const submit = page.getByRole('button', { name: 'Bestätigen und Fach öffnen' });

  // Missing second login: said at the fields, nothing is sent.
  await submit.click();
  await expect(username).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#second-username-error')).toHaveText(
    'Bitte den Benutzernamen der zweiten Person eingeben.',
  );
  await expect(page.locator('#second-password-error')).toHaveText(
    'Bitte das Passwort der zweiten Person eingeben.',
  );
  await expect(username).toBeFocused();
  await expectAccessible(page, 'office loading four-eyes missing');

  // The loader's own account is not a second person.
  await username.fill('loader');
  await password.fill(hub.passwordOf('loader'));
  await submit.click();
  await expect(page.locator('#second-username-error')).toHaveText(/Das ist Ihr eigenes Konto/);
  await expect(username).toHaveAttribute('aria-invalid', 'true');
  await expect(username).toHaveAttribute('aria-describedby', 'second-username-error');
  // The password never stays in the form after a request.
  await expect(password).toHaveValue('');
  await expectAccessible(page, 'office loading four-eyes same account');
  await snap(page, 'office-loading-four-eyes-same-account');

  // A wrong password of the second loader.
  await username.fill('loader2');
  await password.fill('falsches-passwort');
  await submit.click();
  await expect(page.locator('#second-password-error')).toHaveText(/Benutzername oder Passwort stimmt nicht/);
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toBeFocused();
  await expect(password).toHaveValue('');
  await expect(page.locator('#second-username-error')).toHaveCount(0);
  await expectAccessible(page, 'office loading four-eyes wrong password');

  // Each refusal left the document where it was, with no compartment.
  const before = await api.request<{ state: string; compartmentNumber: number | null }>(
    'GET',
    `/api/v1/documents/${document.id}`,
    { as: 'clerk' },
  );
  expect(before.state).toBe('registered');
  expect(before.compartmentNumber ?? null).toBeNull();

  // The second loader's own login opens the compartment; both names are on the screen.
  await password.fill(hub.passwordOf('loader2'));
  await submit.click();
  const heading = page.getByRole('heading', { level: 2, name: /^Fach \d+$/ });
  await expect(heading).toBeVisible();
  const number = Number((await heading.textContent())!.replace(/\D/g, ''));
  const loaders = page.getByTestId('four-eyes-loaders');
  await expect(loaders).toHaveText('Eingelegt zu zweit: Lars Bestücker (Demo) und Lena Bestückerin (Demo).');
  await expect(page.getByLabel('Passwort der zweiten Person')).toHaveCount(0);

  await api.simulator('dokbox-hn', number, 'place');
  await api.simulator('dokbox-hn', number, 'close');
  await expect(page.getByRole('status')).toContainText(`Fach ${number} ist zu`);
  await expect(loaders).toBeVisible();
  await expectAccessible(page, 'office loading four-eyes done');
  await snap(page, 'office-loading-four-eyes-done');

  // The audit log names both people.
  const entries = await api.request<{ items: { action: string; data: Record<string, unknown> | null }[] }>(
    'GET',
    `/api/v1/audit?entityId=${document.id}`,
    { as: 'auditor' },
  );
  const confirmed = entries.items.find((entry) => entry.action === 'loading.four_eyes_confirmed');
  expect(confirmed?.data).toMatchObject({
    firstLoader: expect.any(String),
    secondLoader: expect.any(String),
  });
  expect(confirmed?.data?.firstLoader).not.toBe(confirmed?.data?.secondLoader);

  // A plain type after a four-eyes one: no second-person step.
  await page.getByRole('button', { name: 'Nächstes Dokument scannen' }).click();
  const plain = await api.registerDocument({ typeId: 'civil_certificate' });
  await scan.fill(plain.reference);
  await scan.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: /^Fach \d+$/ })).toBeVisible();
  await expect(page.getByTestId('four-eyes-loaders')).toHaveCount(0);
});

test('leaving the second-person step clears it; another reference does not carry it over', async ({
  page,
  api,
}) => {
  const typeId = `four_eyes_b_${Date.now().toString(36)}`;
  await api.request('POST', '/api/v1/document-types', {
    as: 'admin',
    body: {
      id: typeId,
      name: `Reisepass (zu zweit) ${typeId}`,
      minSize: 'S',
      pickupPolicy: { check: 'none', windowOpeningDays: null, fourEyesLoading: true },
    },
  });
  const document = await api.registerDocument({ typeId });
  await openOffice(page, api, 'loader', '/loading');
  const scan = page.getByLabel('Vorgangsnummer scannen oder eingeben');
  await scan.fill(document.reference);
  await scan.press('Enter');
  await expect(page.getByRole('group', { name: 'Zweite Person bestätigt' })).toBeVisible();
  await page.getByLabel('Benutzername der zweiten Person').fill('loader2');
  await page.getByLabel('Passwort der zweiten Person').fill('noch-nicht-gesendet');
  await page.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(page.getByRole('group', { name: 'Zweite Person bestätigt' })).toHaveCount(0);
  await expect(scan).toBeFocused();
  await expect(scan).toHaveValue('');

  // Scanned again: the step comes back empty.
  await scan.fill(document.reference);
  await scan.press('Enter');
  await expect(page.getByLabel('Benutzername der zweiten Person')).toHaveValue('');
  await expect(page.getByLabel('Passwort der zweiten Person')).toHaveValue('');
  // Typing another reference hides the step for it.
  await scan.fill('ANDERE-NUMMER-1');
  await expect(page.getByRole('group', { name: 'Zweite Person bestätigt' })).toHaveCount(0);
});
