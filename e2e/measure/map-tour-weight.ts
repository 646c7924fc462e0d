/**
 * Measures "Meine Stadt" and the 360° tour on the kiosk for the docs (docs/map-and-tour.md): the JavaScript (gzip)
 * and CSS the browser loads when a screen is opened from the start screen, and the time from the tap to the list
 * being usable and to the canvas being drawn (markers / the panorama's first frame). Not a test: it prints figures.
 *
 *   (cd web && npx vite build --outDir /tmp/bp-dist-measure --emptyOutDir) && \
 *     BP_WEB_DIR=/tmp/bp-dist-measure npx tsx e2e/measure/map-tour-weight.ts [runs]
 */
import { chromium, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { chromiumLaunchOptions } from '../support/browser.ts';
import { freePort } from '../support/free-port.ts';
import { startHubProcess } from '../support/hub.ts';

const runs = Number(process.argv[2] ?? 5);

interface Screen {
  name: string;
  button: RegExp;
  listReady: (page: Page) => Promise<void>;
  canvasReady: (page: Page) => Promise<void>;
}

const screens: Screen[] = [
  {
    name: 'Stadtplan',
    button: /Stadtplan/,
    listReady: (page) => page.getByRole('button', { name: /Rathaus Hohen Neuendorf/ }).waitFor(),
    canvasReady: (page) => page.locator('.poi-marker').first().waitFor(),
  },
  {
    name: '360°-Rundgang',
    button: /360°-Rundgang/,
    listReady: (page) =>
      page
        .getByRole('button', { name: /Gehe zu:/ })
        .first()
        .waitFor(),
    canvasReady: (page) => page.locator('[data-ready="yes"]').waitFor(),
  },
];

const hub = await startHubProcess({ port: await freePort() });
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  for (const screen of screens) {
    const list: number[] = [];
    const canvas: number[] = [];
    let js = new Map<string, number>();
    let css = 0;
    const cssFiles = new Set<string>();
    for (let run = 0; run < runs; run++) {
      // A fresh context each run: nothing cached, as on a kiosk's first opening after a restart.
      const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
      const page = await context.newPage();
      await page.goto(`${hub.url}/kiosk/#terminal=${encodeURIComponent(hub.credentials.terminalKey)}`);
      await page.getByRole('heading', { level: 1, name: 'Willkommen im Bürgerpunkt' }).waitFor();
      await page.waitForLoadState('networkidle');
      const loaded = new Map<string, number>();
      let cssBytes = 0;
      const reading: Promise<void>[] = [];
      page.on('response', (response) => reading.push(measure(response)));
      const measure = async (response: import('@playwright/test').Response) => {
        const url = new URL(response.url());
        if (!url.pathname.startsWith('/kiosk/assets/') && !url.pathname.startsWith('/assets/')) return;
        const body = await response.body().catch(() => null);
        if (!body) return;
        if (url.pathname.endsWith('.js')) loaded.set(url.pathname.split('/').pop()!, gzipSync(body).length);
        if (url.pathname.endsWith('.css')) {
          cssBytes += gzipSync(body).length;
          cssFiles.add(url.pathname.split('/').pop()!);
        }
      };
      const start = Date.now();
      await page.getByRole('button', { name: screen.button }).click();
      await screen.listReady(page);
      list.push(Date.now() - start);
      await screen.canvasReady(page);
      canvas.push(Date.now() - start);
      await page.waitForLoadState('networkidle');
      await Promise.all(reading);
      js = loaded;
      css = cssBytes;
      await context.close();
    }
    const kb = (bytes: number) => (bytes / 1024).toFixed(1);
    const total = [...js.values()].reduce((a, b) => a + b, 0);
    console.log(
      `\n${screen.name}: JS gzip ${kb(total)} kB, CSS gzip ${kb(css)} kB (${[...cssFiles].join(', ')})`,
    );
    for (const [file, bytes] of [...js].sort((a, b) => b[1] - a[1]))
      console.log(`  ${kb(bytes)} kB  ${file}`);
    console.log(`  list usable: ${Math.min(...list)}–${Math.max(...list)} ms  (${list.join(', ')})`);
    console.log(`  canvas shown: ${Math.min(...canvas)}–${Math.max(...canvas)} ms  (${canvas.join(', ')})`);
  }
  // The start screen's own download, for the budget.
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  let start = 0;
  page.on('response', async (response) => {
    if (!response.url().endsWith('.js')) return;
    const body = await response.body().catch(() => null);
    if (body) start += gzipSync(body).length;
  });
  await page.goto(`${hub.url}/kiosk/#terminal=${encodeURIComponent(hub.credentials.terminalKey)}`);
  await page.getByRole('heading', { level: 1, name: 'Willkommen im Bürgerpunkt' }).waitFor();
  await page.waitForLoadState('networkidle');
  console.log(`\nKiosk start screen: JS gzip ${(start / 1024).toFixed(1)} kB`);
  await context.close();
} finally {
  await browser.close();
  await hub.stop();
}
