/** How the tests start Debian's chromium (headless, no sandbox as root in CI, no network chatter). */
import { existsSync } from 'node:fs';

export function chromiumLaunchOptions() {
  const executablePath = process.env.BP_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Install it with "sudo scripts/setup-system.sh" (apt-get install chromium) or set BP_CHROMIUM.`,
    );
  }
  return {
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--font-render-hinting=none',
    ],
  };
}
