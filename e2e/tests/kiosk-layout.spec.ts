/**
 * The kiosk's own layout on its 1080 × 1920 portrait screen: the town map filling the screen with its list as a
 * drawer, large controls, clusters and labels that never cover each other; the on-screen keyboard for every text
 * field, never covering the field typed into; every control on the call-back and suggestion forms at least 64 px;
 * larger text and high contrast from the start screen, forgotten at the idle reset. axe in German and Arabic (RTL).
 */
import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, snap, test } from '../support/fixtures.ts';
import { startHubProcess, type RunningHub } from '../support/hub.ts';
import { freePort, openKiosk, portrait } from './kiosk-support.ts';

// The 115 answers on a Wednesday morning: the call-back form waits behind its button, whatever the real hour.
test.use({ hubFixedStart: '2027-03-03T10:00:00+01:00' });

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function boxesOf(locator: Locator): Promise<Box[]> {
  return locator.evaluateAll((elements) =>
    elements
      .filter((e) => getComputedStyle(e).visibility !== 'hidden' && (e as HTMLElement).offsetParent !== null)
      .map((e) => {
        const r = e.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }),
  );
}

/** The plan's labels and "you are here" cover no other label, and "you are here" covers no marker. */
async function expectLabelsApart(page: Page): Promise<void> {
  // Labels are placed after each zoom's animation frame.
  await page.waitForTimeout(400);
  const labels = await boxesOf(page.locator('.plan-label, .you-are-here'));
  expect(labels.length).toBeGreaterThan(0);
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++)
      expect(intersects(labels[i]!, labels[j]!), `labels ${i} and ${j} overlap`).toBe(false);
  const [here] = await boxesOf(page.locator('.you-are-here'));
  const markers = await boxesOf(page.locator('.poi-marker, .poi-cluster'));
  expect(markers.length).toBeGreaterThan(0);
  for (const marker of markers)
    expect(intersects(here!, marker), '"Sie sind hier" covers a marker').toBe(false);
}

/** Every visible control inside `scope` is at least 64 px high (inputs, selects, text areas, buttons, boxes). */
async function expectTallControls(scope: Locator): Promise<void> {
  const controls = scope.locator('input, select, textarea, button');
  const count = await controls.count();
  expect(count).toBeGreaterThan(3);
  let measured = 0;
  for (let i = 0; i < count; i++) {
    const control = controls.nth(i);
    if (!(await control.isVisible())) continue;
    if ((await control.evaluate((e) => e.closest('[aria-hidden="true"]') !== null)) === true) continue;
    const box = await control.boundingBox();
    const name = await control.evaluate(
      (e) => e.id || e.getAttribute('name') || e.textContent?.trim() || e.tagName,
    );
    expect(box, name).not.toBeNull();
    expect(box!.height, `${name} is ${box!.height} px high`).toBeGreaterThanOrEqual(64);
    measured++;
  }
  expect(measured).toBeGreaterThan(3);
}

async function chooseLanguage(page: Page, name: string, lang: string): Promise<void> {
  await page.getByTestId('language-button').click();
  await page.getByRole('button', { name }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

test('the kiosk map fills the portrait screen, the list is a drawer, labels never cover each other', async ({
  page,
  hub,
}) => {
  await openKiosk(page, hub.url, hub.credentials.terminalKey);
  await page.setViewportSize(portrait);
  await page.getByRole('button', { name: /Stadtplan/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meine Stadt' })).toBeVisible();
  const canvas = page.locator('.leaflet-container');
  await expect(canvas).toBeVisible();
  await expect(page.locator('.poi-marker, .poi-cluster').first()).toBeVisible();

  // The bar: at least 900 × 900 px of map at 1080 × 1920, and the screen does not scroll.
  const box = (await canvas.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(900);
  expect(box.height).toBeGreaterThanOrEqual(900);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
    portrait.height,
  );

  // Large, labelled map controls on the map.
  for (const name of ['Hineinzoomen', 'Herauszoomen', 'Zu mir', /Liste und Suche/]) {
    const control = page.getByRole('button', { name });
    const controlBox = (await control.boundingBox())!;
    expect(controlBox.height, String(name)).toBeGreaterThanOrEqual(64);
    expect(controlBox.width, String(name)).toBeGreaterThanOrEqual(64);
    expect(intersects(controlBox, box)).toBe(true);
  }
  await expectLabelsApart(page);
  await expectAccessible(page, 'kiosk map (portrait)');
  await snap(page, 'kiosk-layout-map-portrait');

  // Zoomed out, nearby places join numbered clusters; tapping one zooms in.
  await page.getByRole('button', { name: 'Herauszoomen' }).click();
  await page.getByRole('button', { name: 'Herauszoomen' }).click();
  const cluster = page.locator('.poi-cluster').first();
  await expect(cluster).toBeVisible();
  expect(Number(await cluster.innerText())).toBeGreaterThan(1);
  await expectLabelsApart(page);
  await snap(page, 'kiosk-layout-map-clusters-portrait');
  const symbols = page.locator('.poi-marker, .poi-cluster');
  const before = await symbols.count();
  await cluster.click({ force: true });
  await expect.poll(() => symbols.count()).toBeGreaterThan(before);
  await expectLabelsApart(page);

  // The drawer: closed at first, opens with list and search, closes again.
  const drawer = page.getByTestId('map-drawer');
  const toggle = page.getByTestId('map-drawer-toggle');
  await expect(drawer).toBeHidden();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(drawer).toBeVisible();
  await expect(drawer.getByRole('button', { name: /Rathaus Hohen Neuendorf/ })).toBeVisible();
  await expect(drawer.getByLabel('Suchen nach Name, Art oder Straße')).toBeVisible();
  await expectAccessible(page, 'kiosk map drawer (portrait)');
  await snap(page, 'kiosk-layout-map-drawer-portrait');
  await page.getByRole('button', { name: 'Liste schließen' }).click();
  await expect(drawer).toBeHidden();

  // A marker opens its place in the drawer.
  await page.locator('.poi-marker').first().click({ force: true });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByRole('heading', { level: 2 })).toBeFocused();
  await page.getByRole('button', { name: 'Liste schließen' }).click();

  // Arabic, right to left: the same map, axe clean, the drawer on the other side.
  await chooseLanguage(page, 'العربية', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(canvas).toBeVisible();
  expect((await canvas.boundingBox())!.height).toBeGreaterThanOrEqual(900);
  await toggle.click();
  await expect(drawer).toBeVisible();
  const drawerBox = (await drawer.boundingBox())!;
  expect(drawerBox.x).toBeLessThan(portrait.width / 2);
  await expectAccessible(page, 'kiosk map drawer (Arabic)');
  await snap(page, 'kiosk-layout-map-drawer-ar-portrait');
});

test('the on-screen keyboard types "Müllabfuhr" into the 115 search and the field stays visible', async ({
  page,
  hub,
}) => {
  await openKiosk(page, hub.url, hub.credentials.terminalKey);
  await page.setViewportSize(portrait);
  await page.getByRole('button', { name: /Fragen und Behördennummer 115/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fragen an die Verwaltung' })).toBeVisible();
  const field = page.getByLabel('Wonach suchen Sie?');
  const keyboard = page.getByRole('group', { name: 'Bildschirmtastatur' });
  await expect(keyboard).toBeHidden();
  await field.click();
  await expect(keyboard).toBeVisible();

  // Capital M with shift (one letter, then small letters again), the umlaut, the rest.
  await keyboard.getByRole('button', { name: /Großbuchstaben/ }).click();
  await keyboard.getByRole('button', { name: 'M', exact: true }).click();
  for (const key of 'üllabfuhr') await keyboard.getByRole('button', { name: key, exact: true }).click();
  await expect(field).toHaveValue('Müllabfuhr');
  await expect(field).toBeFocused();

  // The field stands above the keyboard, inside the screen.
  const fieldBox = (await field.boundingBox())!;
  const keyboardBox = (await keyboard.boundingBox())!;
  expect(fieldBox.y).toBeGreaterThanOrEqual(0);
  expect(fieldBox.y + fieldBox.height).toBeLessThanOrEqual(keyboardBox.y);
  for (const name of ['ä', 'ö', 'ß', /Löschen/, 'Leerzeichen', 'Fertig']) {
    const key = keyboard.getByRole('button', { name, exact: typeof name === 'string' });
    expect((await key.boundingBox())!.height).toBeGreaterThanOrEqual(64);
  }
  await expect(page.getByRole('heading', { level: 2, name: /passende Leistung/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /abfall|müll/i }).first()).toBeVisible();
  await expectAccessible(page, 'kiosk keyboard (portrait)');
  await snap(page, 'kiosk-layout-keyboard-portrait');

  // Backspace and "done": one letter less, the keyboard goes away.
  await keyboard.getByRole('button', { name: /Löschen/ }).click();
  await expect(field).toHaveValue('Müllabfuh');
  await keyboard.getByRole('button', { name: 'Fertig' }).click();
  await expect(keyboard).toBeHidden();

  // Arabic: the keys name themselves in Arabic, the layout stays German left to right, axe clean.
  await chooseLanguage(page, 'العربية', 'ar');
  await page.locator('#kiosk-service-query').click();
  const arabicKeyboard = page.getByRole('group', { name: 'لوحة المفاتيح على الشاشة' });
  await expect(arabicKeyboard).toBeVisible();
  await expect(arabicKeyboard.getByRole('button', { name: 'تم' })).toBeVisible();
  await expectAccessible(page, 'kiosk keyboard (Arabic)');
  await snap(page, 'kiosk-layout-keyboard-ar-portrait');
});

test('the keyboard serves the map search, and the call-back form gets a number pad', async ({
  page,
  hub,
}) => {
  await openKiosk(page, hub.url, hub.credentials.terminalKey);
  await page.setViewportSize(portrait);
  await page.getByRole('button', { name: /Stadtplan/ }).click();
  await page.getByTestId('map-drawer-toggle').click();
  const search = page.getByLabel('Suchen nach Name, Art oder Straße');
  await search.click();
  const keyboard = page.getByRole('group', { name: 'Bildschirmtastatur' });
  for (const key of 'bibliothek') await keyboard.getByRole('button', { name: key, exact: true }).click();
  await expect(search).toHaveValue('bibliothek');
  await expect(page.getByRole('status').filter({ hasText: 'gefunden' })).toHaveText('1 Ort gefunden');
  const searchBox = (await search.boundingBox())!;
  expect(searchBox.y + searchBox.height).toBeLessThanOrEqual((await keyboard.boundingBox())!.y);
  await page.getByRole('button', { name: 'Zurück zum Start' }).click();

  await page.getByRole('button', { name: /Fragen und Behördennummer 115/ }).click();
  await page.getByRole('button', { name: '115 anrufen' }).click();
  await page.getByRole('button', { name: 'Rückruf erbitten' }).click();
  const phone = page.getByLabel('Ihre Telefonnummer');
  await phone.click();
  await expect(keyboard.getByRole('button', { name: 'q', exact: true })).toHaveCount(0);
  for (const key of '03303') await keyboard.getByRole('button', { name: key, exact: true }).click();
  await expect(phone).toHaveValue('03303');
  const phoneBox = (await phone.boundingBox())!;
  expect(phoneBox.y + phoneBox.height).toBeLessThanOrEqual((await keyboard.boundingBox())!.y);
  // The topic below gets letters again, and stays above the keyboard too.
  const topic = page.getByLabel('Worum geht es?');
  await topic.click();
  await expect(keyboard.getByRole('button', { name: 'q', exact: true })).toBeVisible();
  const topicBox = (await topic.boundingBox())!;
  expect(topicBox.y + topicBox.height).toBeLessThanOrEqual((await keyboard.boundingBox())!.y);
  await snap(page, 'kiosk-layout-keyboard-callback-portrait');

  // The pickup's own keypad fields get no on-screen keyboard.
  await page.getByRole('button', { name: 'Neu beginnen' }).click();
  await page.getByRole('button', { name: /Dokument abholen/ }).click();
  await page.getByLabel('Handynummer').click();
  await expect(keyboard).toBeHidden();
  await expect(page.getByTestId('keypad')).toBeVisible();
});

test('every control on the call-back and suggestion forms is at least 64 px high', async ({ page, hub }) => {
  await openKiosk(page, hub.url, hub.credentials.terminalKey);
  await page.setViewportSize(portrait);
  await page.getByRole('button', { name: /Fragen und Behördennummer 115/ }).click();
  await page.getByRole('button', { name: '115 anrufen' }).click();
  await page.getByRole('button', { name: 'Rückruf erbitten' }).click();
  const callback = page.locator('form.callback-form');
  await expect(callback).toBeVisible();
  await expectTallControls(callback);
  await expectTallControls(page.locator('main'));
  await expectAccessible(page, 'kiosk call-back form (portrait)');
  await snap(page, 'kiosk-layout-callback-portrait');

  await page.getByRole('button', { name: 'Neu beginnen' }).click();
  await page.getByRole('button', { name: /Ideen und Hinweise/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ihre Idee für die Stadt' })).toBeVisible();
  const suggestion = page.locator('form.suggest');
  await expectTallControls(suggestion);
  await expectTallControls(page.locator('main'));
  await expectAccessible(page, 'kiosk suggestion form (portrait)');
  await snap(page, 'kiosk-layout-suggestion-portrait');

  // Arabic (right to left): the same sizes.
  await chooseLanguage(page, 'العربية', 'ar');
  await expectTallControls(page.locator('main'));
  await expectAccessible(page, 'kiosk suggestion form (Arabic)');
});

let idleHub: RunningHub;
test.describe('larger text and high contrast', () => {
  test.beforeAll(async () => {
    idleHub = await startHubProcess({
      port: await freePort(),
      env: { BP_KIOSK__IDLE_SECONDS: '5', BP_KIOSK__COUNTDOWN_SECONDS: '10' },
    });
  });
  test.afterAll(async () => idleHub?.stop());

  test('the start screen switches apply for the visitor and are forgotten at the idle reset', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const start = Date.now();
    await page.clock.setFixedTime(start);
    await openKiosk(page, idleHub.url, idleHub.credentials.terminalKey);
    await page.setViewportSize(portrait);
    const html = page.locator('html');
    const heading = page.getByRole('heading', { level: 1, name: 'Willkommen im Bürgerpunkt' });
    const headingSize = () => heading.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    const textColour = () => page.evaluate(() => getComputedStyle(document.body).color);
    const normalSize = await headingSize();
    const normalColour = await textColour();

    const larger = page.getByRole('switch', { name: /Größere Schrift/ });
    const contrast = page.getByRole('switch', { name: /Starker Kontrast/ });
    for (const control of [larger, contrast])
      expect((await control.boundingBox())!.height).toBeGreaterThanOrEqual(64);
    await larger.click();
    await expect(larger).toHaveAttribute('aria-checked', 'true');
    await expect(html).toHaveClass(/bp-large-text/);
    expect(await headingSize()).toBeGreaterThan(normalSize * 1.15);
    await contrast.click();
    await expect(contrast).toHaveAttribute('aria-checked', 'true');
    await expect(html).toHaveClass(/bp-high-contrast/);
    expect(await textColour()).toBe('rgb(0, 0, 0)');
    expect(normalColour).not.toBe('rgb(0, 0, 0)');
    await expectAccessible(page, 'kiosk start, larger text and high contrast (portrait)');
    await snap(page, 'kiosk-layout-larger-text-portrait');

    // The choice holds for the visitor's session: on the next screen too.
    await page.getByRole('button', { name: /Ideen und Hinweise/ }).click();
    await expect(html).toHaveClass(/bp-large-text/);
    await expectAccessible(page, 'kiosk suggestion, larger text and high contrast (portrait)');
    await page.getByRole('button', { name: 'Neu beginnen' }).click();
    await expect(heading).toBeVisible();
    await expect(larger).toHaveAttribute('aria-checked', 'true');

    // Arabic with both switches on: still clean.
    await chooseLanguage(page, 'العربية', 'ar');
    await expectAccessible(page, 'kiosk start, larger text and high contrast (Arabic)');
    await chooseLanguage(page, 'Deutsch', 'de');

    // Nobody touches the kiosk: idle time and countdown run out, and the next visitor sees the usual kiosk.
    await page.clock.setFixedTime(start + 6_000);
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await page.clock.setFixedTime(start + 6_000 + 11_000);
    await expect(page.getByRole('alertdialog')).toBeHidden();
    await expect(html).not.toHaveClass(/bp-large-text|bp-high-contrast/);
    await expect(larger).toHaveAttribute('aria-checked', 'false');
    await expect(contrast).toHaveAttribute('aria-checked', 'false');
    expect(await headingSize()).toBe(normalSize);
  });
});
