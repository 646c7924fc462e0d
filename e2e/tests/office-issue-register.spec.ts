// The issue register (Ausgaberegister, issue 16): a document issued at the box appears under today's issues as not
// yet booked in the specialist procedure, and a clerk marks it booked by hand.
import { expect, expectAccessible, snap, test } from '../support/fixtures.ts';
import { openOffice } from '../support/office.ts';

test('a clerk sees today’s issues with their booking state and books one by hand', async ({
  page,
  api,
  hub,
}) => {
  const document = await api.documentReadyForPickup({ typeId: 'civil_certificate' });
  // The citizen at the kiosk (over its API): phone and code, open, take the document, close the door.
  const kiosk = { 'x-terminal-key': hub.credentials.terminalKey };
  const started = await api.request<{ pickupId: string; status: string }>('POST', '/api/v1/kiosk/pickups', {
    headers: kiosk,
    body: { phone: document.phone, code: document.code },
  });
  expect(started.status).toBe('ready');
  await api.request('POST', `/api/v1/kiosk/pickups/${started.pickupId}/open`, { headers: kiosk, body: {} });
  await api.request('GET', '/api/v1/dev/simulator/boxes/dokbox-hn');
  await api.simulator('dokbox-hn', document.compartment, 'take');
  await api.simulator('dokbox-hn', document.compartment, 'close');
  await expect
    .poll(
      async () =>
        (await api.request<{ state: string }>('GET', `/api/v1/documents/${document.id}`, { as: 'clerk' }))
          .state,
    )
    .toBe('picked_up');

  await openOffice(page, api, 'clerk', '/register');
  await expect(page.getByRole('heading', { level: 1, name: 'Ausgaberegister' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: document.reference });
  await expect(row).toContainText('Noch nicht verbucht');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Nach einem Arbeitstag noch nicht verbucht' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Meldungen an das Fachverfahren' })).toBeVisible();
  await expectAccessible(page, 'office issue register');
  await snap(page, 'office-issue-register');

  await row.getByRole('button', { name: `${document.reference} als verbucht markieren` }).click();
  await expect(page.getByRole('status')).toContainText(`${document.reference} ist als verbucht markiert.`);
  await expect(row).toContainText('Von Hand verbucht am');
  await expect(row.getByRole('button')).toHaveCount(0);
  await expectAccessible(page, 'office issue register booked');
  await snap(page, 'office-issue-register-booked');

  const entry = await api.request<{ items: { documentId: string; bookingSource: string | null }[] }>(
    'GET',
    '/api/v1/register/day',
    { as: 'clerk' },
  );
  expect(entry.items.find((item) => item.documentId === document.id)?.bookingSource).toBe('manual');
});

test('an auditor reads the register but has no booking button', async ({ page, api }) => {
  await openOffice(page, api, 'auditor', '/register');
  await expect(page.getByRole('heading', { level: 1, name: 'Ausgaberegister' })).toBeVisible();
  await expect(page.getByRole('button', { name: /als verbucht markieren/ })).toHaveCount(0);
  await expectAccessible(page, 'office issue register (auditor)');
});
