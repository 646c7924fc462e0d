/** After the browser tests: the summary of every axe check, for the accessibility statement. */
import { summariseAccessibilityRun } from './accessibility-run.ts';

export default function globalTeardown(): void {
  summariseAccessibilityRun();
}
