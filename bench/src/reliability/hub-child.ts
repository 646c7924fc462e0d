/**
 * One hub process of the reliability harness: the hub as main.ts starts it (startHub: migrations, job runner, box
 * link, cluster signals, maintenance leader), on the harness's PostgreSQL database and configuration (passed as
 * JSON in `REL_HUB_CONFIG`). Its clock runs at real speed from `REL_CLOCK_OFFSET_MS` ahead of the real one and is
 * set by the harness (IPC message `{ offsetMs }`), the same on every hub. The harness kills it with
 * SIGKILL; nothing here cleans up on purpose.
 */
import { buildApp } from '../../../server/src/app.ts';
import { loadConfig } from '../../../server/src/config.ts';
import { startHub } from '../../../server/src/hub.ts';
import type { Clock } from '../../../server/src/platform/clock.ts';

class SteppedClock implements Clock {
  constructor(public offsetMs: number) {}
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}

const clock = new SteppedClock(Number(process.env.REL_CLOCK_OFFSET_MS ?? 0));
// Absolute, not a step: a hub that was starting while the harness stepped the clock catches up at once.
process.on('message', (message: { offsetMs?: number }) => {
  if (typeof message.offsetMs === 'number') clock.offsetMs = message.offsetMs;
});
const config = loadConfig({}, JSON.parse(process.env.REL_HUB_CONFIG ?? '{}') as Record<string, unknown>);
const hub = await startHub(config, buildApp, {
  clock,
  quiet: true,
  maintenanceIntervalMs: Number(process.env.REL_MAINTENANCE_MS ?? 60_000),
});
process.send?.({ ready: true, url: hub.url });
process.on('disconnect', () => process.exit(0));
