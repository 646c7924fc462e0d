/**
 * `npm run bench:trace -w bench`: one pickup of each seeded document type through a hub on SQLite (or PostgreSQL
 * with BENCH_DATABASE_URL), printing every SQL statement each kiosk request sends and its time: the quickest way
 * to see what the pickup path costs in statements and round trips.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import inspector from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { buildApp } from '../../server/src/app.ts';
import { loadConfig } from '../../server/src/config.ts';
import { startHub } from '../../server/src/hub.ts';
import { OffsetClock } from './offset-clock.ts';
import { seedBenchDocuments } from './seed-bench-documents.ts';

let log: { sql: string; us: number }[] | undefined;
const timed = <T>(sql: string, run: () => T): T => {
  const started = process.hrtime.bigint();
  try {
    return run();
  } finally {
    log?.push({ sql, us: Number((process.hrtime.bigint() - started) / 1000n) });
  }
};
// Every statement better-sqlite3 runs, with its time (prepare is cached by the hub, so it is not counted here).
const loop = Number(process.env.BENCH_TRACE_LOOP ?? 0);
const prepare = SQLite.prototype.prepare;
if (loop === 0)
  SQLite.prototype.prepare = function (this: SQLite.Database, source: string) {
    const statement = prepare.call(this, source) as SQLite.Statement;
    for (const method of ['all', 'run', 'get'] as const) {
      const original = statement[method].bind(statement) as (...args: unknown[]) => unknown;
      (statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) =>
        timed(source, () => original(...args));
    }
    return statement;
  } as typeof SQLite.prototype.prepare;
// PostgreSQL: every query a pool client sends, with its round trip.
const query = pg.Client.prototype.query;
if (loop === 0)
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text: string }).text;
    const started = process.hrtime.bigint();
    const result = (query as (...a: unknown[]) => unknown).apply(this, args);
    if (result instanceof Promise)
      void result.finally(() =>
        log?.push({ sql: text, us: Number((process.hrtime.bigint() - started) / 1000n) }),
      );
    return result;
  } as typeof pg.Client.prototype.query;

const databaseUrl = process.env.BENCH_DATABASE_URL;
const config = loadConfig(
  {},
  {
    dataDir: mkdtempSync(join(tmpdir(), 'bp-trace-')),
    port: 0,
    logLevel: 'silent',
    ...(databaseUrl ? { databaseUrl } : {}),
    box: { simulated: false },
  },
);
const hub = await startHub(config, buildApp, {
  clock: new OffsetClock('2026-11-24T09:00:00.000Z'),
  quiet: true,
});
// BENCH_TRACE_LOOP=n: n pickups without the statement list, then this process's CPU time per pickup (hub and
// client together; steadier on a busy machine than wall-clock figures). BENCH_TRACE_PROFILE=<file> writes a CPU
// profile of just those n pickups.
const { pickups } = await seedBenchDocuments(hub.ctx, Math.max(200, loop + 110));

let pause = 20;
async function send(path: string, body: unknown, key: string) {
  log = [];
  const started = process.hrtime.bigint();
  const response = await fetch(`${hub.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-terminal-key': key },
    body: JSON.stringify(body),
  });
  const json = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  const total = Number((process.hrtime.bigint() - started) / 1000n);
  if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
  const statements = log;
  log = undefined;
  const sqlUs = statements.reduce((sum, s) => sum + s.us, 0);
  console.log(
    `\nPOST ${path.replace(/pickups\/[^/]+/, 'pickups/:id')} → ${response.status}: ${statements.length} statements, ` +
      `${(sqlUs / 1000).toFixed(2)} ms in SQL, ${(total / 1000).toFixed(2)} ms in all`,
  );
  for (const s of statements) console.log(`  ${String(s.us).padStart(6)} µs  ${s.sql.slice(0, 150)}`);
  if (!response.ok) throw new Error(JSON.stringify(json));
  return json!;
}

// Warm up (statement cache, calendars), then one pickup per document type.
for (const pickup of pickups.slice(0, 7).concat(pickups.slice(100, 107))) {
  const quiet = pickups.indexOf(pickup) < 100;
  const print = console.log;
  if (quiet) console.log = () => {};
  try {
    const started = await send(
      '/api/v1/kiosk/pickups',
      { phone: pickup.phone, code: pickup.code },
      pickup.terminalKey,
    );
    const base = `/api/v1/kiosk/pickups/${String(started.pickupId)}`;
    if (started.status === 'awaiting_check')
      await send(`${base}/check`, pickup.dateOfBirth, pickup.terminalKey);
    if (started.pinLetterRequired) await send(`${base}/pin-letter`, { received: true }, pickup.terminalKey);
    await send(`${base}/open`, {}, pickup.terminalKey);
  } finally {
    console.log = print;
  }
  if (!quiet) break;
}
if (loop > 0) {
  const print = console.log;
  console.log = () => {};
  const walk = async (pickup: (typeof pickups)[number]) => {
    const started = await send(
      '/api/v1/kiosk/pickups',
      { phone: pickup.phone, code: pickup.code },
      pickup.terminalKey,
    );
    const base = `/api/v1/kiosk/pickups/${String(started.pickupId)}`;
    if (started.status === 'awaiting_check')
      await send(`${base}/check`, pickup.dateOfBirth, pickup.terminalKey);
    if (started.pinLetterRequired) await send(`${base}/pin-letter`, { received: true }, pickup.terminalKey);
    await send(`${base}/open`, {}, pickup.terminalKey);
  };
  pause = 0;
  for (const pickup of pickups.slice(110, 160)) await walk(pickup);
  const profileFile = process.env.BENCH_TRACE_PROFILE;
  const session = new inspector.Session();
  if (profileFile) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  const cpu = process.cpuUsage();
  const wall = performance.now();
  for (const pickup of pickups.slice(160, 160 + loop)) await walk(pickup);
  const used = process.cpuUsage(cpu);
  if (profileFile) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(profileFile, JSON.stringify(profile));
    session.disconnect();
  }
  console.log = print;
  console.log(
    `\n${loop} pickups: ${((used.user + used.system) / loop / 1000).toFixed(3)} ms CPU per pickup ` +
      `(user ${(used.user / loop / 1000).toFixed(3)}, system ${(used.system / loop / 1000).toFixed(3)}), ` +
      `${((performance.now() - wall) / loop).toFixed(2)} ms wall per pickup`,
  );
}
await hub.stop();
