/**
 * The demo's boxes as real box agents inside the hub process: for every box, the agent (journal, door controller,
 * link) around the simulated board, connected to the hub over a real WebSocket on the hub's own port with the
 * box's own secret, exactly as an agent beside a real box connects. The dev simulator routes act on the simulated
 * board; the agent notices like it notices hardware, by reading it.
 *
 * Each box's secret and journal live in `<dataDir>/agents/<boxId>/`. A secret the hub does not know (a fresh demo
 * database) means a new world: the agent's old journal is dropped and a new secret is issued.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  Agent,
  SimulatedActionError,
  SimulatedDriver,
  parseAgentConfig,
  type AgentLogger,
  type SimulatedOldDocument,
} from '@buergerpunkt/agent';
import type { de } from '@buergerpunkt/contracts';
import type { AppContext } from '../context.ts';
import type { BoxLinkHub } from '../modules/boxes/box-link-hub.ts';
import { issueAgentSecret, verifyAgentSecret } from '../modules/boxes/agent-secrets.ts';
import { listBoxIds } from '../modules/boxes/boxes-repository.ts';
import { layoutOfBox } from '../modules/boxes/box-layouts.ts';
import { AppError } from '../platform/errors.ts';
import { t } from '../platform/i18n.ts';
import { systemPrincipal } from '../platform/principal.ts';
import type { SimulatedBoxState, SimulatorAction } from './simulated-box.ts';
import { registerSimulatorTargets } from './simulated-boxes.ts';
import type { SimulatorTarget, SimulatorTargets } from './simulator-target.ts';

/** How long `settle` waits at most for the box and the hub to go quiet (a dev route never hangs on it). */
const settleLimitMs = 5_000;
/** How long the dev route's `connect` waits at most for the agent's link to come up. */
const connectLimitMs = 30_000;

class EmbeddedAgentBox implements SimulatorTarget {
  readonly boxId: string;
  readonly agent: Agent;
  readonly driver: SimulatedDriver;

  constructor(boxId: string, agent: Agent, driver: SimulatedDriver) {
    this.boxId = boxId;
    this.agent = agent;
    this.driver = driver;
  }

  get online(): boolean {
    return this.agent.link.state === 'connected';
  }

  state(): SimulatedBoxState {
    return {
      boxId: this.boxId,
      online: this.online,
      journal: this.agent.controller.journalSize(),
      executedCommands: this.agent.journal.countCommands(),
      compartments: this.driver.state(),
    };
  }

  act(number: number, action: SimulatorAction): void {
    this.#refusing(() => this.driver.act(number, action));
  }

  placeOldDocument(number: number, document: SimulatedOldDocument): void {
    this.#refusing(() => this.driver.placeOldDocument(number, document));
  }

  #refusing(work: () => void): void {
    try {
      work();
    } catch (error) {
      if (!(error instanceof SimulatedActionError)) throw error;
      if (error.reason === 'unknown_compartment') throw new AppError(404, 'compartment_not_found');
      const reason = error.reason as keyof typeof de.boxes.simulator;
      throw new AppError(409, 'simulator_action_invalid', { reason: t(`boxes.simulator.${reason}`) });
    }
  }

  /**
   * Waits for the link to be up rather than for a fixed time: on a busy machine the WebSocket handshake can
   * take longer than `settle` waits, and a dev route that answers "offline" after "connect" misleads.
   */
  async connect(): Promise<void> {
    this.agent.link.start();
    const deadline = Date.now() + connectLimitMs;
    while (!this.online && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
  }

  disconnect(): void {
    void this.agent.link.stop();
  }
}

export class EmbeddedAgents implements SimulatorTargets {
  readonly #ctx: AppContext;
  readonly #link: BoxLinkHub;
  readonly #hubUrl: string;
  readonly #boxes = new Map<string, EmbeddedAgentBox>();

  constructor(ctx: AppContext, link: BoxLinkHub, hubUrl: string) {
    this.#ctx = ctx;
    this.#link = link;
    this.#hubUrl = hubUrl;
  }

  get(boxId: string): EmbeddedAgentBox | undefined {
    return this.#boxes.get(boxId);
  }

  add(box: EmbeddedAgentBox): void {
    this.#boxes.set(box.boxId, box);
  }

  /** Starts the simulated board and agent of a box that has none yet (a box created while the demo runs). */
  async attach(boxId: string): Promise<EmbeddedAgentBox> {
    const running = this.#boxes.get(boxId);
    if (running) return running;
    const box = await startAgentForBox(this.#ctx, this.#hubUrl, boxId);
    this.add(box);
    return box;
  }

  /**
   * Quiet means: every agent has read its board and sent what it saw, every event is receipted, every command the
   * hub queued for a connected box is answered, and the hub has nothing left to process, twice in a row.
   */
  async settle(): Promise<void> {
    const deadline = Date.now() + settleLimitMs;
    let quietRounds = 0;
    while (quietRounds < 2 && Date.now() < deadline) {
      for (const box of this.#boxes.values()) box.agent.controller.pollSoon();
      await Promise.all([...this.#boxes.values()].map((box) => box.agent.controller.whenIdle()));
      await this.#link.whenIdle();
      quietRounds = (await this.#quiet()) ? quietRounds + 1 : 0;
      if (quietRounds < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  async #quiet(): Promise<boolean> {
    if (!this.#link.isIdle()) return false;
    for (const box of this.#boxes.values()) {
      if (!box.agent.controller.isIdle()) return false;
      const linkState = box.agent.link.state;
      if (linkState === 'stopped') continue; // taken off the network on purpose
      if (linkState !== 'connected' || !this.#link.isConnected(box.boxId)) return false;
      if (box.agent.controller.journalSize() > 0) return false;
      const outstanding = await this.#ctx.db
        .selectFrom('box_commands')
        .select('id')
        .where('box_id', '=', box.boxId)
        .where('status', 'in', ['pending', 'sent'])
        .limit(1)
        .executeTakeFirst();
      if (outstanding) return false;
    }
    return true;
  }

  async stop(): Promise<void> {
    await Promise.all([...this.#boxes.values()].map((box) => box.agent.stop()));
    this.#boxes.clear();
  }
}

/** The box's agent secret for the demo: the stored one while the hub still accepts it, else a new one. */
async function demoSecret(ctx: AppContext, boxId: string, dir: string): Promise<string> {
  const file = join(dir, 'secret');
  const stored = existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
  if (stored && (await verifyAgentSecret(ctx.db, boxId, stored))) return stored;
  // A database the agent never knew: start its journal afresh too.
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { secret } = await issueAgentSecret(ctx, boxId, systemPrincipal);
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function agentLogger(ctx: AppContext, boxId: string): AgentLogger {
  const log = ctx.log;
  return {
    debug: (obj, msg) => log.debug({ boxId, agent: true, ...obj }, msg),
    info: (obj, msg) => log.debug({ boxId, agent: true, ...obj }, msg),
    warn: (obj, msg) => log.warn({ boxId, agent: true, ...obj }, msg),
    error: (obj, msg) => log.error({ boxId, agent: true, ...obj }, msg),
  };
}

/**
 * Starts an agent with a simulated board for every box in the database, connected to the hub at `hubUrl`, and
 * waits until they are connected and quiet. The dev simulator routes drive them from then on.
 */
export async function startEmbeddedAgents(
  ctx: AppContext,
  link: BoxLinkHub,
  hubUrl: string,
): Promise<EmbeddedAgents> {
  const agents = new EmbeddedAgents(ctx, link, hubUrl);
  registerSimulatorTargets(ctx, agents);
  for (const boxId of await listBoxIds(ctx.db)) await agents.attach(boxId);
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && !(await listBoxIds(ctx.db)).every((id) => link.isConnected(id))) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await agents.settle();
  return agents;
}

/** Starts the agent with a simulated board for one box; its compartments are the box layout's. */
async function startAgentForBox(ctx: AppContext, hubUrl: string, boxId: string): Promise<EmbeddedAgentBox> {
  const dir = join(ctx.config.dataDir, 'agents', boxId);
  const secret = await demoSecret(ctx, boxId, dir);
  const layout = await layoutOfBox(ctx.db, boxId);
  const numbers = layout.columns.flatMap((column) => column.compartments.map((c) => c.number));
  const rows = new Map(
    (
      await ctx.db
        .selectFrom('compartments')
        .select(['number', 'status', 'door', 'sensor_occupied'])
        .where('box_id', '=', boxId)
        .execute()
    ).map((c) => [Number(c.number), c]),
  );
  // The board as the hub last knew it: what is inside stays inside across a demo restart.
  const driver = new SimulatedDriver(
    numbers
      .sort((a, b) => a - b)
      .map((number) => {
        const c = rows.get(number);
        return {
          number,
          doorOpen: c?.door === 'open',
          occupied: c?.sensor_occupied === 1 || (c?.sensor_occupied === null && c?.status === 'occupied'),
        };
      }),
  );
  const config = parseAgentConfig({
    mode: 'demo',
    boxId,
    hubUrl,
    secret,
    // The hub in this very process: whatever address it listens on, the traffic does not leave the machine.
    allowInsecureHub: true,
    dataDir: dir,
    driver: { kind: 'simulated', compartments: Math.max(1, ...numbers) },
    // The demo box's deposit compartment has the simulated old-document reader.
    reader: { kind: 'simulated' },
    // The demo's camera draws box, compartment and time into a real JPEG (evidence images, issue 9).
    camera: { kind: 'simulated' },
    door: {
      openTimeoutSeconds: Math.min(10, ctx.config.pickup.unlockTimeoutSeconds),
      leftOpenSeconds: ctx.config.pickup.doorOpenAlertSeconds,
      pollIntervalMs: 500,
    },
    link: {
      heartbeatIntervalMs: 10_000,
      heartbeatTimeoutMs: 5_000,
      reconnectMinMs: 200,
      reconnectMaxMs: 5_000,
    },
  });
  // On the hub's clock, so a demo on a test clock (`demo.fixedStart`) gets events from the same timeline.
  const agent = await Agent.start(config, {
    driver,
    log: agentLogger(ctx, boxId),
    now: () => ctx.clock.now(),
  });
  driver.onChange(() => agent.controller.pollSoon());
  return new EmbeddedAgentBox(boxId, agent, driver);
}
