// A citizen collects a document at the kiosk from the start screen to the end: phone and code on the keypad (the
// code read from the demo SMS outbox), the extra check the document type needs, the drawing of the box with the
// door that opens, taking the document at the simulated box and closing the door, and the clear end.
import { expect, test } from '../support/fixtures.ts';
import { checkScreen, enterPhoneAndCode, openKiosk, typeOnKeypad } from './kiosk-support.ts';

test('a full pickup without an extra check, every step accessible in both orientations', async ({
  page,
  hub,
  api,
}) => {
  const document = await api.documentReadyForPickup({ typeId: 'civil_certificate' });
  await openKiosk(page, hub.url, hub.credentials.terminalKey);
  // Paired: the key left the address bar and stays on the device.
  expect(new URL(page.url()).hash).toBe('');
  await expect(page.getByTestId('opening-status')).toContainText('DokBox');
  await checkScreen(page, 'start');

  await page.getByRole('button', { name: /Dokument abholen/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ihre Handynummer' })).toBeFocused();
  // Too short: said under the field, no request, no error screen.
  await typeOnKeypad(page, '0151');
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expect(page.getByRole('alert')).toContainText('zu kurz');
  await checkScreen(page, 'phone');
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Löschen' }).click();
  await expect(page.getByLabel('Handynummer')).toHaveValue('');
  await typeOnKeypad(page, document.phone.replace(/^\+49/, '0'));
  await page.getByRole('button', { name: 'Weiter' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Ihr Abholcode' })).toBeVisible();
  await checkScreen(page, 'code');
  // A physical keyboard works as well as the on-screen keys.
  await page.keyboard.type(document.code);
  await expect(page.getByLabel('Abholcode (6 Ziffern)')).toHaveValue(document.code);
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Ihr Dokument ist da' })).toBeVisible();
  await expect(page.locator('main')).toContainText(`Personenstandsurkunde`);
  await expect(page.locator('main')).toContainText(`Fach ${document.compartment}`);
  await checkScreen(page, 'ready');
  await page.getByRole('button', { name: 'Fach öffnen' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: `Fach ${document.compartment} ist offen` }),
  ).toBeVisible();
  await expect(
    page.getByRole('img', { name: new RegExp(`Fach ${document.compartment} ist markiert`) }),
  ).toBeVisible();
  await expect(page.locator('main')).toContainText('Bitte nehmen Sie Ihr Dokument heraus.');
  await checkScreen(page, 'door');

  // The citizen at the box: takes the document, closes the door.
  await api.simulator('dokbox-hn', document.compartment, 'take');
  await api.simulator('dokbox-hn', document.compartment, 'close');
  await expect(page.getByRole('heading', { level: 1, name: 'Fertig. Vielen Dank!' })).toBeVisible();
  await checkScreen(page, 'done');
  const issued = await api.request<{ state: string }>('GET', `/api/v1/documents/${document.id}`, {
    as: 'clerk',
  });
  expect(issued.state).toBe('picked_up');

  await page.getByRole('button', { name: 'Zum Anfang' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Willkommen im Bürgerpunkt' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(document.code);
});

test('a travel document asks for the date of birth in three fields: impossible date, wrong date, then right', async ({
  page,
  hub,
  api,
}) => {
  // A travel document (city default): the date-of-birth check and nothing else before the door (passports and ID
  // cards offer the old document first, ID cards add the PIN-letter step).
  const document = await api.documentReadyForPickup({ typeId: 'travel_document', dateOfBirth: '1958-03-14' });
  await openKiosk(page, hub.url, hub.credentials.terminalKey);
  await enterPhoneAndCode(page, document.phone, document.code);

  await expect(page.getByRole('heading', { level: 1, name: 'Geburtsdatum', exact: true })).toBeVisible();
  await checkScreen(page, 'birth-date');
  // The keypad fills day, then month, then year.
  await typeOnKeypad(page, '31' + '02' + '1958');
  await expect(page.getByLabel('Tag')).toHaveValue('31');
  await expect(page.getByLabel('Monat')).toHaveValue('02');
  await expect(page.getByLabel('Jahr')).toHaveValue('1958');
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expect(page.getByRole('alert')).toContainText('Dieses Datum gibt es nicht');
  await checkScreen(page, 'birth-date-invalid');

  await page.getByLabel('Tag').fill('1');
  await page.getByLabel('Monat').fill('1');
  await page.getByLabel('Jahr').fill('1960');
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Das Geburtsdatum passt nicht' })).toBeVisible();
  await checkScreen(page, 'problem-check-failed');
  await page.getByRole('button', { name: 'Noch einmal versuchen' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Geburtsdatum', exact: true })).toBeVisible();
  await expect(page.getByLabel('Tag')).toHaveValue('');
  await page.getByLabel('Tag').fill('14');
  await page.getByLabel('Monat').fill('3');
  await page.getByLabel('Jahr').fill('1958');
  await page.getByLabel('Jahr').press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Ihr Dokument ist da' })).toBeVisible();
  await page.getByRole('button', { name: 'Fach öffnen' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Fach ${document.compartment} ist offen` }),
  ).toBeVisible();
  await api.simulator('dokbox-hn', document.compartment, 'take');
  await api.simulator('dokbox-hn', document.compartment, 'close');
  await expect(page.getByRole('heading', { level: 1, name: 'Fertig. Vielen Dank!' })).toBeVisible();
});

test('a type with staff confirmation waits for zone staff, who confirm in the office; then the door opens', async ({
  page,
  hub,
  api,
}) => {
  // No demo type asks for staff (the city defaults do not); an admin can choose it for a type, as here.
  const typeId = `staff-${Date.now().toString(36)}`;
  await api.request('POST', '/api/v1/document-types', {
    as: 'admin',
    body: {
      id: typeId,
      name: 'Aufenthaltstitel (Vorsprache)',
      minSize: 'S',
      pickupPolicy: { check: 'staff_confirmation', windowOpeningDays: null },
    },
  });
  const document = await api.documentReadyForPickup({ typeId });
  await openKiosk(page, hub.url, hub.credentials.terminalKey);
  await enterPhoneAndCode(page, document.phone, document.code);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Eine Mitarbeiterin oder ein Mitarbeiter kommt' }),
  ).toBeVisible();
  await checkScreen(page, 'waiting-staff');

  const alerts = await api.request<
    { kind: string; documentId: string | null; data: { pickupId?: string } }[]
  >('GET', '/api/v1/alerts?open=true', { as: 'zone' });
  const call = alerts.find((a) => a.kind === 'call_staff' && a.documentId === document.id);
  expect(call?.data.pickupId).toBeTruthy();
  await api.request('POST', `/api/v1/pickups/${call!.data.pickupId}/confirm`, { as: 'zone', body: {} });

  await expect(page.getByRole('heading', { level: 1, name: 'Ihr Dokument ist da' })).toBeVisible();
  await page.getByRole('button', { name: 'Fach öffnen' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Fach ${document.compartment} ist offen` }),
  ).toBeVisible();
  await api.simulator('dokbox-hn', document.compartment, 'take');
  await api.simulator('dokbox-hn', document.compartment, 'close');
  await expect(page.getByRole('heading', { level: 1, name: 'Fertig. Vielen Dank!' })).toBeVisible();
});

test('a document type with the old-document check: instructions, the reader reads, the door opens', async ({
  page,
  hub,
  api,
}) => {
  const typeId = `old-doc-${Date.now().toString(36)}`;
  await api.request('POST', '/api/v1/document-types', {
    as: 'admin',
    body: {
      id: typeId,
      name: 'Reisepass (Verlängerung)',
      minSize: 'S',
      pickupPolicy: { check: 'old_document_scan', windowOpeningDays: null },
    },
  });
  const document = await api.documentReadyForPickup({ typeId });
  await openKiosk(page, hub.url, hub.credentials.terminalKey);
  await enterPhoneAndCode(page, document.phone, document.code);

  await expect(page.getByRole('heading', { level: 1, name: 'Ihr altes Dokument' })).toBeVisible();
  await expect(page.locator('main')).toContainText('in der DokBox ab');
  await checkScreen(page, 'old-document');
  // The demo box takes the old document into its deposit compartment (16); its simulated reader finds the
  // holder's own old document there. Tests on one worker share the box: the compartment is emptied first.
  await api.emptyDepositCompartment();
  await page.getByRole('button', { name: 'Abgabefach öffnen' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Legen Sie Ihr altes Dokument in Fach 16' }),
  ).toBeVisible();
  await api.simulator('dokbox-hn', 16, 'place');
  await api.simulator('dokbox-hn', 16, 'close');
  await expect(page.getByRole('heading', { level: 1, name: 'Ihr Dokument ist da' })).toBeVisible();
  await page.getByRole('button', { name: 'Fach öffnen' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Fach ${document.compartment} ist offen` }),
  ).toBeVisible();
  await api.simulator('dokbox-hn', document.compartment, 'take');
  await api.simulator('dokbox-hn', document.compartment, 'close');
  await expect(page.getByRole('heading', { level: 1, name: 'Fertig. Vielen Dank!' })).toBeVisible();
});
