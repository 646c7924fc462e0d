/**
 * Shared steps of the map and tour browser tests: cut the browser off from every host but the hub (the kiosk must
 * work with the network unplugged) and remember what it tried to reach.
 */
import type { Page } from '@playwright/test';

export async function onlyTheHub(page: Page, hubUrl: string): Promise<string[]> {
  const origin = new URL(hubUrl).origin;
  const blocked: string[] = [];
  await page.context().route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin)
      return route.continue();
    blocked.push(url);
    return route.abort('internetdisconnected');
  });
  return blocked;
}
