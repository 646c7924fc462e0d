/**
 * The test fixtures every browser test uses: `hub` (one real hub process per worker), `api` (staff and demo
 * helpers over HTTP, to set up what a test needs without clicking through it), plus `expectAccessible` and `snap`.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { recordAccessibilityCheck } from './accessibility-run.ts';
import { freePort } from './free-port.ts';
import { HubApi } from './hub-api.ts';
import { startHubProcess, type RunningHub } from './hub.ts';
import { artifactsDir } from './paths.ts';

export { expect };

interface WorkerFixtures {
  hub: RunningHub;
  /**
   * The hub's clock starts at this instant (`demo.fixedStart`) and runs on: for tests that depend on the hour or
   * the weekday (`test.use({ hubFixedStart: '…' })` gives the spec its own worker and hub). Unset: the real clock.
   */
  hubFixedStart: string | undefined;
}
interface TestFixtures {
  api: HubApi;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  hubFixedStart: [undefined, { scope: 'worker', option: true }],
  hub: [
    async ({ hubFixedStart }, use) => {
      const env = hubFixedStart ? { ...hubEnvForTests, BP_DEMO__FIXED_START: hubFixedStart } : hubEnvForTests;
      const hub = await startHubProcess({ port: await freePort(), env });
      await use(hub);
      await hub.stop();
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  api: async ({ hub }, use) => {
    await use(new HubApi(hub));
  },
  baseURL: async ({ hub }, use) => {
    await use(hub.url);
  },
});

/**
 * Configuration the browser tests run with (environment variables of the hub process). Short kiosk timeouts make
 * the idle-reset test quick; everything else is the demo as `npm start` runs it.
 */
export const hubEnvForTests: Record<string, string> = {};

/** Fails the test with a readable list if axe finds any WCAG 2.1 A/AA violation on the page as it is now. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  recordAccessibilityCheck(label, results.violations.length);
  expect(summary, `axe violations on "${label}"`).toEqual([]);
}

/** Saves a full-page screenshot under artifacts/screenshots for reviewers. */
export async function snap(page: Page, name: string): Promise<void> {
  const dir = join(artifactsDir, 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}
