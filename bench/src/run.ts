/**
 * `npm run bench`: the kiosk's verify + unlock path (start a pickup with phone and code, then open the door) on
 * SQLite and on PostgreSQL, against a bare Fastify hello-world measured in the same run on the same machine.
 * Each server runs in its own process; autocannon drives 50 connections from this one. Prints throughput ratios
 * and p99 latency, and writes bench/results/latest.json.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { runLoad, type LoadResult } from './load.ts';

const here = dirname(fileURLToPath(import.meta.url));
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const pgAdminUrl =
  process.env.BENCH_PG_URL ?? process.env.BP_TEST_PG_URL ?? 'postgres://bp:bp@127.0.0.1:5432/postgres';
const only = process.env.BENCH_DB; // sqlite | postgres | undefined (both)

interface Ready {
  url: string;
  terminalKey?: string;
  pickups?: { phone: string; code: string }[];
}

function startServer(
  script: string,
  env: Record<string, string>,
): Promise<{ child: ChildProcess; ready: Ready }> {
  const child = fork(join(here, script), [], {
    // BENCH_PROFILE=<dir> writes a CPU profile of each server process there.
    execArgv: [
      '--import',
      'tsx',
      ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []),
    ],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (message) => resolve({ child, ready: message as Ready }));
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before it was ready`)));
  });
}

async function stopServer(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.disconnect();
  setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  await exited;
}

type Measured = LoadResult;

async function measureHello(url: string, seconds: number): Promise<Measured> {
  return runLoad(url, { connections, seconds }, async (send) => {
    await send('POST', '/hello', { phone: '+4915112345678', code: '123456' });
  });
}

/** One pickup: verify phone + code, then open the door; two requests, both counted. */
async function measurePickups(ready: Ready, seconds: number, take: () => { phone: string; code: string }) {
  return runLoad(
    ready.url,
    { connections, seconds, headers: { 'x-terminal-key': ready.terminalKey! } },
    async (send) => {
      const started = await send('POST', '/api/v1/kiosk/pickups', take());
      if (started.status !== 201) return;
      await send('POST', `/api/v1/kiosk/pickups/${(started.json as { pickupId: string }).pickupId}/open`, {});
    },
  );
}

async function benchDatabase(dialect: 'sqlite' | 'postgres') {
  let databaseUrl: string | undefined;
  let dropDatabase = async () => {};
  if (dialect === 'postgres') {
    const name = `bp_bench_${Date.now()}`;
    const admin = new pg.Client({ connectionString: pgAdminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(pgAdminUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: pgAdminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    };
  }
  const perSecondGuess = 3000;
  const documents = Math.ceil(((duration + 3) * perSecondGuess) / 2);
  const { child, ready } = await startServer('hub-server.ts', {
    ...(databaseUrl ? { BENCH_DATABASE_URL: databaseUrl } : {}),
    BENCH_DOCUMENTS: String(documents),
  });
  const pickups = ready.pickups!;
  let next = 0;
  const take = () => {
    const pickup = pickups[next++];
    if (!pickup) throw new Error('benchmark ran out of seeded documents; raise perSecondGuess');
    return pickup;
  };
  try {
    await measurePickups(ready, 2, take); // warm-up
    return await measurePickups(ready, duration, take);
  } finally {
    await stopServer(child);
    await dropDatabase();
  }
}

const hello = await startServer('hello-server.ts', {});
await measureHello(hello.ready.url, 2); // warm-up
const baseline = await measureHello(hello.ready.url, duration);
await stopServer(hello.child);

const results: Record<string, Measured> = {};
for (const dialect of ['sqlite', 'postgres'] as const) {
  if (only && only !== dialect) continue;
  results[dialect] = await benchDatabase(dialect);
}

const report = {
  at: new Date().toISOString(),
  connections,
  durationSeconds: duration,
  baseline: { name: 'fastify hello-world (POST /hello)', ...baseline },
  kioskPath: Object.fromEntries(
    Object.entries(results).map(([dialect, m]) => [
      dialect,
      { ...m, ratioToBaseline: Number((m.requestsPerSecond / baseline.requestsPerSecond).toFixed(3)) },
    ]),
  ),
  goal: { ratioToBaseline: 0.5, p99Ms: 25 },
};
const resultsDir = join(here, '..', 'results');
mkdirSync(resultsDir, { recursive: true });
writeFileSync(join(resultsDir, 'latest.json'), JSON.stringify(report, null, 2));

console.log(`\nKiosk verify+unlock path, ${connections} connections, ${duration} s each, same run:`);
console.log(`  baseline hello-world: ${baseline.requestsPerSecond.toFixed(0)} req/s, p99 ${baseline.p99} ms`);
for (const [dialect, m] of Object.entries(report.kioskPath)) {
  console.log(
    `  ${dialect.padEnd(8)} ${m.requestsPerSecond.toFixed(0)} req/s (${(m.ratioToBaseline * 100).toFixed(1)} % of baseline), ` +
      `p50 ${m.p50} ms, p99 ${m.p99} ms, non-2xx ${m.non2xx}, errors ${m.errors}`,
  );
}
console.log('  goal: >= 50 % of baseline, p99 < 25 ms');
