// The public site: every page in German without accessibility violations, the start and how-it-works pages in
// Leichte Sprache and English too, menu navigation that moves the focus to the new page's heading, live opening
// hours, and the small phone screen.
import { berlinDate, germanLongDate } from '../support/dates.ts';
import { expect, expectAccessible, snap, test } from '../support/fixtures.ts';

const germanPages = [
  { name: 'home', path: '/', heading: 'Willkommen im Bürgerpunkt Hohen Neuendorf' },
  { name: 'how-it-works', path: '/dokbox', heading: 'So funktioniert die DokBox' },
  { name: 'location', path: '/dokbox/standort', heading: 'Standort und Öffnungszeiten der DokBox' },
  { name: 'status', path: '/dokbox/abholstatus', heading: 'Ist mein Dokument abholbereit?' },
  { name: 'imprint', path: '/impressum', heading: 'Impressum' },
  { name: 'privacy', path: '/datenschutz', heading: 'Datenschutzerklärung' },
  { name: 'accessibility', path: '/barrierefreiheit', heading: 'Erklärung zur Barrierefreiheit' },
  { name: 'not-found', path: '/gibt-es-nicht', heading: 'Diese Seite gibt es nicht' },
];

for (const { name, path, heading } of germanPages) {
  test(`${path} in German: one heading, landmarks, no axe violations`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Hauptmenü' })).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();
    await expect(page.getByRole('main')).toBeVisible();
    // Pages that show the live box wait for it, so axe and the screenshot see the finished page.
    if (['home', 'how-it-works', 'location'].includes(name)) {
      await expect(
        page.getByText('Kaufhaus am Markt (Demo), Erdgeschoss, Begegnungszone').first(),
      ).toBeVisible();
    }
    if (name === 'how-it-works') {
      // "What to bring" comes live from the document types' pickup checks (other tests on this worker's hub may
      // have added a type with the same check, listed after the residence permit).
      await expect(
        page.getByText(/Personenstandsurkunde(, [^:]+)?: Handynummer und Abholcode genügen\./),
      ).toBeVisible();
      await expect(
        page.getByText(/^[^:]*Aufenthaltstitel(, [^:]+)?: Sie geben zusätzlich das Geburtsdatum ein/),
      ).toBeVisible();
    }
    await expectAccessible(page, `site ${path}`);
    await snap(page, `site-${name}`);
  });
}

test('a day open around the clock says so, not "00:00 bis 23:59 Uhr" (issue 18)', async ({ page }) => {
  // The test hub's box is open around the clock every day (demo.openAroundTheClock).
  const table = page.getByRole('table', { name: 'Öffnungszeiten der DokBox Hohen Neuendorf' });
  await expect(async () => {
    await page.goto('/dokbox/standort');
    await expect(table.getByRole('row', { name: /Sonntag/ })).toContainText('rund um die Uhr geöffnet', {
      timeout: 1000,
    });
  }).toPass({ timeout: 45_000, intervals: [2000, 5000] });
  await expect(table).not.toContainText('23:59');
});

test('the location page shows the live weekly hours and closures from the public box list', async ({
  page,
  api,
}) => {
  // The test hub's box is open around the clock; give it a store's week for this test and put it back afterwards.
  type Hours = { weekday: number; opens: string; closes: string }[];
  const before = await api.request<{ hours: Hours }>('GET', '/api/v1/boxes/dokbox-hn/calendar', {
    as: 'admin',
  });
  const storeWeek = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '09:30', closes: '20:00' }));
  await api.request('PUT', '/api/v1/boxes/dokbox-hn/opening-hours', {
    as: 'admin',
    body: { hours: [...storeWeek, { weekday: 6, opens: '10:00', closes: '18:00' }] },
  });
  // A closure a few weeks ahead of the test's clock: the public list shows closures that have not ended yet, and a
  // closure in the past or today would also close this worker's box for the tests after this one.
  const startsOn = berlinDate(40);
  const endsOn = berlinDate(41);
  const closure = await api.request<{ id: string }>('POST', '/api/v1/boxes/dokbox-hn/closures', {
    as: 'admin',
    body: { startsOn, endsOn, reason: 'Inventur (Test)' },
  });
  try {
    // The public list is cached for up to 30 s: reload until the new week shows.
    const table = page.getByRole('table', { name: 'Öffnungszeiten der DokBox Hohen Neuendorf' });
    await expect(async () => {
      await page.goto('/dokbox/standort');
      await expect(table.getByRole('row', { name: /Samstag/ })).toContainText('10:00 bis 18:00 Uhr', {
        timeout: 1000,
      });
    }).toPass({ timeout: 45_000, intervals: [2000, 5000] });
    await expect(table.getByRole('row', { name: /Montag/ })).toContainText('09:30 bis 20:00 Uhr');
    await expect(table.getByRole('row', { name: /Sonntag/ })).toContainText('geschlossen');
    await expect(
      page.getByText(`vom ${germanLongDate(startsOn)} bis zum ${germanLongDate(endsOn)}`),
    ).toBeVisible();
    await expect(page.getByText('Inventur (Test)')).toHaveCount(0);
    await expect(page.getByRole('status').first()).toContainText(/Jetzt (geöffnet|geschlossen)/);
    await expectAccessible(page, 'site location with a store week');
    await snap(page, 'site-location-store-week');
  } finally {
    await api.request('DELETE', `/api/v1/boxes/dokbox-hn/closures/${closure.id}`, { as: 'admin' });
    await api.request('PUT', '/api/v1/boxes/dokbox-hn/opening-hours', {
      as: 'admin',
      body: { hours: before.hours },
    });
  }
});

test('the menu moves to a page, marks it as current and puts the focus on its heading', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const menu = page.getByRole('navigation', { name: 'Hauptmenü' });
  await menu.getByRole('link', { name: 'So funktioniert die DokBox' }).click();
  await expect(page).toHaveURL(/\/dokbox$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page).toHaveTitle('So funktioniert die DokBox – Bürgerpunkt Hohen Neuendorf');
  await expect(menu.getByRole('link', { name: 'So funktioniert die DokBox' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await page.getByRole('contentinfo').getByRole('link', { name: 'Barrierefreiheit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Erklärung zur Barrierefreiheit' })).toBeFocused();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('So funktioniert die DokBox');
});

const otherLanguages = [
  {
    code: 'ls',
    button: 'Leichte Sprache',
    lang: 'de',
    home: 'Willkommen im Bürgerpunkt Hohen Neuendorf',
    menuLink: 'So geht die DokBox',
    howItWorks: 'So geht die DokBox',
    sample: 'Der Abhol-Code ist eine Zahl mit 6 Ziffern.',
    licence: /Für: ([^\n]+, )?Personenstands-Urkunde/,
  },
  {
    code: 'en',
    button: 'English',
    lang: 'en',
    home: 'Welcome to the Bürgerpunkt Hohen Neuendorf',
    menuLink: 'How the DokBox works',
    howItWorks: 'How the DokBox works',
    sample: 'What happens if I miss the deadline?',
    licence: /Civil-status certificate(, [^:]+)?: mobile number and pickup code are enough\./,
  },
];

for (const language of otherLanguages) {
  test(`start and how-it-works pages in ${language.button}, kept on the next visit`, async ({ page }) => {
    await page.goto('/');
    const switcher = page.getByRole('navigation', { name: 'Sprache' });
    await switcher.getByRole('button', { name: language.button }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', language.lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(language.home);
    // The switch's own name is in the new language now; the button keeps the language's own name.
    await expect(page.getByRole('button', { name: language.button })).toHaveAttribute('aria-pressed', 'true');
    await expect(
      page.getByText('Kaufhaus am Markt (Demo), Erdgeschoss, Begegnungszone').first(),
    ).toBeVisible();
    await expectAccessible(page, `site / in ${language.code}`);
    await snap(page, `site-home-${language.code}`);

    await page.getByRole('link', { name: language.menuLink }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(language.howItWorks);
    await expect(page.getByText(language.sample)).toBeVisible();
    await expect(page.getByText(language.licence)).toBeVisible();
    await expectAccessible(page, `site /dokbox in ${language.code}`);
    await snap(page, `site-how-it-works-${language.code}`);

    // A new visit starts in the chosen language.
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(language.home);
    await expect(page.locator('html')).toHaveAttribute('lang', language.lang);
  });
}

test.describe('on a phone (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('start page and status page fit and stay accessible', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(
      page.getByText('Kaufhaus am Markt (Demo), Erdgeschoss, Begegnungszone').first(),
    ).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'site / on a phone');
    await snap(page, 'site-home-mobile');

    // The menu folds away behind a button on a phone.
    const menu = page.getByRole('navigation', { name: 'Hauptmenü' });
    const toggle = menu.getByRole('button', { name: 'Menü' });
    await expect(menu.getByRole('link', { name: 'Ist mein Dokument abholbereit?' })).toBeHidden();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expectAccessible(page, 'site menu open on a phone');
    await snap(page, 'site-menu-mobile');
    await menu.getByRole('link', { name: 'Ist mein Dokument abholbereit?' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');

    await expect(page.getByLabel('Vorgangsnummer')).toBeVisible();
    await expectAccessible(page, 'site status on a phone');
    await snap(page, 'site-status-mobile');
  });
});
