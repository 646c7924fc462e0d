// The identity checks real cities use at the box (issue 9), walked through on the kiosk: an ID card whose policy is
// "old document or date of birth" plus the PIN-letter confirmation. The citizen chooses the date of birth (no old
// document), confirms the PIN letter in plain words, and the door opens; and the kind end when the letter never came
// (the document stays in the box, staff get an alert). Every new step is checked with axe and photographed.
import { expect, expectAccessible, snap, test } from '../support/fixtures.ts';
import { openOffice } from '../support/office.ts';
import { checkScreen, enterPhoneAndCode, openKiosk } from './kiosk-support.ts';

// The demo's ID card and passport carry the city defaults (ID card: old document or date of birth + PIN letter;
// passport: old document or date of birth), as an admin would set them; no policy is changed here.

test('a passport: the clerk registers the old document number, the reader at the box reads that document', async ({
  page,
  hub,
  api,
}) => {
  const phone = api.uniquePhone();
  const reference = `E2E-OLD-${Date.now().toString(36)}`;
  await openOffice(page, api, 'clerk', '/documents/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Dokument erfassen' })).toBeVisible();
  await page.getByLabel('Vorgangsnummer').fill(reference);
  await page.getByLabel('Dienststelle').selectOption({ label: 'Bürgeramt Hohen Neuendorf' });
  await page.getByLabel('Dokumentart').selectOption({ label: 'Reisepass' });
  await page.getByLabel('Name der Person').fill('Erika Mustermann');
  await page.getByLabel('Handynummer für die SMS').fill(phone.replace(/^\+49/, '0'));
  await page.getByLabel('Geburtsdatum', { exact: true }).fill('1964-08-12');
  // The box's simulated reader reads L01X00T47 when a document without details is laid in.
  await page.getByLabel(/Nummer des alten Ausweisdokuments/).fill('L01X00T47');
  await expectAccessible(page, 'office register with old document number');
  await snap(page, 'office-identity-register-old-document-number');
  await page.getByRole('button', { name: 'Dokument erfassen' }).click();
  await expect(page.getByText(reference).first()).toBeVisible();

  const found = await api.request<{ items: { id: string; reference: string }[] }>(
    'GET',
    `/api/v1/documents?reference=${encodeURIComponent(reference)}`,
    { as: 'clerk' },
  );
  const documentId = found.items.find((item) => item.reference === reference)!.id;
  const compartment = await api.loadIntoBox(documentId);
  const code = await api.latestCode(phone);

  await openKiosk(page, hub.url, hub.credentials.terminalKey);
  await enterPhoneAndCode(page, phone, code);
  await expect(page.getByRole('heading', { level: 1, name: 'Ihr altes Dokument' })).toBeVisible();
  // The demo box takes the old document into its deposit compartment (16), whose reader reads L01X00T47.
  await api.emptyDepositCompartment();
  await page.getByRole('button', { name: 'Abgabefach öffnen' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Legen Sie Ihr altes Dokument in Fach 16' }),
  ).toBeVisible();
  await api.simulator('dokbox-hn', 16, 'place');
  await api.simulator('dokbox-hn', 16, 'close');
  await expect(page.getByRole('heading', { level: 1, name: 'Ihr Dokument ist da' })).toBeVisible();
  await expect(page.locator('main')).toContainText(`Fach ${compartment}`);
  await checkScreen(page, 'identity-old-document-read');
});

test('an ID card: no old document, so the date of birth; then the PIN letter is confirmed and the door opens', async ({
  page,
  hub,
  api,
}) => {
  const document = await api.documentReadyForPickup({ typeId: 'id_card', dateOfBirth: '1958-03-14' });
  await openKiosk(page, hub.url, hub.credentials.terminalKey);
  await enterPhoneAndCode(page, document.phone, document.code);

  await expect(page.getByRole('heading', { level: 1, name: 'Ihr altes Dokument' })).toBeVisible();
  await checkScreen(page, 'identity-old-document-or-date');
  await page.getByRole('button', { name: 'Ich habe kein altes Dokument' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Geburtsdatum', exact: true })).toBeFocused();
  await page.getByLabel('Tag').fill('14');
  await page.getByLabel('Monat').fill('3');
  await page.getByLabel('Jahr').fill('1958');
  await page.getByRole('button', { name: 'Weiter' }).click();

  const pinHeading = page.getByRole('heading', { level: 1, name: 'Haben Sie den PIN-Brief bekommen?' });
  await expect(pinHeading).toBeFocused();
  await expect(page.locator('main')).toContainText('Geheimnummer (PIN)');
  await checkScreen(page, 'identity-pin-letter');
  // Before the confirmation the hub refuses to open: the kiosk's order is the hub's rule, not only the screen's.
  await page.getByRole('button', { name: 'Ja, ich habe den PIN-Brief bekommen' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Ihr Dokument ist da' })).toBeVisible();
  await expect(page.locator('main')).toContainText(`Fach ${document.compartment}`);
  await page.getByRole('button', { name: 'Fach öffnen' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Fach ${document.compartment} ist offen` }),
  ).toBeVisible();
  await api.simulator('dokbox-hn', document.compartment, 'take');
  await api.simulator('dokbox-hn', document.compartment, 'close');
  await expect(page.getByRole('heading', { level: 1, name: 'Fertig. Vielen Dank!' })).toBeVisible();

  // The issue record carries the confirmation time and the checks passed.
  const now = Date.now();
  const register = await api.request<{
    items: { documentId: string; pinLetterConfirmedAt: string | null; checksPassed: string[] }[];
  }>(
    'GET',
    `/api/v1/register/issues?from=${new Date(now - 3_600_000).toISOString()}&to=${new Date(now + 3_600_000).toISOString()}`,
    { as: 'auditor' },
  );
  const record = register.items.find((item) => item.documentId === document.id);
  expect(record?.checksPassed).toEqual(['code', 'date_of_birth', 'pin_letter']);
  expect(record?.pinLetterConfirmedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
});

test('the PIN letter never came: a kind end, the card stays in the box and staff are told', async ({
  page,
  hub,
  api,
}) => {
  const document = await api.documentReadyForPickup({ typeId: 'id_card', dateOfBirth: '1971-11-02' });
  await openKiosk(page, hub.url, hub.credentials.terminalKey);
  await enterPhoneAndCode(page, document.phone, document.code);
  await page.getByRole('button', { name: 'Ich habe kein altes Dokument' }).click();
  await page.getByLabel('Tag').fill('2');
  await page.getByLabel('Monat').fill('11');
  await page.getByLabel('Jahr').fill('1971');
  await page.getByRole('button', { name: 'Weiter' }).click();

  await page.getByRole('button', { name: 'Nein, ich habe keinen PIN-Brief bekommen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bitte kommen Sie ins Bürgeramt' })).toBeFocused();
  await expect(page.locator('main')).toContainText('bleibt sicher im Fach');
  await checkScreen(page, 'identity-pin-letter-missing');

  const stored = await api.request<{ state: string }>('GET', `/api/v1/documents/${document.id}`, {
    as: 'clerk',
  });
  expect(stored.state).toBe('notified');
  const alerts = await api.request<{ documentId: string | null; kind: string; data: { reason?: string } }[]>(
    'GET',
    '/api/v1/alerts?open=true',
    { as: 'zone' },
  );
  expect(alerts).toContainEqual(
    expect.objectContaining({
      documentId: document.id,
      kind: 'call_staff',
      data: expect.objectContaining({ reason: 'pin_letter_not_received' }),
    }),
  );

  await page.getByRole('button', { name: 'Fertig' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Willkommen im Bürgerpunkt' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(document.code);
});

test('the PIN-letter step in Leichte Sprache, Turkish, Ukrainian and Arabic', async ({ page, hub, api }) => {
  const document = await api.documentReadyForPickup({ typeId: 'id_card', dateOfBirth: '1980-06-30' });
  await openKiosk(page, hub.url, hub.credentials.terminalKey);
  await enterPhoneAndCode(page, document.phone, document.code);
  await page.getByRole('button', { name: 'Ich habe kein altes Dokument' }).click();
  await page.getByLabel('Tag').fill('30');
  await page.getByLabel('Monat').fill('6');
  await page.getByLabel('Jahr').fill('1980');
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Haben Sie den PIN-Brief bekommen?' }),
  ).toBeVisible();

  for (const [name, heading, shot] of [
    ['Leichte Sprache', 'Haben Sie den PIN-Brief bekommen?', 'ls'],
    ['Türkçe', 'PIN mektubunu aldınız mı?', 'tr'],
    ['Українська', 'Ви отримали лист із PIN-кодом?', 'uk'],
    ['العربية', 'هل استلمت رسالة الرقم السري (PIN)؟', 'ar'],
  ] as const) {
    await page.getByTestId('language-button').click();
    await page.getByRole('button', { name }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await checkScreen(page, `identity-pin-letter-${shot}`);
  }
});
