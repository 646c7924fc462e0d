// A child's passport collected by a parent (issue 9, Magdeburg's rule): the clerk registers it with the parent's
// mobile number and the child's date of birth; at the kiosk the screen says whose date of birth is asked, the parent
// first types their own (a wrong answer that costs a guess), then the child's, and the door opens. axe at every step.
import { expect, expectAccessible, snap, test } from '../support/fixtures.ts';
import { openOffice } from '../support/office.ts';
import { checkScreen, enterPhoneAndCode, openKiosk } from './kiosk-support.ts';

test("a parent collects a child's passport with the child's date of birth", async ({ page, hub, api }) => {
  // The office: the clerk registers the child's passport, with the parent's phone. The Kinderreisepass is not
  // offered: it was abolished on 1 January 2024 (issue 18).
  const parentPhone = api.uniquePhone();
  const reference = `E2E-KRP-${Date.now().toString(36)}`;
  await openOffice(page, api, 'clerk', '/documents/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Dokument erfassen' })).toBeVisible();
  await page.getByLabel('Vorgangsnummer').fill(reference);
  await page.getByLabel('Dienststelle').selectOption({ label: 'Bürgeramt Hohen Neuendorf' });
  await expect(page.getByLabel('Dokumentart').locator('option', { hasText: 'Kinderreisepass' })).toHaveCount(
    0,
  );
  await page.getByLabel('Dokumentart').selectOption({ label: 'Reisepass (Kind)' });
  await page.getByLabel('Name der Person').fill('Mia Beispiel');
  await page.getByLabel('Handynummer für die SMS').fill(parentPhone.replace(/^\+49/, '0'));
  await page.getByLabel('Geburtsdatum', { exact: true }).fill('2019-05-08');
  await expectAccessible(page, 'office register child passport');
  await snap(page, 'office-identity-register-child-passport');
  await page.getByRole('button', { name: 'Dokument erfassen' }).click();
  await expect(page.getByText(reference).first()).toBeVisible();

  const found = await api.request<{ items: { id: string; reference: string; typeId: string }[] }>(
    'GET',
    `/api/v1/documents?reference=${encodeURIComponent(reference)}`,
    { as: 'clerk' },
  );
  const document = found.items.find((item) => item.reference === reference)!;
  expect(document.typeId).toBe('child_passport');
  const compartment = await api.loadIntoBox(document.id);
  const code = await api.latestCode(parentPhone);

  // The kiosk: the parent's phone and code, then the date of birth of the child.
  await openKiosk(page, hub.url, hub.credentials.terminalKey);
  await enterPhoneAndCode(page, parentPhone, code);
  const heading = page.getByRole('heading', { level: 1, name: 'Geburtsdatum', exact: true });
  await expect(heading).toBeFocused();
  const main = page.locator('main');
  await expect(main).toContainText('Geburtsdatum der Person, für die das Dokument ausgestellt ist');
  await expect(main).toContainText(
    'Holen Sie das Dokument für Ihr Kind ab, geben Sie das Geburtsdatum Ihres Kindes ein.',
  );
  // Three large separate fields, no date picker.
  for (const label of ['Tag', 'Monat', 'Jahr']) {
    await expect(page.getByLabel(label, { exact: true })).toHaveAttribute('type', 'text');
  }
  await checkScreen(page, 'identity-child-birth-date');

  // The parent types their own date of birth first: refused in plain words, and it costs a guess.
  await page.getByLabel('Tag', { exact: true }).fill('21');
  await page.getByLabel('Monat', { exact: true }).fill('9');
  await page.getByLabel('Jahr', { exact: true }).fill('1986');
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Das Geburtsdatum passt nicht' })).toBeVisible();
  await expect(main).toContainText('Bitte prüfen Sie es und versuchen Sie es noch einmal.');
  await checkScreen(page, 'identity-child-birth-date-wrong');
  const failed = await api.request<{ items: { action: string }[] }>(
    'GET',
    `/api/v1/audit?documentId=${document.id}&action=pickup.check_failed`,
    { as: 'auditor' },
  );
  expect(failed.items).toHaveLength(1);
  const stillWaiting = await api.request<{ state: string; compartmentNumber: number | null }>(
    'GET',
    `/api/v1/documents/${document.id}`,
    { as: 'clerk' },
  );
  expect(stillWaiting).toMatchObject({ state: 'notified', compartmentNumber: compartment });

  // Then the child's date of birth: the compartment is ready.
  await page.getByRole('button', { name: 'Noch einmal versuchen' }).click();
  await expect(heading).toBeVisible();
  await expect(page.getByLabel('Tag', { exact: true })).toHaveValue('');
  await page.getByLabel('Tag', { exact: true }).fill('8');
  await page.getByLabel('Monat', { exact: true }).fill('5');
  await page.getByLabel('Jahr', { exact: true }).fill('2019');
  await page.getByRole('button', { name: 'Weiter' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Ihr Dokument ist da' })).toBeVisible();
  await expect(main).toContainText(`Fach ${compartment}`);
  await checkScreen(page, 'identity-child-ready');
  await page.getByRole('button', { name: 'Fach öffnen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Fach ${compartment} ist offen` })).toBeVisible();
  await checkScreen(page, 'identity-child-door');
  await api.simulator('dokbox-hn', compartment, 'take');
  await api.simulator('dokbox-hn', compartment, 'close');
  await expect(page.getByRole('heading', { level: 1, name: 'Fertig. Vielen Dank!' })).toBeVisible();
  await checkScreen(page, 'identity-child-done');

  // Issued, with the checks passed: the code and the (child's) date of birth.
  const now = Date.now();
  const register = await api.request<{ items: { documentId: string; checksPassed: string[] }[] }>(
    'GET',
    `/api/v1/register/issues?from=${new Date(now - 3_600_000).toISOString()}&to=${new Date(now + 3_600_000).toISOString()}`,
    { as: 'auditor' },
  );
  expect(register.items.find((item) => item.documentId === document.id)?.checksPassed).toEqual([
    'code',
    'date_of_birth',
  ]);
});
