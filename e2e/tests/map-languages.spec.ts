/**
 * "Meine Stadt" and the 360° tour on the kiosk in Turkish, Ukrainian and Arabic: the screens' own texts are
 * translated (the places' texts stay German), Arabic reads right to left; axe and screenshots of the Arabic screens.
 */
import { expect, test } from '../support/fixtures.ts';
import { checkScreen, openKiosk } from './kiosk-support.ts';
import { onlyTheHub } from './map-support.ts';

test('map and tour speak Turkish and Ukrainian, and Arabic right to left', async ({ page, hub }) => {
  const blocked = await onlyTheHub(page, hub.url);
  await openKiosk(page, hub.url, hub.credentials.terminalKey);

  await page.getByTestId('language-button').click();
  await page.getByRole('button', { name: 'Türkçe' }).click();
  await page
    .getByRole('button', { name: /Şehir haritası|Harita/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Şehrim' })).toBeVisible();
  // The list and search are in the map's drawer on the kiosk.
  await page.getByTestId('map-drawer-toggle').click();
  await page.getByLabel('Ada, türe veya sokağa göre ara').fill('bibliothek');
  await expect(page.getByRole('status').filter({ hasText: 'bulundu' })).toHaveText('1 yer bulundu');
  await page.getByRole('button', { name: 'Başlangıca dön' }).click();

  await page.getByTestId('language-button').click();
  await page.getByRole('button', { name: 'Українська' }).click();
  await page.getByRole('button', { name: /360°/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Тур 360°' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Ви в кімнаті: Vorzimmer' })).toBeVisible();
  await page.getByRole('button', { name: 'Назад на початок' }).click();

  await page.getByTestId('language-button').click();
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html[dir=rtl]')).toHaveCount(1);
  await page.getByRole('button', { name: /خريطة المدينة/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'مدينتي' })).toBeVisible();
  await expect(page.locator('.you-are-here')).toHaveText('أنت هنا');
  await page.getByTestId('map-drawer-toggle').click();
  await expect(page.getByRole('button', { name: /Rathaus Hohen Neuendorf/ })).toBeVisible();
  await page.getByLabel('البحث بالاسم أو النوع أو الشارع').fill('bibliothek');
  await expect(page.getByRole('status').filter({ hasText: 'العثور' })).toHaveText('تم العثور على مكان واحد');
  await page.getByLabel('البحث بالاسم أو النوع أو الشارع').fill('');
  // The page does not scroll sideways in right-to-left (the map keeps its own left-to-right canvas).
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    await page.evaluate(() => document.documentElement.clientWidth),
  );
  await checkScreen(page, 'map-arabic');
  await page.getByRole('button', { name: /Stadtbibliothek/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Stadtbibliothek' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'تابع على هاتفك' })).toBeVisible();
  await checkScreen(page, 'map-place-arabic');
  await page.getByRole('button', { name: 'العودة إلى البداية' }).click();

  await page.getByRole('button', { name: /جولة 360°/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'جولة 360 درجة' })).toBeVisible();
  await page.getByRole('button', { name: 'انتقل إلى: Büro des Bürgermeisters' }).click();
  await page.getByRole('button', { name: 'Schreibtisch – اعرف المزيد' }).click();
  await expect(page.getByRole('heading', { level: 4, name: 'Schreibtisch' })).toBeFocused();
  // The hotspot's own text is German (the tour is written in German, Leichte Sprache and English): marked as such.
  await expect(page.getByRole('heading', { level: 4, name: 'Schreibtisch' })).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('button', { name: 'إغلاق' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    await page.evaluate(() => document.documentElement.clientWidth),
  );
  await checkScreen(page, 'tour-arabic');

  expect(blocked).toEqual([]);
});
