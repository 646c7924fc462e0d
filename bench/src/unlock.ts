/**
 * `npm run bench:unlock`: tap-to-unlock latency. The world of the agent's end-to-end tests
 * (agent/src/e2e/e2e-harness.ts): a hub on SQLite with a real HTTP port and its box link, the real agent as its own
 * process (`agent/src/main.ts`), and a Kerong CU16 bus simulated byte by byte behind a pty pair (socat).
 *
 * Each of `BENCH_PICKUPS` pickups (default 30) is real from end to end: the hub loads a document (unlock, the
 * loader places it and closes the door), the SMS goes out, the citizen starts at the kiosk with phone and the code
 * from the SMS over HTTP, answers the date of birth and the PIN letter, and taps "open". Measured: from just before
 * the `open` request is sent to the moment the simulator has received the complete unlock frame for that lock
 * (`unlock` event, same process, same clock). Then the citizen takes the document and closes the door, and the
 * next pickup waits until the hub has closed this one. Exits 1 if any pickup fails.
 *
 * A pty has no baud rate: the serial wire time of the 5-byte unlock frame at 19,200 baud (8N1) is printed beside
 * the figures as the floor a real RS-485 line adds. The hub runs in this process (next to the simulator).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'hdr-histogram-js';
import {
  boardLock,
  codeFromOutbox,
  doorOpenAtHub,
  requestLoading,
  settledState,
  startWorld,
} from '../../agent/src/e2e/e2e-harness.ts';

const pickups = Number(process.env.BENCH_PICKUPS ?? 30);
const baud = 19_200;
/** STX, address, command, ETX, checksum; 10 bits a byte on the wire (start, 8 data, stop). */
const frameBytes = 5;
const wireMs = (frameBytes * 10 * 1000) / baud;

const world = await startWorld({ leftOpenSeconds: 30 });
const hub = world.hub.hub;
const sim = world.line.sim;
const origin = `http://127.0.0.1:${world.hub.port}`;

async function kiosk(path: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${origin}/api/v1/kiosk${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...hub.terminalHeaders },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status < 200 || response.status >= 300)
    throw new Error(`POST /api/v1/kiosk${path}: ${response.status} ${text}`);
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

/** Resolves with performance.now() when the simulator has the unlock frame for this lock. */
function nextUnlock(board: number, lock: number, limitMs = 10_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sim.off('unlock', listener);
      reject(new Error(`no unlock frame for board ${board} lock ${lock} within ${limitMs} ms`));
    }, limitMs);
    const listener = (frame: { board: number; lock: number }) => {
      if (frame.board !== board || frame.lock !== lock) return;
      const at = performance.now();
      clearTimeout(timer);
      sim.off('unlock', listener);
      resolve(at);
    };
    sim.on('unlock', listener);
  });
}

const histogram = build({
  lowestDiscernibleValue: 1,
  highestTrackableValue: 60_000_000,
  numberOfSignificantValueDigits: 3,
});
const answers = build({
  lowestDiscernibleValue: 1,
  highestTrackableValue: 60_000_000,
  numberOfSignificantValueDigits: 3,
});
let failure: Error | undefined;
try {
  for (let i = 0; i < pickups; i++) {
    // Loading, as the loader does it: the hub opens a free compartment, the document goes in, the door shuts.
    const { documentId, number } = await requestLoading(hub);
    const [board, lock] = boardLock(number);
    await doorOpenAtHub(hub, number);
    sim.placeItem(board, lock);
    sim.closeDoor(board, lock);
    if ((await settledState(hub, documentId)) !== 'notified') throw new Error(`${documentId} not notified`);
    const code = await codeFromOutbox(hub, documentId);

    // The citizen at the kiosk.
    const started = await kiosk('/pickups', { phone: '0151 23456789', code });
    const base = `/pickups/${String(started.pickupId)}`;
    const checked = await kiosk(`${base}/check`, { day: 12, month: 8, year: 1964 });
    if (checked.pinLetterRequired) await kiosk(`${base}/pin-letter`, { received: true });
    const unlocked = nextUnlock(board, lock);
    const tapped = performance.now();
    await kiosk(`${base}/open`, {});
    const answered = performance.now();
    const at = await unlocked;
    histogram.recordValue(Math.round((at - tapped) * 1000));
    answers.recordValue(Math.round((answered - tapped) * 1000));

    // The citizen takes the document and closes the door; the hub closes the pickup.
    await doorOpenAtHub(hub, number);
    sim.takeItem(board, lock);
    sim.closeDoor(board, lock);
    const state = await settledState(hub, documentId);
    if (state !== 'picked_up') throw new Error(`${documentId} ended ${state}, not picked_up`);
  }
} catch (error) {
  failure = error as Error;
} finally {
  await world.close();
}

const ms = (h: typeof histogram, p: number) => Number((h.getValueAtPercentile(p) / 1000).toFixed(2));
const report = {
  at: new Date().toISOString(),
  pickups: histogram.totalCount,
  tapToUnlockFrameMs: {
    p50: ms(histogram, 50),
    p95: ms(histogram, 95),
    p99: ms(histogram, 99),
    max: ms(histogram, 100),
  },
  openAnswerMs: { p50: ms(answers, 50), p95: ms(answers, 95), p99: ms(answers, 99) },
  serialWireFloorMs: Number(wireMs.toFixed(2)),
  goal: { p99Ms: 100 },
  failure: failure?.message ?? null,
};
const resultsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'results');
mkdirSync(resultsDir, { recursive: true });
writeFileSync(join(resultsDir, 'unlock-latest.json'), JSON.stringify(report, null, 2));

const t = report.tapToUnlockFrameMs;
console.log(
  `\nTap-to-unlock (kiosk "open" request → unlock frame at the CU16 simulator, real agent process, pty), ` +
    `${report.pickups} pickups:`,
);
console.log(`  p50 ${t.p50} ms, p95 ${t.p95} ms, p99 ${t.p99} ms, max ${t.max} ms`);
console.log(
  `  floor: the unlock frame's serial wire time, ${frameBytes} bytes at ${baud} baud 8N1 = ${report.serialWireFloorMs} ms ` +
    '(a pty adds none; a real line adds it)',
);
console.log(
  `  the open request's own answer: p50 ${report.openAnswerMs.p50} ms, p99 ${report.openAnswerMs.p99} ms`,
);
console.log(`  goal: p99 <= ${report.goal.p99Ms} ms`);
if (failure || report.pickups !== pickups) {
  console.error(`bench:unlock failed after ${report.pickups} of ${pickups} pickups: ${failure?.message}`);
  process.exit(1);
}
