// The hub serves the three apps at their paths, in German, and an unknown API path stays a problem+json 404.
import { expect, expectAccessible, test } from '../support/fixtures.ts';

for (const path of ['/', '/kiosk/', '/office/']) {
  test(`serves ${path} in German without accessibility violations`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page, path);
  });
}

test('every app has its icon: /favicon.ico is served, not a 404 (issue 18)', async ({ page, request }) => {
  const icon = await request.get('/favicon.ico');
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() === 404) missing.push(response.url());
  });
  for (const path of ['/', '/kiosk/', '/office/']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const href = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(href, path).toBe('/favicon.ico');
    expect(missing, path).toEqual([]);
  }
});

test('an unknown API path is a problem, not a page', async ({ request }) => {
  const response = await request.get('/api/v1/nothing-here');
  expect(response.status()).toBe(404);
  expect(response.headers()['content-type']).toContain('application/problem+json');
});
