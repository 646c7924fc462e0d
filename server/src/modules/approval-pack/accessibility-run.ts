/**
 * The last automatic accessibility run, as the browser tests record it (`artifacts/accessibility-run.json`, written
 * by e2e/support/accessibility-run.ts): read for the accessibility statement. A missing or unreadable file means
 * "no run recorded", which the statement says openly.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Type } from 'typebox';
import { Value } from 'typebox/value';
import { repoRoot } from '../../platform/build-info.ts';
import type { AccessibilityRun } from './build-approval-pack.ts';

export const defaultAccessibilityRunFile = join(repoRoot, 'artifacts', 'accessibility-run.json');

const AccessibilityRunSchema = Type.Object({
  finishedAt: Type.String({ format: 'date-time' }),
  pages: Type.Integer({ minimum: 0 }),
  violations: Type.Integer({ minimum: 0 }),
  tool: Type.String(),
});

export function readAccessibilityRun(file = defaultAccessibilityRunFile): AccessibilityRun | null {
  if (!existsSync(file)) return null;
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return Value.Check(AccessibilityRunSchema, parsed) ? parsed : null;
  } catch {
    return null;
  }
}
