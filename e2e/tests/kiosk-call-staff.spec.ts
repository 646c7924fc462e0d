// "Call staff" from the kiosk raises a live alert the zone staff see in the office (GET /api/v1/alerts), with
// what the citizen was doing as its reason; pressing again while staff are on their way raises nothing new.
import { expect, test } from '../support/fixtures.ts';
import { asTyped, checkScreen, openKiosk, typeOnKeypad } from './kiosk-support.ts';

// A Tuesday late morning: the demo zone is staffed (Tuesday 10–13), so the kiosk promises that someone comes;
// outside the staffed hours it says nobody is here (kiosk-visitor.spec.ts).
test.use({ hubFixedStart: '2027-03-02T11:00:00+01:00' });

interface Alert {
  id: string;
  kind: string;
  title: string;
  terminalId: string | null;
  documentId: string | null;
  resolvedAt: string | null;
  data: { reason?: string; source?: string };
}

test('call staff from the start screen and from a problem screen reaches the office', async ({
  page,
  hub,
  api,
}) => {
  const kioskCalls = async () =>
    (await api.request<Alert[]>('GET', '/api/v1/alerts?open=true', { as: 'zone' })).filter(
      (a) => a.kind === 'call_staff' && a.data.source === 'kiosk',
    );
  for (const open of await kioskCalls())
    await api.request('POST', `/api/v1/alerts/${open.id}/resolve`, { as: 'zone' });

  await openKiosk(page, hub.url, hub.credentials.terminalKey);
  await page.getByRole('button', { name: 'Personal rufen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Das Personal ist gerufen' })).toBeVisible();
  await checkScreen(page, 'staff-called');
  const [first, ...others] = await kioskCalls();
  expect(others).toEqual([]);
  expect(first).toMatchObject({
    title: 'Bürgerin oder Bürger bittet um Hilfe',
    terminalId: hub.credentials.terminalId,
    documentId: null,
    data: { reason: 'help', source: 'kiosk' },
  });
  await page.getByRole('button', { name: 'Zurück' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Willkommen im Bürgerpunkt' })).toBeVisible();

  // A problem screen (a wrong code) has its own call button; staff are already on their way.
  await page.getByRole('button', { name: /Dokument abholen/ }).click();
  await typeOnKeypad(page, asTyped(api.uniquePhone()));
  await page.getByRole('button', { name: 'Weiter' }).click();
  await typeOnKeypad(page, '123456');
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nummer oder Code passen nicht' })).toBeVisible();
  await page
    .getByTestId('kiosk-problem')
    .locator('..')
    .getByRole('button', { name: 'Personal rufen' })
    .first()
    .click();
  await expect(page.getByText('Das Personal weiß schon Bescheid und ist unterwegs.')).toBeVisible();
  expect(await kioskCalls()).toHaveLength(1);

  // Once staff have dealt with it, a new call is a new alert, with the reason of the screen it came from.
  await api.request('POST', `/api/v1/alerts/${first!.id}/resolve`, { as: 'zone' });
  await page.getByRole('button', { name: 'Zurück' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nummer oder Code passen nicht' })).toBeVisible();
  await page.getByRole('button', { name: 'Personal rufen' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Das Personal ist gerufen' })).toBeVisible();
  await expect(page.getByText('Das Personal weiß schon Bescheid')).toHaveCount(0);
  const calls = await kioskCalls();
  expect(calls.map((c) => c.data.reason)).toEqual(['pickup_problem']);
});
