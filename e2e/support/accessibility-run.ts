/**
 * Records every axe check of the browser tests, so the accessibility statement of the approval pack can state the
 * date and result of the last run (server/src/modules/approval-pack/accessibility-run.ts reads the summary).
 * Each worker appends one line per check to its own file; the global teardown sums them up into
 * artifacts/accessibility-run.json. A run that checked nothing (e.g. a single spec without axe) writes no summary.
 */
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { artifactsDir } from './paths.ts';

const checksDir = join(artifactsDir, 'accessibility-checks');
export const accessibilityRunFile = join(artifactsDir, 'accessibility-run.json');

export function clearAccessibilityChecks(): void {
  rmSync(checksDir, { recursive: true, force: true });
}

export function recordAccessibilityCheck(label: string, violations: number): void {
  mkdirSync(checksDir, { recursive: true });
  appendFileSync(join(checksDir, `${process.pid}.jsonl`), `${JSON.stringify({ label, violations })}\n`);
}

export function summariseAccessibilityRun(now = new Date()): void {
  if (!existsSync(checksDir)) return;
  const checks = readdirSync(checksDir).flatMap((file) =>
    readFileSync(join(checksDir, file), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { label: string; violations: number }),
  );
  if (checks.length === 0) return;
  const axeVersion = (createRequire(import.meta.url)('axe-core/package.json') as { version: string }).version;
  writeFileSync(
    accessibilityRunFile,
    `${JSON.stringify(
      {
        finishedAt: now.toISOString(),
        pages: checks.length,
        violations: checks.reduce((sum, check) => sum + check.violations, 0),
        tool: axeVersion,
      },
      null,
      2,
    )}\n`,
  );
}
