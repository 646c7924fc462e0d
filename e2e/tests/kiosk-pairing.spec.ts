// Pairing a kiosk without typing its key: the unpaired kiosk shows a code and a QR code to the office page; an admin
// confirms the code there (in a second browser), and the kiosk starts by itself. A terminal taken out of service
// shows a calm out-of-service screen on its next call, forgets its key and offers pairing again.
import { expect, expectAccessible, snap, test } from '../support/fixtures.ts';
import { signInAs } from '../support/office.ts';
import { checkScreen, openKiosk } from './kiosk-support.ts';

test('an admin pairs a new kiosk by the code it shows; the kiosk then starts', async ({
  page,
  hub,
  api,
  browser,
}) => {
  await page.goto(`${hub.url}/kiosk/`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Dieser Kiosk ist noch nicht eingerichtet' }),
  ).toBeVisible();
  const codeText = page.getByTestId('pairing-code');
  await expect(codeText).toHaveText(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  const code = (await codeText.textContent())!.trim();
  // A restarted kiosk shows the same code (the waiting pairing is kept).
  await page.reload();
  await expect(codeText).toHaveText(code);
  const qr = page.getByRole('img', { name: /QR-Code/ });
  await expect(qr).toHaveAttribute('data-qr-url', `${hub.url}/office/admin/terminals?pair=${code}`);
  await expect(page.getByRole('status')).toContainText('wartet auf die Bestätigung');
  await checkScreen(page, 'pairing-code');

  // The admin follows the QR code's link in a browser of their own: the code is already filled in.
  const office = await browser.newContext({ baseURL: hub.url });
  const admin = await office.newPage();
  await signInAs(admin, api, 'admin');
  await admin.goto(`/office/admin/terminals?pair=${code}`);
  await expect(admin.getByRole('heading', { level: 1, name: 'Kiosk-Terminals' })).toBeVisible();
  const form = admin.getByRole('region', { name: 'Kiosk mit Code koppeln' });
  await expect(form.getByLabel('Kopplungscode')).toHaveValue(code);
  // Without a name the field says so and gets the focus.
  await form.getByLabel('DokBox').selectOption('dokbox-hn');
  await form.getByRole('button', { name: 'Kiosk koppeln' }).click();
  const name = form.getByLabel('Name', { exact: true });
  await expect(name).toBeFocused();
  await expect(name).toHaveAccessibleDescription(/Bitte füllen Sie dieses Feld aus/);
  await expectAccessible(admin, 'office terminals pairing form with error');
  const terminalName = `Kiosk E2E ${Date.now().toString(36)}`;
  await name.fill(terminalName);
  await form.getByRole('button', { name: 'Kiosk koppeln' }).click();
  await expect(admin.getByText(`Der Kiosk „${terminalName}“ ist gekoppelt`)).toBeVisible();
  await snap(admin, 'office-terminals-paired');
  await office.close();

  // The kiosk fetched its key and starts; the key is stored, not shown.
  await expect(page.getByRole('heading', { level: 1, name: 'Willkommen im Bürgerpunkt' })).toBeVisible({
    timeout: 15_000,
  });
  const stored = await page.evaluate(() => Object.values(localStorage));
  expect(stored.some((value) => value.startsWith('kiosk_'))).toBe(true);
  await expect(page.getByText(/kiosk_/)).toHaveCount(0);
  const terminals = await api.request<{ terminals: { name: string; boxId: string }[] }>(
    'GET',
    '/api/v1/terminals',
    { as: 'admin' },
  );
  expect(terminals.terminals).toContainEqual(
    expect.objectContaining({ name: terminalName, boxId: 'dokbox-hn' }),
  );
});

test('a revoked kiosk shows that it is out of service, forgets its key and offers pairing again', async ({
  page,
  hub,
  api,
}) => {
  const created = await api.request<{ terminal: { id: string }; key: string }>('POST', '/api/v1/terminals', {
    as: 'admin',
    body: { boxId: 'dokbox-hn', name: `Kiosk widerrufen ${Date.now().toString(36)}` },
  });
  await openKiosk(page, hub.url, created.key);
  await api.request('POST', `/api/v1/terminals/${created.terminal.id}/revoke`, { as: 'admin', body: {} });

  // The next call of the kiosk (someone asks for staff) is answered `terminal_revoked`.
  await page.getByRole('button', { name: 'Personal rufen' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Dieses Terminal wurde außer Betrieb genommen' }),
  ).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Bitte wenden Sie sich an das Personal');
  await expect(page.getByRole('button', { name: 'Personal rufen' })).toHaveCount(0);
  expect(await page.evaluate(() => Object.values(localStorage))).not.toContain(created.key);
  await checkScreen(page, 'revoked');

  await page.getByRole('button', { name: 'Neu koppeln' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Dieser Kiosk ist noch nicht eingerichtet' }),
  ).toBeVisible();
  await expect(page.getByTestId('pairing-code')).toHaveText(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
});
