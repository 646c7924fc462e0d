/**
 * The 115 screens speak the visitor's language: the site's /leistungen page and a service page in English and in
 * Leichte Sprache, and the kiosk's "Fragen / 115" screen with the red phone in Arabic (right-to-left), each with
 * axe finding nothing. German stays as it was (services-115.spec.ts).
 */
import { expect, expectAccessible, snap, test } from '../support/fixtures.ts';
import { openKiosk } from './kiosk-support.ts';

// The 115 answers Mon–Fri 8–18 (not on holidays): the hub's clock stands on a Wednesday morning, so the kiosk and
// the site offer the call and the call-back form waits behind its button whatever the real hour (the closed hotline
// is tested in services-red-phone.spec.ts).
test.use({ hubFixedStart: '2027-03-03T10:00:00+01:00' });

const siteLanguages = [
  {
    code: 'en',
    button: 'English',
    lang: 'en',
    heading: 'Public services and the 115',
    hotline: 'The public service number 115',
    search: 'What are you looking for?',
    bring: 'What to bring',
    where: 'Where and when',
  },
  {
    code: 'ls',
    button: 'Leichte Sprache',
    lang: 'de',
    heading: 'Hilfe vom Amt und die Telefon-Nummer 115',
    hotline: 'Die Telefon-Nummer 115',
    search: 'Was suchen Sie?',
    bring: 'Das bringen Sie mit',
    where: 'Wo und wann?',
  },
];

for (const language of siteLanguages) {
  test(`the site's 115 pages in ${language.button}`, async ({ page }) => {
    await page.goto('/leistungen');
    await page
      .getByRole('navigation', { name: 'Sprache' })
      .getByRole('button', { name: language.button })
      .click();
    await expect(page.locator('html')).toHaveAttribute('lang', language.lang);
    await expect(page.getByRole('heading', { level: 1, name: language.heading })).toBeVisible();
    await expect(page.getByRole('heading', { name: language.hotline, exact: true })).toBeVisible();
    await expect(page.getByLabel(language.search)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Leistungen der Verwaltung und die 115' })).toHaveCount(0);
    await expectAccessible(page, `site services ${language.code}`);
    await snap(page, `services-site-search-${language.code}`);

    // The service's content stays German (its own Leichte-Sprache summary included); the page's words translate.
    await page.goto('/leistungen/personalausweis-beantragen');
    await expect(page.getByRole('heading', { level: 1, name: 'Personalausweis beantragen' })).toBeVisible();
    await expect(page.getByRole('heading', { name: language.bring, exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: language.where, exact: true }).first()).toBeVisible();
    await expectAccessible(page, `site service page ${language.code}`);
    await snap(page, `services-site-service-${language.code}`);
  });
}

test('the kiosk\'s "Fragen / 115" screen and the red phone in Arabic', async ({ page, hub }) => {
  await openKiosk(page, hub.url, hub.credentials.terminalKey);
  await page.getByTestId('language-button').click();
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('button', { name: /أسئلة ورقم الخدمة 115/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'أسئلة إلى البلدية' })).toBeVisible();
  await expect(page.getByLabel('عمّ تبحث؟')).toBeVisible();
  await expectAccessible(page, 'kiosk questions ar');
  await snap(page, 'services-kiosk-search-ar');

  await page.getByRole('button', { name: 'اتصل بالرقم 115' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'الاتصال بالرقم 115' })).toBeVisible();
  await expect(page.getByText('ارفع السماعة الحمراء بجانب الشاشة.')).toBeVisible();
  const offer = page.getByRole('button', { name: 'طلب معاودة الاتصال' });
  await offer.click();
  await expect(page.getByLabel('رقم هاتفك')).toBeVisible();
  // Right-to-left, the form's hidden trap field must not widen the page (it once did, by 10000 px).
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
  await expectAccessible(page, 'kiosk red phone ar');
  await snap(page, 'services-kiosk-phone-ar');
});
