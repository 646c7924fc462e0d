/**
 * Starts a full hub (demo data, job runner) in this child process for the benchmark, with the bench's boxes,
 * terminals and documents (seed-bench-documents.ts says what is configured; nothing is switched off).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../server/src/app.ts';
import { loadConfig } from '../../server/src/config.ts';
import { startHub } from '../../server/src/hub.ts';
import { OffsetClock } from './offset-clock.ts';
import { seedBenchDocuments } from './seed-bench-documents.ts';
import { collectSqlStats } from './sql-stats.ts';

// BENCH_SQL_STATS=1: every statement's count and time while the load runs, printed when the hub stops.
const sqlStats = process.env.BENCH_SQL_STATS ? collectSqlStats() : undefined;
const databaseUrl = process.env.BENCH_DATABASE_URL;
const count = Number(process.env.BENCH_DOCUMENTS ?? 20000);
const dataDir = mkdtempSync(join(tmpdir(), 'bp-bench-'));
const config = loadConfig(
  {},
  {
    dataDir,
    port: 0,
    logLevel: 'silent',
    ...(databaseUrl ? { databaseUrl } : {}),
    // The box agent is another process in production: here nothing consumes the unlock commands the hub queues,
    // so the measurement is the hub's own work (see seed-bench-documents.ts: the box is marked connected).
    box: { simulated: false },
  },
);
// A Tuesday morning in November: an ordinary opening day, whatever the real date and hour.
const hub = await startHub(config, buildApp, {
  clock: new OffsetClock('2026-11-24T09:00:00.000Z'),
  quiet: true,
});
const seedStarted = Date.now();
const { pickups, boxes } = await seedBenchDocuments(hub.ctx, count);
sqlStats?.reset();
process.send?.({
  ready: true,
  url: hub.url,
  pickups,
  boxes,
  seedSeconds: (Date.now() - seedStarted) / 1000,
  dialect: hub.ctx.dialect,
});
// The CPU time this process has used, asked by run.ts around a measurement (CPU per request, see run.ts).
process.on('message', (message) => {
  if (message === 'cpu') process.send?.({ cpu: process.cpuUsage() });
});
process.on('disconnect', () => {
  sqlStats?.print();
  // The data folder (a SQLite file of some 50 MB) goes with the run.
  void hub.stop().then(() => {
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  });
});
