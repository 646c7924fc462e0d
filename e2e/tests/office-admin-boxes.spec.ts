// Admin screens for boxes: the list, one box with its compartments, and the calendar (opening hours, closures).
import { berlinDate, germanLongDate } from '../support/dates.ts';
import { expect, expectAccessible, snap, test } from '../support/fixtures.ts';
import { openOffice } from '../support/office.ts';

interface CalendarView {
  hours: { weekday: number; opens: string; closes: string }[];
  closures: { id: string; startsOn: string; endsOn: string; reason: string }[];
}

test('an admin sees the boxes and one box with its compartments', async ({ page, api }) => {
  await openOffice(page, api, 'admin', '/admin/boxes');
  await expect(page.getByRole('heading', { level: 1, name: 'DokBoxen' })).toBeVisible();
  const row = page.getByRole('row', { name: /DokBox Hohen Neuendorf/ });
  await expect(row).toContainText('von 24 frei');
  await expectAccessible(page, 'office admin boxes');
  await snap(page, 'office-admin-boxes');

  await row.getByRole('link', { name: 'DokBox Hohen Neuendorf', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'DokBox Hohen Neuendorf' })).toBeVisible();
  await expect(page.getByRole('table', { name: /Fächer der DokBox/ }).getByRole('row')).toHaveCount(25);
  await expect(page.getByLabel('Bundesland')).toHaveValue('BB');
  await expectAccessible(page, 'office admin box');
  await snap(page, 'office-admin-box');

  // Edit a compartment's wheelchair flag and take it out of service and back, through the screen.
  const compartment = page.getByRole('row', { name: /^24 / });
  await compartment.getByRole('button', { name: 'Fach 24 ändern' }).click();
  const editForm = page.getByRole('form', { name: 'Fach 24 ändern' });
  await expect(editForm).toBeVisible();
  await editForm.getByLabel('Vom Rollstuhl aus erreichbar').check();
  await editForm.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Fach 24 ist geändert.')).toBeVisible();
  await page.getByRole('button', { name: 'Fach 24 außer Betrieb' }).click();
  await expect(page.getByText('Fach 24 ist außer Betrieb.')).toBeVisible();
  await expectAccessible(page, 'office admin box after changes');
  await page.getByRole('button', { name: 'Fach 24 wieder in Betrieb' }).click();
  await expect(page.getByText('Fach 24 ist wieder in Betrieb.')).toBeVisible();
  const box = await api.request<{
    compartmentList: { number: number; wheelchairReachable: boolean; status: string }[];
  }>('GET', '/api/v1/boxes/dokbox-hn', { as: 'admin' });
  expect(box.compartmentList.find((c) => c.number === 24)).toMatchObject({
    wheelchairReachable: true,
    status: 'free',
  });
  await api.request('PATCH', '/api/v1/boxes/dokbox-hn/compartments/24', {
    as: 'admin',
    body: { wheelchairReachable: false },
  });
});

test('an admin edits the opening hours and adds and removes a closure', async ({ page, api }) => {
  const before = await api.request<CalendarView>('GET', '/api/v1/boxes/dokbox-hn/calendar', { as: 'admin' });
  try {
    await openOffice(page, api, 'admin', '/admin/boxes/dokbox-hn/calendar');
    await expect(
      page.getByRole('heading', { level: 1, name: /Öffnungszeiten und Schließungen/ }),
    ).toBeVisible();
    await expect(page.getByText('Feiertage: Brandenburg (BB)')).toBeVisible();
    await expectAccessible(page, 'office admin calendar');

    // Sunday: whatever it had, now two intervals with a lunch break.
    const sunday = page.getByRole('group', { name: 'Sonntag' });
    while ((await sunday.getByRole('button', { name: /Zeitraum am Sonntag entfernen/ }).count()) > 0) {
      await sunday
        .getByRole('button', { name: /Zeitraum am Sonntag entfernen/ })
        .first()
        .click();
    }
    await expect(sunday.getByText('Geschlossen')).toBeVisible();
    await sunday.getByRole('button', { name: 'Zeitraum am Sonntag hinzufügen' }).click();
    await sunday.getByRole('button', { name: 'Zeitraum am Sonntag hinzufügen' }).click();
    await sunday.getByLabel('Öffnet um').nth(0).fill('10:00');
    await sunday.getByLabel('Schließt um').nth(0).fill('12:30');
    await sunday.getByLabel('Öffnet um').nth(1).fill('12:00');
    await sunday.getByLabel('Schließt um').nth(1).fill('16:00');
    await page.getByRole('button', { name: 'Öffnungszeiten speichern' }).click();
    // Overlapping intervals: the server's German message is shown and nothing is saved.
    await expect(page.getByRole('alert')).toContainText('überschneiden sich');
    await expectAccessible(page, 'office admin calendar with error');
    await sunday.getByLabel('Öffnet um').nth(1).fill('13:00');
    await page.getByRole('button', { name: 'Öffnungszeiten speichern' }).click();
    await expect(page.getByText('Die Öffnungszeiten sind gespeichert.')).toBeVisible();

    const saved = await api.request<CalendarView>('GET', '/api/v1/boxes/dokbox-hn/calendar', { as: 'admin' });
    expect(saved.hours.filter((h) => h.weekday === 7)).toEqual([
      { weekday: 7, opens: '10:00', closes: '12:30' },
      { weekday: 7, opens: '13:00', closes: '16:00' },
    ]);
    expect(saved.hours.filter((h) => h.weekday !== 7)).toEqual(before.hours.filter((h) => h.weekday !== 7));

    // A closure far ahead of the test's clock (so other tests in this worker keep an open box).
    const [startsOn, endsOn] = [berlinDate(400), berlinDate(402)];
    await page.getByLabel('Von', { exact: true }).fill(startsOn);
    await page.getByLabel('Bis', { exact: true }).fill(endsOn);
    await page.getByLabel('Grund', { exact: true }).fill('Weihnachten (Test)');
    await page.getByRole('button', { name: 'Schließung eintragen' }).click();
    await expect(page.getByText('Die Schließung ist eingetragen.')).toBeVisible();
    const closureRow = page.getByRole('row', { name: /Weihnachten \(Test\)/ });
    await expect(closureRow).toContainText(germanLongDate(startsOn));
    const withClosure = await api.request<CalendarView>('GET', '/api/v1/boxes/dokbox-hn/calendar', {
      as: 'admin',
    });
    expect(withClosure.closures).toContainEqual(
      expect.objectContaining({ startsOn, endsOn, reason: 'Weihnachten (Test)' }),
    );
    await expect(page.getByRole('heading', { name: 'Vorschau: die nächsten Tage' })).toBeVisible();
    await expectAccessible(page, 'office admin calendar with closure');
    await snap(page, 'office-admin-calendar');

    await closureRow.getByRole('button', { name: 'Schließung „Weihnachten (Test)“ entfernen' }).click();
    await expect(page.getByText('Die Schließung ist entfernt.')).toBeVisible();
    await expect(page.getByRole('row', { name: /Weihnachten \(Test\)/ })).toHaveCount(0);

    const audit = await api.request<{ items: { action: string }[] }>(
      'GET',
      '/api/v1/audit?entityId=dokbox-hn&limit=10',
      { as: 'auditor' },
    );
    const actions = audit.items.map((i) => i.action);
    expect(actions).toContain('box.opening_hours_replaced');
    expect(actions).toContain('box.closure_added');
    expect(actions).toContain('box.closure_removed');
  } finally {
    await api.request('PUT', '/api/v1/boxes/dokbox-hn/opening-hours', {
      as: 'admin',
      body: { hours: before.hours },
    });
  }
});

test('a loader who opens the admin pages gets the no-access page', async ({ page, api }) => {
  await openOffice(page, api, 'loader', '/admin/boxes');
  await expect(page.getByRole('heading', { level: 1, name: 'Kein Zugriff' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'DokBoxen' }),
  ).toHaveCount(0);
  await expectAccessible(page, 'office admin no access');
  await page.goto('/office/audit');
  await expect(page.getByRole('heading', { level: 1, name: 'Kein Zugriff' })).toBeVisible();
});
