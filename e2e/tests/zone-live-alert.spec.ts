/**
 * Two browsers at once: a citizen presses "call staff" at the kiosk, and the zone staff's open back office shows
 * the alert live (server-sent events, no reload); they take it on, and the response time reaches the statistics.
 */
import type { ZoneStats } from '@buergerpunkt/contracts';
import { expect, expectAccessible, snap, test } from '../support/fixtures.ts';
import { openOffice } from '../support/office.ts';
import { openKiosk } from './kiosk-support.ts';

// A Tuesday late morning: the demo zone is staffed (Tuesday 10–13), so the kiosk promises that someone comes;
// outside the staffed hours it says nobody is here (kiosk-visitor.spec.ts).
test.use({ hubFixedStart: '2027-03-02T11:00:00+01:00' });

interface Alert {
  id: string;
  kind: string;
  data: { source?: string };
}

test('a kiosk call reaches the office live and its response time is counted', async ({
  browser,
  hub,
  api,
}) => {
  // A call still open from another test would make the kiosk say "staff are on their way" without a new alert.
  const open = await api.request<Alert[]>('GET', '/api/v1/alerts?open=true', { as: 'zone' });
  for (const alert of open.filter((a) => a.kind === 'call_staff'))
    await api.request('POST', `/api/v1/alerts/${alert.id}/resolve`, { as: 'zone' });
  const today = await api.hubToday();
  const stats = () =>
    api.request<ZoneStats>('GET', `/api/v1/zone/stats?from=${today}&to=${today}`, { as: 'zone' });
  const before = (await stats()).callStaff;

  const officeContext = await browser.newContext({ baseURL: hub.url });
  const kioskContext = await browser.newContext({ baseURL: hub.url });
  try {
    const office = await officeContext.newPage();
    const stream = office.waitForResponse((r) => r.url().endsWith('/api/v1/live') && r.status() === 200);
    await openOffice(office, api, 'zone', '/');
    await stream;
    const alerts = office.getByTestId('open-alerts');
    await expect(office.getByText('Bürgerin oder Bürger bittet um Hilfe')).toHaveCount(0);

    const kiosk = await kioskContext.newPage();
    await openKiosk(kiosk, hub.url, hub.credentials.terminalKey);
    await kiosk.getByRole('button', { name: 'Personal rufen' }).click();
    await expect(kiosk.getByRole('heading', { level: 1, name: 'Das Personal ist gerufen' })).toBeVisible();

    // The office page was not reloaded: the alert arrives over the live stream.
    await expect(alerts.getByText('Bürgerin oder Bürger bittet um Hilfe')).toBeVisible();
    await expectAccessible(office, 'office dashboard with live alert');
    await snap(office, 'zone-live-alert-office');
    await alerts
      .getByRole('button', { name: /Alarm „Bürgerin oder Bürger bittet um Hilfe“ übernehmen/ })
      .click();
    await expect(alerts.getByText('übernommen')).toBeVisible();

    const after = (await stats()).callStaff;
    expect(after.total).toBe(before.total + 1);
    expect(after.acknowledged).toBe(before.acknowledged + 1);
    expect(after.responseTime.count).toBe(before.responseTime.count + 1);
    expect(after.responseTime.medianSeconds).not.toBeNull();
  } finally {
    await officeContext.close();
    await kioskContext.close();
  }
});
