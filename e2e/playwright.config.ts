// Browser tests: Playwright's runner driving Debian's chromium (/usr/bin/chromium; Playwright cannot download
// browsers here). Each worker runs its own hub process on its own port and database (see support/hub.ts).
// Screenshots for reviewers land in artifacts/screenshots; failures keep a trace in artifacts/test-results.
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './support/browser.ts';

export default defineConfig({
  testDir: './tests',
  outputDir: '../artifacts/test-results',
  globalSetup: './support/global-setup.ts',
  globalTeardown: './support/global-teardown.ts',
  fullyParallel: false,
  workers: Number(process.env.BP_E2E_WORKERS ?? 2),
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  // Visual baselines (kiosk-visual.spec.ts) are checked in under e2e/screenshots/<spec>/<name>.png, one set for every
  // platform: the tests render with Debian's chromium and the fonts scripts/setup-system.sh installs (DejaVu).
  // Regenerate after an intended change: npx playwright test -c e2e/playwright.config.ts kiosk-visual --update-snapshots
  snapshotPathTemplate: 'screenshots/{testFilePath}/{arg}{ext}',
  expect: {
    timeout: 10_000,
    toHaveScreenshot: { maxDiffPixelRatio: 0.01, animations: 'disabled', caret: 'hide', scale: 'css' },
  },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions(),
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 10_000,
  },
});
