// The old-document deposit at the box (issue 9), walked through on the kiosk: an ID card whose policy is "old document
// or date of birth" plus the PIN-letter confirmation, registered with the holder's old document number. The deposit
// compartment opens (drawing of the box), the old document goes in and the door shuts, the box's reader reads it,
// the PIN letter is confirmed and only then the new document's door opens. A wrong old document stays locked in with
// a calm screen. The loader collects the deposited document in the office and records the handover for
// cancellation. Every step is checked with axe and photographed.
import { expect, expectAccessible, snap, test } from '../support/fixtures.ts';
import type { HubApi } from '../support/hub-api.ts';
import { openOffice } from '../support/office.ts';
import { checkScreen, enterPhoneAndCode, openKiosk } from './kiosk-support.ts';

const depositNumber = 16;

/** An ID card with the city default policy, registered with the old document's number and loaded into the box. */
async function idCardInBox(api: HubApi, oldDocumentNumber: string) {
  await api.request('PATCH', '/api/v1/document-types/id_card', {
    as: 'admin',
    body: {
      pickupPolicy: { check: 'old_document_or_date_of_birth', windowOpeningDays: null, pinLetter: true },
    },
  });
  const phone = api.uniquePhone();
  const reference = `E2E-DEP-${Date.now().toString(36)}`;
  const registered = await api.request<{ id: string }>('POST', '/api/v1/documents', {
    as: 'clerk',
    body: {
      reference,
      officeId: 'buergeramt-hn',
      typeId: 'id_card',
      holderName: 'Erika Mustermann',
      phone,
      dateOfBirth: '1958-03-14',
      oldDocumentNumber,
    },
  });
  const compartment = await api.loadIntoBox(registered.id);
  return { id: registered.id, reference, phone, compartment, code: await api.latestCode(phone) };
}

test.beforeEach(async ({ api }) => {
  // Tests on one worker share a hub: start with an empty deposit compartment.
  await api.emptyDepositCompartment();
});

test('an ID card: the old document goes into the deposit compartment, PIN letter, door; the loader collects it', async ({
  page,
  hub,
  api,
}) => {
  const document = await idCardInBox(api, 'L01X00T47');
  expect(document.compartment).not.toBe(depositNumber);
  await openKiosk(page, hub.url, hub.credentials.terminalKey);
  await enterPhoneAndCode(page, document.phone, document.code);

  // Instructions first: nothing has opened yet.
  await expect(page.getByRole('heading', { level: 1, name: 'Ihr altes Dokument' })).toBeFocused();
  await expect(page.locator('main')).toContainText('in der DokBox ab');
  await checkScreen(page, 'deposit-instructions');
  await page.getByRole('button', { name: 'Abgabefach öffnen' }).click();

  // The deposit compartment opens; the drawing marks its door.
  await expect(
    page.getByRole('heading', { level: 1, name: `Legen Sie Ihr altes Dokument in Fach ${depositNumber}` }),
  ).toBeVisible();
  await expect(page.locator('main')).toContainText('4. Spalte von links, 4. Fach von oben, auf Hüfthöhe');
  await expect(page.locator('main')).toContainText('Schließen Sie die Klappe.');
  await checkScreen(page, 'deposit-open');
  // The new document's door is still shut: the hub refuses to open it before the deposit is accepted.
  const box = await api.request<{ compartments: { number: number; door: string }[] }>(
    'GET',
    '/api/v1/dev/simulator/boxes/dokbox-hn',
  );
  expect(box.compartments.find((c) => c.number === document.compartment)?.door).toBe('closed');
  expect(box.compartments.find((c) => c.number === depositNumber)?.door).toBe('open');

  // The citizen lays the holder's old document in (the simulated reader reads L01X00T47) and shuts the door.
  await api.simulator('dokbox-hn', depositNumber, 'place', {
    documentNumber: 'L01X00T47',
    holderMatches: true,
  });
  await api.simulator('dokbox-hn', depositNumber, 'close');

  const pinHeading = page.getByRole('heading', { level: 1, name: 'Haben Sie den PIN-Brief bekommen?' });
  await expect(pinHeading).toBeFocused();
  await checkScreen(page, 'deposit-pin-letter');
  await page.getByRole('button', { name: 'Ja, ich habe den PIN-Brief bekommen' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Ihr Dokument ist da' })).toBeVisible();
  await expect(page.locator('main')).toContainText(`Fach ${document.compartment}`);
  await checkScreen(page, 'deposit-ready');
  await page.getByRole('button', { name: 'Fach öffnen' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Fach ${document.compartment} ist offen` }),
  ).toBeVisible();
  await api.simulator('dokbox-hn', document.compartment, 'take');
  await api.simulator('dokbox-hn', document.compartment, 'close');
  await expect(page.getByRole('heading', { level: 1, name: 'Fertig. Vielen Dank!' })).toBeVisible();
  await checkScreen(page, 'deposit-done');

  // The issue record names the deposit among the checks passed.
  const now = Date.now();
  const register = await api.request<{ items: { documentId: string; checksPassed: string[] }[] }>(
    'GET',
    `/api/v1/register/issues?from=${new Date(now - 3_600_000).toISOString()}&to=${new Date(now + 3_600_000).toISOString()}`,
    { as: 'auditor' },
  );
  expect(register.items.find((item) => item.documentId === document.id)?.checksPassed).toEqual([
    'code',
    'old_document',
    'old_document_deposit',
    'pin_letter',
  ]);

  // The loader's returns page lists the deposited old document; collecting opens the deposit compartment.
  await page.setViewportSize({ width: 1280, height: 900 });
  await openOffice(page, api, 'loader', '/returns');
  const deposits = page.getByRole('region', { name: 'Alte Ausweisdokumente aus dem Abgabefach' });
  await expect(deposits.getByRole('row', { name: new RegExp(document.reference) })).toContainText(
    '******T47',
  );
  await expectAccessible(page, 'office returns with a deposited old document');
  await snap(page, 'office-deposits-to-collect');
  await deposits.getByRole('button', { name: `Abgabefach ${depositNumber} öffnen` }).click();
  await expect(deposits.getByText(`Nehmen Sie alle alten Dokumente aus Fach ${depositNumber}`)).toBeVisible();
  await api.simulator('dokbox-hn', depositNumber, 'take');
  await api.simulator('dokbox-hn', depositNumber, 'close');
  await expect(deposits.getByText('Die alten Dokumente sind aus dem Abgabefach genommen.')).toBeVisible();
  const collected = deposits.getByRole('row', { name: new RegExp(document.reference) });
  await expect(collected).toContainText('herausgenommen');
  await expectAccessible(page, 'office returns with a collected old document');
  await collected
    .getByRole('button', { name: `Altes Dokument zu ${document.reference} im Amt abgegeben` })
    .click();
  await expect(deposits.getByText('Als zur Entwertung abgegeben vermerkt.')).toBeVisible();
  await expect(deposits.getByRole('row', { name: new RegExp(document.reference) })).toHaveCount(0);
  await snap(page, 'office-deposits-handed-over');

  const handedOver = await api.request<{ documentId: string; status: string; collectedBy: string | null }[]>(
    'GET',
    '/api/v1/old-document-deposits?status=handed_over',
    { as: 'auditor' },
  );
  expect(handedOver.find((d) => d.documentId === document.id)).toMatchObject({
    status: 'handed_over',
    collectedBy: expect.any(String),
  });
});

test('another person’s old document: a calm screen, the new document stays shut, staff are told', async ({
  page,
  hub,
  api,
}) => {
  const document = await idCardInBox(api, 'L01X00T47');
  await openKiosk(page, hub.url, hub.credentials.terminalKey);
  await enterPhoneAndCode(page, document.phone, document.code);
  await page.getByRole('button', { name: 'Abgabefach öffnen' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Legen Sie Ihr altes Dokument in Fach ${depositNumber}` }),
  ).toBeVisible();
  await api.simulator('dokbox-hn', depositNumber, 'place', {
    documentNumber: 'C01X00T99',
    holderMatches: false,
  });
  await api.simulator('dokbox-hn', depositNumber, 'close');

  await expect(
    page.getByRole('heading', { level: 1, name: 'Das ist nicht das passende Dokument' }),
  ).toBeFocused();
  await expect(page.locator('main')).toContainText('Ihr neues Dokument bleibt sicher in der DokBox.');
  await expect(page.locator('main')).toContainText('ist informiert');
  await checkScreen(page, 'deposit-mismatch');
  const box = await api.request<{ compartments: { number: number; door: string; occupied: boolean }[] }>(
    'GET',
    '/api/v1/dev/simulator/boxes/dokbox-hn',
  );
  expect(box.compartments.find((c) => c.number === document.compartment)).toMatchObject({
    door: 'closed',
    occupied: true,
  });
  const alerts = await api.request<{ kind: string; documentId: string | null }[]>(
    'GET',
    '/api/v1/alerts?open=true',
    {
      as: 'zone',
    },
  );
  expect(alerts.some((a) => a.kind === 'call_staff' && a.documentId === document.id)).toBe(true);

  // The date of birth is still the alternative: the card goes out after the PIN letter.
  await page.getByRole('button', { name: 'Ich habe kein altes Dokument' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Geburtsdatum', exact: true })).toBeFocused();
});

test('an admin sees the deposit compartment on the box page and switches it back and forth', async ({
  page,
  api,
}) => {
  await openOffice(page, api, 'admin', '/admin/boxes/dokbox-hn');
  await expect(page.getByRole('heading', { level: 1, name: 'DokBox Hohen Neuendorf' })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(`^${depositNumber} `) });
  await expect(row).toContainText('Abgabefach für alte Dokumente');
  await expectAccessible(page, 'office admin box with a deposit compartment');
  await snap(page, 'office-admin-box-deposit-compartment');
  await row.getByRole('button', { name: `Fach ${depositNumber} wieder als normales Fach` }).click();
  await expect(page.getByText(`Fach ${depositNumber} ist wieder ein normales Fach.`)).toBeVisible();
  await page.getByRole('button', { name: `Fach ${depositNumber} als Abgabefach` }).click();
  await expect(
    page.getByText(`Fach ${depositNumber} nimmt jetzt alte Dokumente an und wird nie beladen.`),
  ).toBeVisible();
  const box = await api.request<{ compartmentList: { number: number; status: string }[] }>(
    'GET',
    '/api/v1/boxes/dokbox-hn',
    { as: 'admin' },
  );
  expect(box.compartmentList.find((c) => c.number === depositNumber)?.status).toBe('deposit');
});
