/** Builds the web apps once before the browser tests, so the hubs serve what the tests exercise. */
import { execFileSync } from 'node:child_process';
import { clearAccessibilityChecks } from './accessibility-run.ts';
import { repoRoot } from './paths.ts';

export default function globalSetup(): void {
  clearAccessibilityChecks();
  if (process.env.BP_E2E_SKIP_BUILD === '1') return;
  execFileSync('npm', ['run', 'build', '--workspace', 'web', '--silent'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
}
