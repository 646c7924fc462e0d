/**
 * The world of the agent's end-to-end tests: a real hub (SQLite, real HTTP port, box link with its timers, job
 * runner delivering SMS to the outbox, a clock that runs at real speed from a Tuesday morning), a Kerong CU16 bus
 * simulated at byte level behind a pty pair (two boards, compartments 1–16 and 17–24 like the demo box), a TCP proxy
 * that can cut the network, and the agent as a separate process (`node --import tsx agent/src/main.ts`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JobRunner } from '../../../server/src/jobs/job-runner.ts';
import { jobDefinitions } from '../../../server/src/jobs/job-definitions.ts';
import { BoxLinkHub } from '../../../server/src/modules/boxes/box-link-hub.ts';
import {
  demoBox,
  documentRow,
  registerTestDocument,
  seedTestHub,
  type SeededHub,
} from '../../../server/src/testing/fixtures.ts';
import { createTestHub } from '../../../server/src/testing/test-context.ts';
import { KerongCu16Simulator } from '../sim/kerong-cu16-simulator.ts';
import { createPtyPair, type PtyPair } from '../sim/pty-pair.ts';
import { TcpProxy } from '../testing/tcp-proxy.ts';
import { waitFor } from '../testing/wait-for.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const shiftedClock = './agent/src/e2e/shifted-clock.ts';

/** Door flows: a document in one of these is waiting for a door to open and close. */
export const doorFlowStates = ['loading', 'pickup_in_progress', 'collecting_for_return'];

export interface E2eHub {
  hub: SeededHub;
  /** How far the hub's clock is from the real one (the agent process is shifted by it too). */
  clockOffsetMs: number;
  link: BoxLinkHub;
  port: number;
  secret: string;
  close(): Promise<void>;
}

export interface HubSettings {
  unlockTimeoutSeconds?: number;
  doorOpenAlertSeconds?: number;
}

export async function startHub(settings: HubSettings = {}): Promise<E2eHub> {
  const hub = await seedTestHub(
    await createTestHub({
      config: {
        box: { linkHeartbeatSeconds: 1 },
        pickup: {
          unlockTimeoutSeconds: settings.unlockTimeoutSeconds ?? 20,
          doorOpenAlertSeconds: settings.doorOpenAlertSeconds ?? 600,
        },
      },
    }),
  );
  // The hub's clock runs at real speed from the test hub's Tuesday morning (the box is open; timeouts apply).
  let last = Date.now();
  const clockOffsetMs = hub.clock.now().getTime() - last;
  const ticker = setInterval(() => {
    const now = Date.now();
    hub.clock.advance(now - last);
    last = now;
  }, 10);
  const link = new BoxLinkHub(hub.ctx);
  const runner = new JobRunner(hub.ctx, jobDefinitions);
  hub.ctx.onBoxCommandsQueued = (boxId) => link.wake(boxId);
  hub.ctx.onJobsQueued = () => runner.wake();
  await hub.app.listen({ host: '127.0.0.1', port: 0 });
  const port = (hub.app.server.address() as { port: number }).port;
  link.start(200);
  runner.start();
  const issued = await hub.app.inject({
    method: 'POST',
    url: `/api/v1/boxes/${demoBox.id}/agent-secret`,
    headers: hub.staffHeaders.admin,
  });
  if (issued.statusCode !== 201) throw new Error(`issuing the agent secret failed: ${issued.body}`);
  return {
    hub,
    clockOffsetMs,
    link,
    port,
    secret: issued.json().secret as string,
    close: async () => {
      clearInterval(ticker);
      await runner.stop();
      await link.stop();
      await hub.close();
    },
  };
}

/** Two CU16 boards on one simulated RS-485 line: compartment n is board 0 lock n (1–16) or board 1 lock n−16. */
export interface KerongLine {
  sim: KerongCu16Simulator;
  pty: PtyPair;
  close(): Promise<void>;
}

export async function startKerongLine(): Promise<KerongLine> {
  const pty = await createPtyPair();
  const sim = new KerongCu16Simulator({ boards: [{ address: 0 }, { address: 1, locks: 8 }] });
  await sim.openSerial(pty.simulatorPath);
  return {
    sim,
    pty,
    close: async () => {
      await sim.close();
      await pty.close();
    },
  };
}

export function boardLock(compartment: number): [board: number, lock: number] {
  return compartment <= 16 ? [0, compartment] : [1, compartment - 16];
}

export interface AgentSettings {
  hubPort: number;
  secret: string;
  serialPath: string;
  dataDir: string;
  clockOffsetMs: number;
  openTimeoutSeconds?: number;
  leftOpenSeconds?: number;
}

/** The agent as its own process, as it runs beside a real box. */
export class AgentProcess {
  readonly #configFile: string;
  readonly #clockOffsetMs: number;
  #child: ChildProcess | undefined;
  #exited: Promise<void> = Promise.resolve();
  output = '';

  constructor(settings: AgentSettings) {
    this.#configFile = join(settings.dataDir, 'agent.json');
    this.#clockOffsetMs = settings.clockOffsetMs;
    writeFileSync(
      this.#configFile,
      JSON.stringify(
        {
          boxId: demoBox.id,
          hubUrl: `http://127.0.0.1:${settings.hubPort}`,
          secret: settings.secret,
          dataDir: settings.dataDir,
          logLevel: 'warn',
          driver: {
            kind: 'kerong-cu16',
            line: { type: 'serial', path: settings.serialPath },
            boards: [
              { address: 0, firstCompartment: 1, locks: 16 },
              { address: 1, firstCompartment: 17, locks: 8 },
            ],
            responseTimeoutMs: 150,
            unlockConfirmDelayMs: 30,
          },
          door: {
            openTimeoutSeconds: settings.openTimeoutSeconds ?? 10,
            leftOpenSeconds: settings.leftOpenSeconds ?? 120,
            pollIntervalMs: 60,
          },
          link: {
            heartbeatIntervalMs: 300,
            heartbeatTimeoutMs: 600,
            reconnectMinMs: 50,
            reconnectMaxMs: 400,
          },
        },
        null,
        2,
      ),
    );
  }

  get running(): boolean {
    return this.#child !== undefined;
  }

  start(): void {
    if (this.#child) throw new Error('agent already running');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--import', shiftedClock, 'agent/src/main.ts', '--config', this.#configFile],
      {
        cwd: repoRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, BP_E2E_CLOCK_OFFSET_MS: String(this.#clockOffsetMs) },
      },
    );
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-20_000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.#exited = new Promise((resolve) => child.once('exit', () => resolve()));
    this.#child = child;
  }

  /** SIGKILL: no cleanup, no goodbye, exactly like a power cut of the agent's computer (minus the disk). */
  async kill(): Promise<void> {
    const child = this.#child;
    if (!child) return;
    this.#child = undefined;
    child.kill('SIGKILL');
    await this.#exited;
  }

  async stop(): Promise<void> {
    const child = this.#child;
    if (!child) return;
    this.#child = undefined;
    child.kill('SIGTERM');
    await this.#exited;
  }
}

/** Everything one end-to-end scenario needs, torn down in reverse. */
export interface E2eWorld {
  hub: E2eHub;
  line: KerongLine;
  proxy: TcpProxy;
  agent: AgentProcess;
  dataDir: string;
  close(): Promise<void>;
}

export async function startWorld(
  options: HubSettings & { openTimeoutSeconds?: number; leftOpenSeconds?: number } = {},
): Promise<E2eWorld> {
  const hub = await startHub(options);
  const line = await startKerongLine();
  const proxy = await TcpProxy.start({ host: '127.0.0.1', port: hub.port });
  const dataDir = mkdtempSync(join(tmpdir(), 'bp-agent-e2e-'));
  const agent = new AgentProcess({
    hubPort: proxy.port,
    secret: hub.secret,
    serialPath: line.pty.driverPath,
    dataDir,
    clockOffsetMs: hub.clockOffsetMs,
    ...(options.openTimeoutSeconds ? { openTimeoutSeconds: options.openTimeoutSeconds } : {}),
    ...(options.leftOpenSeconds ? { leftOpenSeconds: options.leftOpenSeconds } : {}),
  });
  agent.start();
  const world: E2eWorld = {
    hub,
    line,
    proxy,
    agent,
    dataDir,
    close: async () => {
      await agent.stop();
      await proxy.close();
      await line.close();
      await hub.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  await waitFor('the agent connected', () => boxConnected(hub.hub), 30_000).catch((error: unknown) => {
    throw new Error(`${(error as Error).message}\n${agent.output}`);
  });
  return world;
}

/** The events the agent process has journaled and the hub not yet receipted (read from its journal file). */
export function journaledEvents(dataDir: string): { type: string; compartment?: number }[] {
  const db = new Database(join(dataDir, 'agent-journal.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare<[], { message: string }>('select message from journal order by seq')
      .all()
      .map((row) => JSON.parse(row.message) as { type: string; compartment?: number });
  } finally {
    db.close();
  }
}

export async function boxConnected(hub: SeededHub): Promise<boolean> {
  const box = await hub.ctx.db
    .selectFrom('boxes')
    .selectAll()
    .where('id', '=', demoBox.id)
    .executeTakeFirstOrThrow();
  return box.link_connected === 1;
}

/** Waits until the hub has heard that a compartment's door opened (a person reacts only to a door that is open). */
export async function doorOpenAtHub(hub: SeededHub, number: number): Promise<void> {
  await waitFor(`the hub heard door ${number} open`, async () => {
    const row = await hub.ctx.db
      .selectFrom('compartments')
      .select('door')
      .where('box_id', '=', demoBox.id)
      .where('number', '=', number)
      .executeTakeFirstOrThrow();
    return row.door === 'open';
  });
}

export async function documentState(hub: SeededHub, documentId: string): Promise<string> {
  return (await documentRow(hub, documentId)).state;
}

/** Waits until a document is out of its door flow (or in the given state) and returns its state. */
export async function settledState(hub: SeededHub, documentId: string, limitMs = 30_000): Promise<string> {
  return waitFor(
    `document ${documentId} out of its door flow`,
    async () => {
      const state = await documentState(hub, documentId);
      return doorFlowStates.includes(state) ? undefined : state;
    },
    limitMs,
  );
}

/** Registers a document and asks for its loading; returns the compartment the hub chose. */
export async function requestLoading(hub: SeededHub): Promise<{ documentId: string; number: number }> {
  const document = await registerTestDocument(hub);
  const response = await hub.app.inject({
    method: 'POST',
    url: '/api/v1/loading',
    headers: hub.staffHeaders.loader,
    payload: { documentId: document.id, boxId: demoBox.id },
  });
  if (response.statusCode !== 200) throw new Error(`loading refused: ${response.body}`);
  return { documentId: document.id, number: response.json().compartment.number as number };
}

/** The code of the newest SMS to a document, read where the citizen reads it: the delivered message (outbox). */
export async function codeFromOutbox(hub: SeededHub, documentId: string): Promise<string> {
  return waitFor(`the SMS for ${documentId} delivered`, async () => {
    const row = await hub.ctx.db
      .selectFrom('sms_messages as m')
      .leftJoin('demo_sms_inbox as i', 'i.idempotency_key', 'm.id')
      .select(['i.body', 'm.created_at'])
      .where('m.document_id', '=', documentId)
      .orderBy('m.created_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row?.body ? /(?<!\d)(\d{6})(?!\d)/.exec(row.body)?.[1] : undefined;
  });
}

/**
 * The citizen at the kiosk: phone and code from the SMS, date of birth, the PIN letter where the policy asks for
 * it, "open". Returns the kiosk's answer.
 */
export async function pickUpAtKiosk(hub: SeededHub, documentId: string) {
  const code = await codeFromOutbox(hub, documentId);
  const headers = hub.terminalHeaders;
  const started = await hub.app.inject({
    method: 'POST',
    url: '/api/v1/kiosk/pickups',
    headers,
    payload: { phone: '0151 23456789', code },
  });
  if (started.statusCode !== 201) throw new Error(`kiosk start refused: ${started.body}`);
  const pickupId = started.json().pickupId as string;
  const checked = await hub.app.inject({
    method: 'POST',
    url: `/api/v1/kiosk/pickups/${pickupId}/check`,
    headers,
    payload: { day: 12, month: 8, year: 1964 },
  });
  if (checked.statusCode !== 200) throw new Error(`kiosk check refused: ${checked.body}`);
  if (checked.json().pinLetterRequired) {
    // ID cards (the demo's city default policy): the holder confirms the PIN letter right before the door.
    const confirmed = await hub.app.inject({
      method: 'POST',
      url: `/api/v1/kiosk/pickups/${pickupId}/pin-letter`,
      headers,
      payload: { received: true },
    });
    if (confirmed.statusCode !== 200) throw new Error(`kiosk PIN letter refused: ${confirmed.body}`);
  }
  const opened = await hub.app.inject({
    method: 'POST',
    url: `/api/v1/kiosk/pickups/${pickupId}/open`,
    headers,
    payload: {},
  });
  return { pickupId, opened };
}

export async function openAlerts(hub: SeededHub, kind: string, documentId?: string) {
  let query = hub.ctx.db.selectFrom('alerts').selectAll().where('kind', '=', kind);
  if (documentId) query = query.where('document_id', '=', documentId);
  return query.execute();
}
