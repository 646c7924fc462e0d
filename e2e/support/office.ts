/**
 * Back office helpers for browser tests: open an office page already signed in as a demo staff account. The
 * session is the worker's cached API login put into the browser as the session cookie, so tests do not spend the
 * login rate limit (10 a minute). Never log out of such a session in a test: it is shared by the worker.
 */
import type { Page } from '@playwright/test';
import type { HubApi } from './hub-api.ts';

export async function signInAs(page: Page, api: HubApi, username: string): Promise<void> {
  const token = await api.tokenFor(username);
  await page
    .context()
    .addCookies([{ name: 'bp_session', value: token, url: api.hub.url, httpOnly: true, sameSite: 'Strict' }]);
}

/** Opens `/office<path>` signed in as `username` and waits for the page's heading. */
export async function openOffice(page: Page, api: HubApi, username: string, path = '/'): Promise<void> {
  await signInAs(page, api, username);
  await page.goto(`/office${path}`);
  // A worker's first page may wait for the freshly started hub to compile its modules: be patient once.
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30_000 });
}
