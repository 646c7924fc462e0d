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

test('an unknown API path is a problem, not a page', async ({ request }) => {
  const response = await request.get('/api/v1/nothing-here');
  expect(response.status()).toBe(404);
  expect(response.headers()['content-type']).toContain('application/problem+json');
});
