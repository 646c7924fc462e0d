/**
 * `npm run reliability` (full) and `npm run reliability -- --quick`: the reliability harness of issue 17.
 * bench/README.md ("Reliability harness") describes the world, the faults and the exact meaning of every count.
 *
 * Flags: --quick, --pickups=N, --kills=N, --boxes=N, --pg-restart=proxy|real, --seed=N.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';
import pg from 'pg';
import { buildApp } from '../../../server/src/app.ts';
import { loadConfig } from '../../../server/src/config.ts';
import type { AppContext } from '../../../server/src/context.ts';
import { migrateToLatest } from '../../../server/src/db/migrate.ts';
import { seedDemoData } from '../../../server/src/demo/seed-demo.ts';
import { openAuditedDatabase } from '../../../server/src/modules/audit/open-audited-database.ts';
import { ManualClock } from '../../../server/src/platform/clock.ts';
import { sha256Hex } from '../../../server/src/platform/crypto.ts';
import { randomIds } from '../../../server/src/platform/ids.ts';
import { silentLogger } from '../../../server/src/context.ts';
import { sessionTokenOf, testPassword } from '../../../server/src/testing/fixtures.ts';
import { testSecrets } from '../../../server/src/testing/test-context.ts';
import { KerongCu16Simulator } from '../../../agent/src/sim/kerong-cu16-simulator.ts';
import { createPtyPair, type PtyPair } from '../../../agent/src/sim/pty-pair.ts';
import { FakeSevenGateway } from './fake-seven-gateway.ts';
import { TcpGate } from './tcp-gate.ts';

// ---- options ------------------------------------------------------------------------------------------------------

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const quick = args.includes('--quick');
const options = {
  pickups: Number(flag('pickups') ?? (quick ? 20 : 1000)),
  kills: Number(flag('kills') ?? (quick ? 10 : 100)),
  boxes: Number(flag('boxes') ?? (quick ? 2 : 4)),
  hubs: 2,
  pgRestart: (flag('pg-restart') ?? 'proxy') as 'proxy' | 'real',
  seed: Number(flag('seed') ?? Date.now() % 100_000),
};
const startedAt = Date.now();
const faults = {
  kills: 0,
  smsOutage: false,
  smsOutageHubMinutes: 0,
  pgRestart: false,
  crashes: [] as string[],
};
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const pgAdminUrl = process.env.BP_TEST_PG_URL ?? 'postgres://bp:bp@127.0.0.1:5432/postgres';
const log = (message: string) =>
  console.log(`[${((Date.now() - startedAt) / 1000).toFixed(1).padStart(6)} s] ${message}`);

// A small deterministic random source (mulberry32): the same --seed walks the same scenario choices.
let randomState = options.seed >>> 0;
function random(): number {
  randomState = (randomState + 0x6d2b79f5) >>> 0;
  let t = randomState;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const between = (low: number, high: number) => low + random() * (high - low);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor<T>(what: string, check: () => Promise<T | undefined | false>, limitMs: number) {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await sleep(50);
  }
}

// ---- the world ----------------------------------------------------------------------------------------------------

const dbName = `bp_reliability_${Date.now()}`;
const dbUrl = (() => {
  const url = new URL(pgAdminUrl);
  url.pathname = `/${dbName}`;
  return url;
})();
const admin = new pg.Client({ connectionString: pgAdminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${dbName}`);
/** The harness reads the truth directly (not through the gate in front of PostgreSQL). */
const truth = new pg.Pool({ connectionString: dbUrl.toString(), max: 4 });
truth.on('error', () => {});

const cleanups: (() => Promise<unknown> | unknown)[] = [];
async function cleanup() {
  while (cleanups.length > 0) {
    try {
      await cleanups.pop()!();
    } catch {
      // tear down the rest
    }
  }
}
cleanups.push(async () => {
  await truth.end().catch(() => {});
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.end();
});

const dataDir = mkdtempSync(join(tmpdir(), 'bp-reliability-'));
cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
const gateway = await FakeSevenGateway.start();
cleanups.push(() => gateway.close());
const pgPort = Number(new URL(pgAdminUrl).port || 5432);
const pgGate = await TcpGate.start(() => pgPort);
cleanups.push(() => pgGate.close());
const hubDbUrl = new URL(dbUrl);
hubDbUrl.port = String(pgGate.port);

/** The clock every hub runs on: real speed from a Tuesday morning, stepped by the harness on every hub at once. */
const clockStart = new Date('2026-11-24T09:00:00.000Z').getTime();
let clockOffsetMs = clockStart - Date.now();
const hubNow = () => new Date(Date.now() + clockOffsetMs);

const hubConfig = {
  mode: 'demo',
  logLevel: 'error',
  host: '127.0.0.1',
  dataDir,
  databaseUrl: hubDbUrl.toString(),
  secrets: testSecrets,
  box: { simulated: false },
  demo: { seed: false },
  sms: { provider: 'seven', sevenApiKey: gateway.apiKey, sevenBaseUrl: gateway.url, timeoutMs: 3000 },
  // Short deadlines so the run sees a crashed hub's jobs taken over (the clock is also stepped).
  jobs: { pollIntervalMs: 200, leaseSeconds: 10 },
  pickup: { unlockTimeoutSeconds: 20 },
};

// Setup in this process: migrations, the demo's offices, types, staff and box, the harness's boxes and kiosks.
const setupCtx: AppContext = await (async () => {
  const config = loadConfig({}, { ...hubConfig, databaseUrl: dbUrl.toString(), logLevel: 'silent' });
  const database = openAuditedDatabase(config);
  await migrateToLatest(database.db);
  cleanups.push(() => database.close());
  return {
    db: database.db,
    dialect: database.dialect,
    config,
    clock: new ManualClock(hubNow().toISOString()),
    ids: randomIds,
    log: silentLogger,
    onBoxCommandsQueued: () => {},
    onJobsQueued: () => {},
  };
})();
const setupApp = await buildApp(setupCtx);
await seedDemoData(setupCtx, { password: testPassword, terminalKey: 'kiosk_rel_demo_terminal_0123456789' });
const roles = ['clerk', 'loader'] as const;
type Role = (typeof roles)[number];
const staffTokens = {} as Record<Role, string>;
for (const role of roles) {
  const response = await setupApp.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: role, password: testPassword(role) },
  });
  if (response.statusCode !== 200) throw new Error(`login ${role}: ${response.body}`);
  staffTokens[role] = sessionTokenOf(response);
}
const adminLogin = await setupApp.inject({
  method: 'POST',
  url: '/api/v1/auth/login',
  payload: { username: 'admin', password: testPassword('admin') },
});
const adminHeaders = { authorization: `Bearer ${sessionTokenOf(adminLogin)}` };

interface Box {
  id: string;
  terminals: [string, string];
  secret: string;
  sim: KerongCu16Simulator;
  pty: PtyPair;
  agent?: ChildProcess;
  agentOutput: string;
  /** What the harness's people are doing at this box now (one flow at a time per box). */
  phase: Phase;
  frames: { compartment: number; phase: Phase; at: number; doorWasOpen: boolean }[];
}
interface Phase {
  kind: 'idle' | 'loading' | 'pickup' | 'collecting';
  documentId?: string;
  /** Compartments this flow may unlock (known from the hub's answer or the database, also after the frame). */
  compartments: Set<number>;
}

const demoBoxRow = await setupCtx.db
  .selectFrom('boxes')
  .selectAll()
  .where('id', '=', 'dokbox-hn')
  .executeTakeFirstOrThrow();
const demoCompartments = await setupCtx.db
  .selectFrom('compartments')
  .selectAll()
  .where('box_id', '=', 'dokbox-hn')
  .execute();
const boxes: Box[] = [];
const setupNow = setupCtx.clock.now().toISOString();
for (let b = 0; b < options.boxes; b++) {
  const id = `rel-box-${b}`;
  await setupCtx.db
    .insertInto('boxes')
    .values({ ...demoBoxRow, id, name: `Reliability-Box ${b}`, link_connected: 0, created_at: setupNow })
    .execute();
  await setupCtx.db
    .insertInto('compartments')
    .values(
      demoCompartments.map((c) => ({ ...c, id: `${id}-${c.number}`, box_id: id, updated_at: setupNow })),
    )
    .execute();
  for (let weekday = 1; weekday <= 7; weekday++)
    await setupCtx.db
      .insertInto('box_opening_hours')
      .values({ id: randomIds.newId(), box_id: id, weekday, opens: '00:00', closes: '23:59' })
      .execute();
  const terminals = [0, 1].map((k) => `kiosk_rel_${b}_${k}_${'k'.repeat(24)}`) as [string, string];
  for (const [k, key] of terminals.entries())
    await setupCtx.db
      .insertInto('terminals')
      .values({
        id: `rel-terminal-${b}-${k}`,
        name: `Kiosk ${b}/${k}`,
        box_id: id,
        key_hash: sha256Hex(key),
        created_at: setupNow,
      })
      .execute();
  const issued = await setupApp.inject({
    method: 'POST',
    url: `/api/v1/boxes/${id}/agent-secret`,
    headers: adminHeaders,
  });
  if (issued.statusCode !== 201) throw new Error(`agent secret for ${id}: ${issued.body}`);
  const pty = await createPtyPair();
  cleanups.push(() => pty.close());
  const sim = new KerongCu16Simulator({ boards: [{ address: 0 }, { address: 1, locks: 8 }] });
  await sim.openSerial(pty.simulatorPath);
  cleanups.push(() => sim.close());
  const box: Box = {
    id,
    terminals,
    secret: issued.json().secret as string,
    sim,
    pty,
    agentOutput: '',
    phase: { kind: 'idle', compartments: new Set() },
    frames: [],
  };
  sim.on('unlock', (frame: { board: number; lock: number }) => {
    const compartment = frame.board === 0 ? frame.lock : frame.lock + 16;
    box.frames.push({ compartment, phase: box.phase, at: Date.now(), doorWasOpen: false });
  });
  boxes.push(box);
}
await setupApp.close();
log(`database ${dbName}: demo data, ${options.boxes} boxes with 2 kiosks each (seed ${options.seed})`);

// ---- hub processes --------------------------------------------------------------------------------------------------

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise((r) => server.close(r));
  return port;
}

interface Hub {
  index: number;
  port: number;
  child?: ChildProcess;
  up: boolean;
  output: string;
  starts: number;
}
const hubs: Hub[] = [];
for (let i = 0; i < options.hubs; i++)
  hubs.push({ index: i, port: await freePort(), up: false, output: '', starts: 0 });

async function startHubProcess(hub: Hub): Promise<void> {
  const child = fork(join(repoRoot, 'bench/src/reliability/hub-child.ts'), [], {
    cwd: repoRoot,
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env,
      REL_HUB_CONFIG: JSON.stringify({ ...hubConfig, port: hub.port }),
      REL_CLOCK_OFFSET_MS: String(clockOffsetMs),
      REL_MAINTENANCE_MS: '2000',
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const keep = (chunk: Buffer) => (hub.output = (hub.output + chunk.toString()).slice(-20_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  hub.child = child;
  hub.starts++;
  await new Promise<void>((resolveReady, reject) => {
    child.once('message', () => resolveReady());
    child.once('exit', (code) =>
      reject(new Error(`hub ${hub.index} exited (${code}) before ready:\n${hub.output}`)),
    );
  });
  child.removeAllListeners('exit');
  child.once('exit', (code, signal) => {
    hub.up = false;
    if (hub.child !== child) return; // killed by the harness
    // A hub that ends by itself is a crash: like systemd, start it again, and say why it ended.
    hub.child = undefined;
    faults.crashes.push(`hub ${hub.index} exited by itself (${code ?? signal}): ${lastError(hub.output)}`);
    log(`hub ${hub.index} CRASHED (${code ?? signal}): ${hub.output.slice(-1200)}`);
    if (!shuttingDown) void restartHub(hub);
  });
  // The clock may have been stepped while this hub started: every hub on one timeline before it serves.
  child.send({ offsetMs: clockOffsetMs });
  hub.up = true;
}

let shuttingDown = false;
const lastError = (output: string) =>
  output
    .split('\n')
    .filter((line) => /error/i.test(line))
    .slice(-1)[0]
    ?.slice(0, 300) ?? 'no error printed';

async function killHub(hub: Hub): Promise<void> {
  const child = hub.child;
  if (!child) return;
  hub.up = false;
  hub.child = undefined;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
}
cleanups.push(async () => {
  shuttingDown = true;
  for (const hub of hubs) await killHub(hub);
});

const clockFile = join(dataDir, 'clock-offset');
writeFileSync(clockFile, String(clockOffsetMs));
function advanceClock(ms: number) {
  clockOffsetMs += ms;
  writeFileSync(clockFile, String(clockOffsetMs));
  for (const hub of hubs) if (hub.up) hub.child?.send({ offsetMs: clockOffsetMs });
}

await Promise.all(hubs.map((hub) => startHubProcess(hub)));
log(`${hubs.length} hub processes up on one PostgreSQL (ports ${hubs.map((h) => h.port).join(', ')})`);

// The load balancer the agents connect through: a new connection goes to a hub that is up.
let balance = 0;
const balancer = await TcpGate.start(() => {
  const live = hubs.filter((h) => h.up);
  if (live.length === 0) return undefined;
  return live[balance++ % live.length]!.port;
});
cleanups.push(() => balancer.close());

function startAgent(box: Box) {
  const agentDir = mkdtempSync(join(dataDir, `agent-${box.id}-`));
  const configFile = join(agentDir, 'agent.json');
  writeFileSync(
    configFile,
    JSON.stringify({
      boxId: box.id,
      hubUrl: `http://127.0.0.1:${balancer.port}`,
      secret: box.secret,
      dataDir: agentDir,
      logLevel: 'warn',
      driver: {
        kind: 'kerong-cu16',
        line: { type: 'serial', path: box.pty.driverPath },
        boards: [
          { address: 0, firstCompartment: 1, locks: 16 },
          { address: 1, firstCompartment: 17, locks: 8 },
        ],
        responseTimeoutMs: 150,
        unlockConfirmDelayMs: 30,
      },
      door: { openTimeoutSeconds: 10, leftOpenSeconds: 120, pollIntervalMs: 100 },
      link: {
        heartbeatIntervalMs: 1000,
        heartbeatTimeoutMs: 3000,
        reconnectMinMs: 100,
        reconnectMaxMs: 1000,
      },
    }),
  );
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--import',
      './bench/src/reliability/agent-clock.ts',
      'agent/src/main.ts',
      '--config',
      configFile,
    ],
    {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, REL_CLOCK_FILE: clockFile },
    },
  );
  const keep = (chunk: Buffer) => (box.agentOutput = (box.agentOutput + chunk.toString()).slice(-20_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  box.agent = child;
  cleanups.push(async () => {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 3000).unref();
    await exited;
  });
}
for (const box of boxes) startAgent(box);
await waitFor(
  'every box agent connected',
  async () => {
    const { rows } = await truth.query<{ n: string }>(
      "select count(*) as n from boxes where id like 'rel-box-%' and link_connected = 1",
    );
    return Number(rows[0]!.n) === boxes.length;
  },
  90_000,
).catch((error: unknown) => {
  throw new Error(`${(error as Error).message}\n${boxes.map((b) => b.agentOutput).join('\n')}`);
});
log(`${boxes.length} real agent processes connected through the load balancer, CU16 simulators on ptys`);

// ---- HTTP as the kiosks and staff use it ----------------------------------------------------------------------------

class Unreachable extends Error {}
interface Answer {
  status: number;
  body: Record<string, unknown>;
}

/** One request to one hub; Unreachable when the hub is down or died while answering (outcome unknown). */
async function request(
  hub: Hub,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: unknown,
) {
  if (!hub.up) throw new Unreachable(`hub ${hub.index} is down`);
  try {
    const response = await fetch(`http://127.0.0.1:${hub.port}${path}`, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    const answer: Answer = {
      status: response.status,
      body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
    };
    // A hub that lost its database answers 5xx: for the caller that is an unknown outcome like a dead hub.
    if (answer.status >= 500)
      throw new Unreachable(`hub ${hub.index}: ${answer.status} ${text.slice(0, 200)}`);
    return answer;
  } catch (error) {
    if (error instanceof Unreachable) throw error;
    throw new Unreachable(`hub ${hub.index}: ${(error as Error).message}`);
  }
}

/** A request through the "load balancer": some hub that is up; retried on another one while none answers. */
async function anyHub(method: string, path: string, headers: Record<string, string>, body?: unknown) {
  const deadline = Date.now() + 60_000;
  let last: unknown;
  while (Date.now() < deadline) {
    const live = hubs.filter((h) => h.up);
    const hub = live[Math.floor(random() * live.length)];
    if (!hub) {
      await sleep(200);
      continue;
    }
    try {
      return await request(hub, method, path, headers, body);
    } catch (error) {
      if (!(error instanceof Unreachable)) throw error;
      last = error;
      await sleep(200);
    }
  }
  throw new Error(`no hub answered ${method} ${path}: ${(last as Error)?.message}`);
}

/** Staff: a 401 (the session ran out after a clock step) logs in again over HTTP. */
async function staff(role: Role, method: string, path: string, body?: unknown): Promise<Answer> {
  let answer = await anyHub(method, path, { authorization: `Bearer ${staffTokens[role]}` }, body);
  if (answer.status === 401) {
    staffTokens[role] = await loginToken(role);
    answer = await anyHub(method, path, { authorization: `Bearer ${staffTokens[role]}` }, body);
  }
  return answer;
}

async function loginToken(role: Role): Promise<string> {
  for (;;) {
    const hub = hubs.find((h) => h.up);
    if (!hub) {
      await sleep(200);
      continue;
    }
    try {
      const response = await fetch(`http://127.0.0.1:${hub.port}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: role, password: testPassword(role) }),
      });
      const cookie = response.headers.getSetCookie().find((c) => /bp_session=/.test(c));
      if (response.status === 200 && cookie) return /bp_session=([^;]+)/.exec(cookie)![1]!;
    } catch {
      // try again
    }
    await sleep(300);
  }
}

// ---- the truth in the database ------------------------------------------------------------------------------------

interface DocRow {
  id: string;
  state: string;
  compartment: number | null;
  box_id: string | null;
}
async function documentRow(id: string): Promise<DocRow | undefined> {
  for (;;) {
    try {
      const { rows } = await truth.query<DocRow>(
        `select d.id, d.state, c.number as compartment, d.box_id from documents d
         left join compartments c on c.id = d.compartment_id where d.id = $1`,
        [id],
      );
      return rows[0];
    } catch {
      await sleep(200); // the harness's own connection was cut with the others: read again
    }
  }
}

async function settle(id: string, states: string[], limitMs = 45_000): Promise<DocRow> {
  return waitFor(
    `document ${id} in ${states.join('|')}`,
    async () => {
      const row = await documentRow(id);
      return row && states.includes(row.state) ? row : undefined;
    },
    limitMs,
  ).catch(async (error: unknown) => {
    const row = await documentRow(id);
    throw new Error(`${(error as Error).message} (it is ${row?.state})`);
  });
}

// ---- what the harness's people do ---------------------------------------------------------------------------------

/** Where each document physically is, as the harness's people know it (the ground truth for "lost"). */
type Whereabouts = 'office' | 'compartment' | 'citizen' | 'loader';
interface Tracked {
  id: string;
  reference: string;
  phone: string;
  box: Box;
  where: Whereabouts;
  compartment?: number;
  scenario: string;
  /** 2xx answers to kiosk `open`, per code (a code is the SMS text's six digits). */
  opensByCode: Map<string, number>;
  staleCodeAccepted: boolean;
}
const tracked: Tracked[] = [];
const stats = {
  pickupsByHarness: 0,
  racesWithBothGranted: 0,
  raceAttempts: 0,
  refusedRacers: 0,
  resends: 0,
  withdrawals: 0,
  cancelsAtKiosk: 0,
  cancelledBeforeBox: 0,
  collections: 0,
  sessionsWaitedOut: 0,
  abandoned: 0,
  expired: 0,
  flowErrors: [] as string[],
};

const boardLock = (n: number): [number, number] => (n <= 16 ? [0, n] : [1, n - 16]);
const doorOpen = (box: Box, n: number) => box.sim.compartment(...boardLock(n)).doorOpen;

/**
 * Waits until the door springs open, then holds it open the way a person does until the box has reported it to a
 * hub (a person needs a second or two; closing within the agent's poll gap would be a door nobody saw open).
 */
async function waitDoorOpen(box: Box, n: number, limitMs = 25_000): Promise<boolean> {
  const opened = await waitFor(`door ${box.id}/${n} open`, async () => doorOpen(box, n), limitMs).then(
    () => true,
    () => false,
  );
  if (!opened) return false;
  await waitFor(
    `the hub heard door ${box.id}/${n} open`,
    async () => {
      try {
        const { rows } = await truth.query<{ door: string }>(
          'select door from compartments where box_id = $1 and number = $2',
          [box.id, n],
        );
        return rows[0]?.door === 'open';
      } catch {
        return false;
      }
    },
    15_000,
  ).catch(() => undefined);
  return true;
}

/** The code in the newest SMS to this phone that arrived after `after` SMS (waits, the gateway may be down). */
async function codeFor(doc: Tracked, after = 0, limitMs = 240_000): Promise<string> {
  return waitFor(
    `an SMS to ${doc.phone} (${doc.reference})`,
    async () => {
      if (gateway.countTo(doc.phone) <= after) return undefined;
      return /(?<!\d)(\d{6})(?!\d)/.exec(gateway.lastTextTo(doc.phone) ?? '')?.[1];
    },
    limitMs,
  );
}

let docCounter = 0;
async function register(box: Box, scenario: string): Promise<Tracked> {
  docCounter++;
  const reference = `REL-${options.seed}-${docCounter}`;
  const phone = `+49151${String(20_000_000 + docCounter).padStart(8, '0')}`;
  const answer = await staff('clerk', 'POST', '/api/v1/documents', {
    reference,
    officeId: 'buergeramt-hn',
    typeId: docCounter % 2 === 0 ? 'id_card' : 'passport',
    holderName: 'Erika Zuverlässig',
    phone,
    dateOfBirth: '1964-08-12',
  });
  if (answer.status !== 201 && answer.status !== 200)
    throw new Error(`register: ${answer.status} ${JSON.stringify(answer.body)}`);
  const doc: Tracked = {
    id: answer.body.id as string,
    reference,
    phone,
    box,
    where: 'office',
    scenario,
    opensByCode: new Map(),
    staleCodeAccepted: false,
  };
  tracked.push(doc);
  return doc;
}

/**
 * While the harness steps the hubs' clock (60× real speed and more), no door flow runs: a door takes a person a
 * second, which would be a minute of hub time and trip the hub's unlock timeout.
 */
let holdDoorFlows = false;
async function doorFlowAllowed(): Promise<void> {
  while (holdDoorFlows) await sleep(100);
}

/** A loader loads the document: the hub picks and unlocks a compartment, the loader puts it in and shuts the door. */
async function load(doc: Tracked): Promise<void> {
  const box = doc.box;
  await doorFlowAllowed();
  box.phase = { kind: 'loading', documentId: doc.id, compartments: new Set() };
  for (let attempt = 0; ; attempt++) {
    if (attempt > 5) throw new Error(`loading ${doc.reference} failed ${attempt} times`);
    const answer = await staff('loader', 'POST', '/api/v1/loading', {
      documentId: doc.id,
      boxId: box.id,
    }).catch((error: unknown) => ({ status: 0, body: { error: (error as Error).message } }) as Answer);
    if (answer.status === 200)
      box.phase.compartments.add((answer.body.compartment as { number: number }).number);
    const row = await documentRow(doc.id);
    if (row?.compartment) box.phase.compartments.add(row.compartment);
    if (row?.state !== 'loading' || !row.compartment) {
      await sleep(300);
      continue;
    }
    if (!(await waitDoorOpen(box, row.compartment))) continue;
    const [board, lock] = boardLock(row.compartment);
    box.sim.placeItem(board, lock);
    box.sim.closeDoor(board, lock);
    doc.where = 'compartment';
    doc.compartment = row.compartment;
    await settle(doc.id, ['notified', 'loaded']);
    box.phase = { kind: 'idle', compartments: new Set() };
    return;
  }
}

const lastRefusal = new Map<string, string>();

/**
 * One citizen at one kiosk (first on hub `hubIndex`): phone and code, date of birth, PIN letter, open. A kiosk whose
 * hub does not answer sends the step again through the other hub (sessions live in the database); a brake (429) is
 * waited out as a person waits.
 */
async function citizen(
  doc: Tracked,
  hubIndex: number,
  terminal: string,
  code: string,
): Promise<'opened' | 'refused' | 'unknown'> {
  const headers = { 'x-terminal-key': terminal };
  const step = async (path: string, body: unknown): Promise<Answer | undefined> => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const hub = hubs[(hubIndex + attempt) % hubs.length]!;
      try {
        const answer = await request(hub, 'POST', path, headers, body);
        if (answer.status !== 429) return answer;
        await sleep(2000);
      } catch (error) {
        if (!(error instanceof Unreachable)) throw error;
        await sleep(300);
      }
    }
    return undefined;
  };
  const refused = (what: string, answer: Answer | undefined) => {
    lastRefusal.set(doc.id, `${what} ${answer?.status ?? 'no answer'} ${String(answer?.body.code)}`);
    return answer ? 'refused' : 'unknown';
  };
  const started = await step('/api/v1/kiosk/pickups', { phone: doc.phone, code });
  if (started?.status !== 201) return refused('start', started);
  const base = `/api/v1/kiosk/pickups/${String(started.body.pickupId)}`;
  const checked = await step(`${base}/check`, { day: 12, month: 8, year: 1964 });
  if (checked?.status !== 200) return refused('check', checked);
  if (checked.body.pinLetterRequired || started.body.pinLetterRequired) {
    const pin = await step(`${base}/pin-letter`, { received: true });
    if (pin?.status !== 200) return refused('pin-letter', pin);
  }
  const opened = await step(`${base}/open`, {});
  if (opened?.status !== 200) return refused('open', opened);
  doc.opensByCode.set(code, (doc.opensByCode.get(code) ?? 0) + 1);
  return 'opened';
}

/** Two citizens with the same code at the box's two kiosks, one on each hub, at the same moment; then the door. */
async function racePickup(doc: Tracked, code: string): Promise<boolean> {
  const box = doc.box;
  const n = doc.compartment!;
  await doorFlowAllowed();
  box.phase = { kind: 'pickup', documentId: doc.id, compartments: new Set([n]) };
  const giveUpAt = Date.now() + 90_000;
  let waitOutAt = Date.now() + 10_000;
  while (Date.now() < giveUpAt) {
    stats.raceAttempts++;
    const results = await Promise.all([
      citizen(doc, 0, box.terminals[0], code),
      citizen(doc, 1 % hubs.length, box.terminals[1], code),
    ]);
    if (results.filter((r) => r === 'opened').length > 1) stats.racesWithBothGranted++;
    stats.refusedRacers += results.filter((r) => r === 'refused').length;
    const row = await documentRow(doc.id);
    if (row?.state === 'notified' && !doorOpen(box, n)) {
      // Nobody got through (both hubs were down, or the code was refused): try again shortly.
      if (lastRefusal.get(doc.id)?.includes('pickup_in_progress') && Date.now() > waitOutAt) {
        // A hub died before the kiosk heard the answer to "start": that kiosk session holds the document until it
        // runs out (pickup.sessionTtlSeconds, 300 s), as it would for a citizen who walked away. The citizen comes back
        // after it: the hubs' clock moves on by the session's lifetime (docs: bench/README.md, open points).
        advanceClock(305_000);
        stats.sessionsWaitedOut++;
        waitOutAt = Date.now() + 10_000;
      }
      await sleep(500);
      continue;
    }
    if (!(await waitDoorOpen(box, n, 30_000))) {
      const now = await documentRow(doc.id);
      throw new Error(`pickup ${doc.reference}: the door never opened (state ${now?.state})`);
    }
    const [board, lock] = boardLock(n);
    box.sim.takeItem(board, lock);
    doc.where = 'citizen';
    box.sim.closeDoor(board, lock);
    await settle(doc.id, ['picked_up', 'needs_reconcile', 'door_fault']);
    box.phase = { kind: 'idle', compartments: new Set() };
    stats.pickupsByHarness++;
    return true;
  }
  box.phase = { kind: 'idle', compartments: new Set() };
  return false;
}

/** A loader takes an expired or withdrawn document out. */
async function collect(doc: Tracked): Promise<void> {
  const box = doc.box;
  const n = doc.compartment!;
  await doorFlowAllowed();
  box.phase = { kind: 'collecting', documentId: doc.id, compartments: new Set([n]) };
  for (let attempt = 0; attempt < 5; attempt++) {
    await staff('loader', 'POST', `/api/v1/documents/${doc.id}/collect`, {}).catch(() => undefined);
    const row = await documentRow(doc.id);
    if (row?.state !== 'collecting_for_return' && !doorOpen(box, n)) {
      await sleep(300);
      continue;
    }
    if (!(await waitDoorOpen(box, n))) continue;
    const [board, lock] = boardLock(n);
    box.sim.takeItem(board, lock);
    doc.where = 'loader';
    box.sim.closeDoor(board, lock);
    await settle(doc.id, ['collected_for_return', 'needs_reconcile']);
    stats.collections++;
    box.phase = { kind: 'idle', compartments: new Set() };
    await staff('clerk', 'POST', `/api/v1/documents/${doc.id}/record-return`, {});
    return;
  }
  throw new Error(`collecting ${doc.reference} failed`);
}

/** One document's life at one box, by scenario. */
async function documentFlow(box: Box): Promise<void> {
  const roll = random();
  const scenario =
    roll < 0.04
      ? 'cancel-before-box'
      : roll < 0.1
        ? 'abandon'
        : roll < 0.18
          ? 'withdraw'
          : roll < 0.3
            ? 'resend'
            : roll < 0.4
              ? 'kiosk-cancel'
              : 'race';
  const doc = await register(box, scenario);
  if (scenario === 'cancel-before-box') {
    const answer = await staff('clerk', 'POST', `/api/v1/documents/${doc.id}/cancel`, {});
    if (answer.status !== 200) throw new Error(`cancel ${doc.reference}: ${answer.status}`);
    stats.cancelledBeforeBox++;
    return;
  }
  await load(doc);
  let code = await codeFor(doc);
  if (scenario === 'abandon') {
    stats.abandoned++;
    return;
  }
  if (scenario === 'withdraw') {
    const answer = await staff('clerk', 'POST', `/api/v1/documents/${doc.id}/withdraw`, {});
    if (answer.status !== 200)
      throw new Error(`withdraw ${doc.reference}: ${answer.status} ${JSON.stringify(answer.body)}`);
    stats.withdrawals++;
    // The withdrawn code must not open anything.
    if ((await citizen(doc, 0, box.terminals[0], code)) === 'opened') doc.staleCodeAccepted = true;
    await collect(doc);
    return;
  }
  if (scenario === 'resend') {
    const before = gateway.countTo(doc.phone);
    let answer =
      random() < 0.5
        ? await staff('clerk', 'POST', `/api/v1/documents/${doc.id}/resend-code`, {})
        : await anyHub(
            'POST',
            '/api/v1/kiosk/resend',
            { 'x-terminal-key': box.terminals[0] },
            { phone: doc.phone },
          );
    // The kiosk's resend is braked per kiosk: the citizen then asks at the counter.
    if (answer.status === 429)
      answer = await staff('clerk', 'POST', `/api/v1/documents/${doc.id}/resend-code`, {});
    if (answer.status !== 202)
      throw new Error(`resend ${doc.reference}: ${answer.status} ${JSON.stringify(answer.body)}`);
    stats.resends++;
    const old = code;
    code = await codeFor(doc, before);
    if (code !== old && (await citizen(doc, 1 % hubs.length, box.terminals[1], old)) === 'opened')
      doc.staleCodeAccepted = true;
  }
  if (scenario === 'kiosk-cancel') {
    const hub = hubs.find((h) => h.up);
    if (hub) {
      const headers = { 'x-terminal-key': box.terminals[0] };
      const started = await request(hub, 'POST', '/api/v1/kiosk/pickups', headers, {
        phone: doc.phone,
        code,
      }).catch(() => undefined);
      if (started?.status === 201) {
        await request(
          hub,
          'POST',
          `/api/v1/kiosk/pickups/${String(started.body.pickupId)}/cancel`,
          headers,
          {},
        ).catch(() => undefined);
        stats.cancelsAtKiosk++;
      }
    }
  }
  if (!(await racePickup(doc, code)))
    throw new Error(
      `pickup ${doc.reference}: no citizen got through (last refusal: ${lastRefusal.get(doc.id) ?? 'none'}, ` +
        `state ${(await documentRow(doc.id))?.state})`,
    );
}

// ---- faults ---------------------------------------------------------------------------------------------------------

/** kill -9 of a random hub at a random moment (every 2–8 s), then started again after 0.2–2 s. */
async function killLoop(): Promise<void> {
  while (faults.kills < options.kills) {
    await sleep(between(2000, 8000));
    const hub = hubs[Math.floor(random() * hubs.length)]!;
    if (!hub.up || hubs.filter((h) => h.up).length < hubs.length) continue;
    await killHub(hub);
    faults.kills++;
    await sleep(between(200, 2000));
    await restartHub(hub);
  }
}

/** Starts a hub again; a start that fails (e.g. PostgreSQL is restarting just then) is tried again, as systemd does. */
async function restartHub(hub: Hub): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await startHubProcess(hub);
      return;
    } catch (error) {
      log(
        `start of hub ${hub.index} failed (${(error as Error).message.split('\n').find((l) => l.startsWith('Error')) ?? 'exit'}), again`,
      );
      if (attempt >= 10) throw error;
      await sleep(1000);
    }
  }
}

/** The SMS gateway is down for an hour of the hubs' time (stepped in minutes), then back. */
async function smsOutage(): Promise<void> {
  log('SMS gateway down; the hubs live through an hour of it (clock stepped a minute every 250 ms)');
  gateway.down = true;
  // Documents are still loaded for a while: their SMS meet the gateway down.
  await waitFor('SMS refused by the gateway', async () => gateway.refusedWhileDown >= 3, 30_000).catch(
    () => {},
  );
  holdDoorFlows = true;
  await waitFor('no door flow at any box', async () => boxes.every((b) => b.phase.kind === 'idle'), 120_000);
  for (let minute = 0; minute < 60; minute++) {
    advanceClock(60_000);
    faults.smsOutageHubMinutes++;
    await sleep(250);
  }
  gateway.down = false;
  // Back: the waiting SMS retry at the backoff's next turn (at most 5 minutes of the hubs' time later).
  advanceClock(5 * 60_000);
  holdDoorFlows = false;
  faults.smsOutage = true;
  log(`SMS gateway back (${gateway.refusedWhileDown} requests refused while down)`);
}

/** PostgreSQL "restarts": every session of the run's database ends and new connections are refused for 3 s. */
async function pgRestart(): Promise<void> {
  if (options.pgRestart === 'real') {
    log('PostgreSQL restart: pg_ctlcluster 15 main restart');
    await new Promise<void>((resolveDone, reject) =>
      spawn('pg_ctlcluster', ['15', 'main', 'restart'], { stdio: 'inherit' }).once('exit', (code) =>
        code === 0 ? resolveDone() : reject(new Error(`pg_ctlcluster exited ${code}`)),
      ),
    );
  } else {
    log('PostgreSQL restart (as the hubs see it): every session terminated, connections refused for 3 s');
    pgGate.cut(3000);
    await truth
      .query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
        [dbName],
      )
      .catch(() => {});
    await sleep(3000);
  }
  faults.pgRestart = true;
  log('PostgreSQL accepting connections again');
}

// ---- the run ------------------------------------------------------------------------------------------------------

let pickupsStarted = 0;
const faultsDone = () => faults.kills >= options.kills && faults.smsOutage && faults.pgRestart;
async function boxWorker(box: Box): Promise<void> {
  // The documents asked for, and on until every fault has happened.
  while (pickupsStarted < options.pickups || !faultsDone()) {
    pickupsStarted++;
    try {
      await documentFlow(box);
    } catch (error) {
      stats.flowErrors.push(`${box.id}: ${(error as Error).message}`);
      log(`flow error at ${box.id}: ${(error as Error).message}`);
      if (stats.flowErrors.length === 1)
        log(
          `agent says: ${box.agentOutput.slice(-1500)}\nhubs say: ${hubs.map((h) => h.output.slice(-1500)).join('\n---\n')}`,
        );
      box.phase = { kind: 'idle', compartments: new Set() };
    }
  }
}

log(
  `run: ${options.pickups} documents over ${boxes.length} boxes, ${options.kills} hub kills, SMS outage, PostgreSQL restart`,
);
const workers = Promise.all(boxes.map((box) => boxWorker(box)));
const kills = killLoop();
const scheduledFaults = (async () => {
  await waitFor('a fifth of the documents', async () => pickupsStarted >= options.pickups * 0.2, 3_600_000);
  await smsOutage();
  await waitFor('half of the documents', async () => pickupsStarted >= options.pickups * 0.5, 3_600_000);
  await pgRestart();
})();
await Promise.all([workers, kills, scheduledFaults]);
for (const hub of hubs) if (!hub.up) await restartHub(hub);
log(
  `documents done: ${tracked.length}; ${faults.kills} hub kills; now the pickup window runs out for the abandoned ones`,
);

// The pickup window of the documents nobody fetched runs out: four weeks later (a Tuesday again, the store open).
const abandoned = tracked.filter((d) => d.scenario === 'abandon' && d.where === 'compartment');
advanceClock(28 * 24 * 3600_000);
for (const doc of abandoned) {
  try {
    await settle(doc.id, ['awaiting_return'], 60_000);
    stats.expired++;
    await collect(doc);
  } catch (error) {
    stats.flowErrors.push(`expiry of ${doc.reference}: ${(error as Error).message}`);
  }
}

// Every queued SMS gets its chance: step past any backoff until nothing waits (or a minute passes).
await waitFor(
  'the SMS queue drained',
  async () => {
    advanceClock(5 * 60_000);
    const { rows } = await truth.query<{ n: string }>(
      "select count(*) as n from sms_messages where status in ('queued', 'sending')",
    );
    return Number(rows[0]!.n) === 0;
  },
  60_000,
).catch(() => log('some SMS still wait after a minute (counted below)'));
await sleep(3000);

// ---- the checks ---------------------------------------------------------------------------------------------------

const finalStates = new Map(
  (
    await truth.query<DocRow>(
      `select d.id, d.state, c.number as compartment, d.box_id from documents d
       left join compartments c on c.id = d.compartment_id where d.reference like $1`,
      [`REL-${options.seed}-%`],
    )
  ).rows.map((row) => [row.id, row]),
);
const unknownStates = [
  'loading',
  'pickup_in_progress',
  'collecting_for_return',
  'needs_reconcile',
  'door_fault',
];
const accountedFor: Record<Whereabouts, string[]> = {
  office: ['registered', 'ready_for_transport', 'cancelled'],
  compartment: ['loaded', 'notified', 'awaiting_return'],
  citizen: ['picked_up'],
  loader: ['collected_for_return', 'returned'],
};
let lost = 0;
let unknown = 0;
const details: string[] = [];
for (const doc of tracked) {
  const row = finalStates.get(doc.id);
  if (row && unknownStates.includes(row.state)) {
    unknown++;
    details.push(
      `unknown: ${doc.reference} (${doc.scenario}) is ${row.state}, physically with the ${doc.where}`,
    );
    continue;
  }
  const fits =
    row &&
    accountedFor[doc.where].includes(row.state) &&
    (doc.where !== 'compartment' || (row.box_id === doc.box.id && row.compartment === doc.compartment));
  if (!fits) {
    lost++;
    details.push(
      `lost: ${doc.reference} (${doc.scenario}) is ${row?.state ?? 'missing'}, physically with the ${doc.where}`,
    );
  }
}

let doubleUnlocks = 0;
for (const box of boxes) {
  for (const frame of box.frames) {
    if (frame.phase.kind === 'idle' || !frame.phase.compartments.has(frame.compartment)) {
      doubleUnlocks++;
      details.push(
        `unexplained unlock frame: ${box.id} compartment ${frame.compartment} during ${frame.phase.kind} ${frame.phase.documentId ?? ''}`,
      );
    }
  }
  // One pickup flow, one door opening: more unlock frames for one document's pickup are double unlocks.
  const pickupFrames = new Map<string, number>();
  for (const frame of box.frames)
    if (frame.phase.kind === 'pickup' && frame.phase.compartments.has(frame.compartment))
      pickupFrames.set(frame.phase.documentId!, (pickupFrames.get(frame.phase.documentId!) ?? 0) + 1);
  for (const [documentId, count] of pickupFrames)
    if (count > 1) {
      doubleUnlocks += count - 1;
      details.push(`double unlock: document ${documentId} unlocked ${count} times for one pickup`);
    }
}
for (const doc of tracked) {
  for (const [code, count] of doc.opensByCode)
    if (count > 1) {
      doubleUnlocks += count - 1;
      details.push(`double open: ${doc.reference} granted ${count} opens for one code ${code.slice(0, 2)}…`);
    }
  if (doc.staleCodeAccepted) {
    doubleUnlocks++;
    details.push(`stale code opened ${doc.reference}`);
  }
}

const smsRows = (
  await truth.query<{ id: string; document_id: string | null; status: string; template: string }>(
    `select m.id, m.document_id, m.status, m.template from sms_messages m
     join documents d on d.id = m.document_id where d.reference like $1`,
    [`REL-${options.seed}-%`],
  )
).rows;
const handedByMessage = new Map<string, number>();
for (const m of gateway.handedOver)
  handedByMessage.set(m.foreignId, (handedByMessage.get(m.foreignId) ?? 0) + 1);
const lockedByMessage = new Map(gateway.reloadLocked.map((r) => [r.foreignId, r.firstForeignId]));
let smsLost = 0;
for (const m of smsRows) {
  const handed = handedByMessage.get(m.id) ?? 0;
  // A 402 reload lock for this very message means the gateway had handed it over before.
  const lockedOnItself = lockedByMessage.get(m.id) === m.id;
  if (handed === 0 && !lockedOnItself) {
    smsLost++;
    details.push(`sms lost: message ${m.id} (${m.template}) of document ${m.document_id} is ${m.status}`);
  }
}
const notifiedWithoutSms = (
  await truth.query<{ reference: string }>(
    `select d.reference from documents d where d.reference like $1 and d.notified_at is not null
     and not exists (select 1 from sms_messages m where m.document_id = d.id)`,
    [`REL-${options.seed}-%`],
  )
).rows;
smsLost += notifiedWithoutSms.length;
for (const row of notifiedWithoutSms) details.push(`sms lost: ${row.reference} was notified without an SMS`);
let smsTwice = 0;
for (const [id, count] of handedByMessage)
  if (count > 1) {
    smsTwice += count - 1;
    details.push(`sms sent twice: message ${id} handed to the network ${count} times`);
  }
for (const [foreignId, first] of lockedByMessage)
  if (foreignId !== first) {
    smsTwice++;
    details.push(
      `sms sent twice: message ${foreignId} repeats the text of ${first} (stopped by the reload lock)`,
    );
  }

const pickups = [...finalStates.values()].filter((row) => row.state === 'picked_up').length;
const harnessFailures: string[] = [];
if (pickups === 0) harnessFailures.push('no pickups happened');
if (faults.kills < options.kills)
  harnessFailures.push(`only ${faults.kills} of ${options.kills} hub kills happened`);
if (!faults.smsOutage) harnessFailures.push('the SMS outage did not happen');
if (!faults.pgRestart) harnessFailures.push('the PostgreSQL restart did not happen');
for (const error of stats.flowErrors) harnessFailures.push(`flow: ${error}`);
for (const crash of faults.crashes) harnessFailures.push(`crash: ${crash}`);

// What the hubs recorded for the documents that ended unaccounted for (their audit trail, oldest first).
const unaccounted = tracked.filter((doc) => details.some((line) => line.includes(`${doc.reference} (`)));
for (const doc of unaccounted.slice(0, 5)) {
  const { rows } = await truth.query<{ at: string; action: string; data: string }>(
    `select at, action, data from audit_log where entity_id = $1 or data like $2 order by seq`,
    [doc.id, `%${doc.id}%`],
  );
  details.push(
    `  trail of ${doc.reference}: ${rows.map((r) => `${r.at.slice(11, 19)} ${r.action} ${r.data.slice(0, 160)}`).join('\n      ')}`,
  );
}

console.log('');
for (const line of details.slice(0, 80)) console.log(`  ${line}`);
console.log(
  `  (documents ${tracked.length}; races ${stats.raceAttempts}, both racers granted ${stats.racesWithBothGranted}, ` +
    `racers refused ${stats.refusedRacers}; resends ${stats.resends}; withdrawals ${stats.withdrawals}; kiosk cancels ` +
    `${stats.cancelsAtKiosk}; cancelled before the box ${stats.cancelledBeforeBox}; expired ${stats.expired}; ` +
    `collected ${stats.collections}; kiosk sessions waited out ${stats.sessionsWaitedOut}; hub kills ${faults.kills}, hub starts ${hubs.reduce((n, h) => n + h.starts, 0)}; ` +
    `SMS: ${gateway.handedOver.length} handed over, ${gateway.refusedWhileDown} refused while down, ` +
    `${gateway.reloadLocked.length} reload-locked; PostgreSQL restart: ${options.pgRestart}; ` +
    `${((Date.now() - startedAt) / 1000).toFixed(0)} s)`,
);
for (const failure of harnessFailures) console.log(`  HARNESS: ${failure}`);
console.log(`hubs: ${hubs.length}`);
console.log(`pickups: ${pickups}`);
console.log(`double unlocks: ${doubleUnlocks}`);
console.log(`lost documents: ${lost}`);
console.log(`documents in an unknown state: ${unknown}`);
console.log(`sms lost: ${smsLost}`);
console.log(`sms sent twice: ${smsTwice}`);

await cleanup();
const failed = doubleUnlocks + lost + unknown + smsLost + smsTwice > 0 || harnessFailures.length > 0;
process.exit(failed ? 1 : 0);
