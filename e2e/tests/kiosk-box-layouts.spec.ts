// Real boxes are columns of compartments of different heights: the kiosk's drawing and the words under it come from
// the box's layout. For a 3 × 16 box on CU16 boards and a mixed 96-compartment box, a document is collected from a
// compartment in every column (the loader's choice steered by taking the columns before it out of service), and
// the door screen names column, place from the top and height, marks that compartment in the drawing, and passes
// axe on the portrait kiosk.
import type { Page } from '@playwright/test';
import { expect, expectAccessible, snap, test } from '../support/fixtures.ts';
import type { HubApi } from '../support/hub-api.ts';
import { enterPhoneAndCode, openKiosk, portrait } from './kiosk-support.ts';

interface LayoutCompartment {
  number: number;
  bottomCm: number;
  heightCm: number;
}
interface Settings {
  layout: { columns: { compartments: LayoutCompartment[] }[] };
}

const heightWords = (c: LayoutCompartment) => {
  const middle = c.bottomCm + c.heightCm / 2;
  if (middle < 60) return 'weit unten (kniehoch)';
  if (middle < 100) return 'auf Hüfthöhe';
  if (middle < 140) return 'auf Brusthöhe';
  return 'auf Augenhöhe oder höher';
};

/** A box from a preset, with simulated hardware, open around the clock, and its own kiosk terminal. */
async function boxWithTerminal(api: HubApi, id: string, preset: string) {
  const settings = await api.request<Settings>('POST', '/api/v1/boxes', {
    as: 'admin',
    body: {
      id,
      name: `DokBox ${preset}`,
      locationName: 'Rathaus (Test)',
      address: 'Markt 1, 01067 Dresden',
      stateCode: 'SN',
      timezone: 'Europe/Berlin',
      preset,
    },
  });
  await api.request('PUT', `/api/v1/boxes/${id}/opening-hours`, {
    as: 'admin',
    body: { hours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '23:59' })) },
  });
  // The demo starts a simulated board and agent for a box created while it runs.
  await api.request('POST', `/api/v1/dev/simulator/boxes/${id}`, { body: { action: 'connect' } });
  const { key } = await api.request<{ key: string }>('POST', '/api/v1/terminals', {
    as: 'admin',
    body: { boxId: id, name: `Kiosk ${id}` },
  });
  return { columns: settings.layout.columns.map((c) => c.compartments), key };
}

async function outOfService(api: HubApi, boxId: string, numbers: number[]): Promise<void> {
  for (const number of numbers) {
    await api.request('PATCH', `/api/v1/boxes/${boxId}/compartments/${number}`, {
      as: 'admin',
      body: { outOfService: true },
    });
  }
}

/** Loads a document into the box, collects it at the kiosk, and checks the door screen; returns the compartment. */
async function collectAndCheck(
  page: Page,
  api: HubApi,
  box: { id: string; key: string; columns: LayoutCompartment[][] },
): Promise<{ column: number; fromTop: number }> {
  const document = await api.registerDocument({ typeId: 'civil_certificate' });
  const number = await api.loadIntoBox(document.id, box.id);
  const code = await api.latestCode(document.phone);
  const column = box.columns.findIndex((c) => c.some((x) => x.number === number)) + 1;
  const fromTop = box.columns[column - 1]!.findIndex((x) => x.number === number) + 1;
  const compartment = box.columns[column - 1]![fromTop - 1]!;

  await enterPhoneAndCode(page, document.phone, code);
  await page.getByRole('button', { name: 'Fach öffnen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Fach ${number} ist offen` })).toBeVisible();
  const words = `${column}. Spalte von links, ${fromTop}. Fach von oben, ${heightWords(compartment)}`;
  await expect(page.locator('.location')).toHaveText(`Fach ${number}: ${words}.`);
  const drawing = page.getByRole('img', { name: `Bild der DokBox: Fach ${number} ist markiert, ${words}.` });
  await expect(drawing).toBeVisible();
  // Every compartment is drawn; the marked one is the compartment that opened, in its column and at its height.
  await expect(drawing.locator('[data-number]')).toHaveCount(box.columns.flat().length);
  const target = drawing.locator('g.target');
  await expect(target).toHaveAttribute('data-number', String(number));
  // Columns are 100 wide with 8 between them, 30 from the edge: the mark stands in the compartment's column.
  await expect(target.locator('rect').first()).toHaveAttribute('x', String(30 + (column - 1) * 108));
  await page.setViewportSize(portrait);
  await expectAccessible(page, `kiosk door ${box.id} ${number} (portrait)`);
  await snap(page, `kiosk-layout-${box.id}-${number}-portrait`);

  await api.simulator(box.id, number, 'take');
  await api.simulator(box.id, number, 'close');
  await expect(page.getByRole('heading', { level: 1, name: 'Fertig. Vielen Dank!' })).toBeVisible();
  await page.getByRole('button', { name: 'Zum Anfang' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Willkommen im Bürgerpunkt' })).toBeVisible();
  return { column, fromTop };
}

test('a 3 × 16 box on CU16 boards: the kiosk points into each of its columns', async ({ page, hub, api }) => {
  test.setTimeout(240_000);
  const id = `dokbox-cu16-${Date.now().toString(36)}`;
  const box = { id, ...(await boxWithTerminal(api, id, 'kerong-cu16-3x16')) };
  await openKiosk(page, hub.url, box.key);
  const seen: { column: number; fromTop: number }[] = [];
  for (let column = 1; column <= 3; column++) {
    seen.push(await collectAndCheck(page, api, box));
    // Steer the next loading into the next column: the rest of this one goes out of service.
    await outOfService(
      api,
      id,
      box.columns[column - 1]!.map((c) => c.number),
    );
  }
  expect(seen.map((s) => s.column)).toEqual([1, 2, 3]);
});

test('a mixed 96-compartment box: the kiosk points into each of its six columns', async ({
  page,
  hub,
  api,
}) => {
  test.setTimeout(420_000);
  const id = `dokbox-mixed-${Date.now().toString(36)}`;
  const box = { id, ...(await boxWithTerminal(api, id, 'mixed-96-cu48')) };
  await openKiosk(page, hub.url, box.key);
  const columns = new Set<number>();
  while (columns.size < 6) {
    const { column } = await collectAndCheck(page, api, box);
    expect(columns.has(column), `column ${column} came twice`).toBe(false);
    columns.add(column);
    await outOfService(
      api,
      id,
      box.columns[column - 1]!.map((c) => c.number),
    );
  }
  expect([...columns].sort()).toEqual([1, 2, 3, 4, 5, 6]);
});
