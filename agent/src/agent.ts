/**
 * One running box agent: lock driver, journal, door controller and the link to the hub, wired together. main.ts
 * builds it from a config file; the hub's demo builds one in-process around the simulated board.
 */
import type { AgentConfig } from './config.ts';
import { linkUrl } from './config.ts';
import { Controller } from './controller.ts';
import { createDriver } from './create-driver.ts';
import type { LockDriver } from './drivers/lock-driver.ts';
import { SimulatedDriver } from './drivers/simulated.ts';
import type { IdDocumentReader } from './readers/id-document-reader.ts';
import { SimulatedIdDocumentReader } from './readers/simulated-id-document-reader.ts';
import type { Camera } from './cameras/camera.ts';
import { SimulatedCamera } from './cameras/simulated-camera.ts';
import { Journal } from './journal.ts';
import { HubLink } from './link.ts';
import { createLogger, type AgentLogger, type LogLevel } from './logger.ts';
import { OfflineKioskServer } from './offline/kiosk-server.ts';
import { OfflinePickups } from './offline/offline-pickups.ts';

export interface AgentOptions {
  /** A driver built by the caller (the demo's simulated board); otherwise built from `config.driver`. */
  driver?: LockDriver;
  /** An old-document reader built by the caller; otherwise built from `config.reader`. */
  reader?: IdDocumentReader;
  /** A camera built by the caller; otherwise built from `config.camera`. */
  camera?: Camera;
  log?: AgentLogger;
  /** The clock for events (the demo's agents share the hub's clock); the system clock otherwise. */
  now?: () => Date;
}

export class Agent {
  readonly config: AgentConfig;
  readonly driver: LockDriver;
  readonly journal: Journal;
  readonly controller: Controller;
  readonly link: HubLink;
  readonly log: AgentLogger;
  /** Pickups while the hub is away (docs/offline.md). */
  readonly offline: OfflinePickups;
  #kioskServer: OfflineKioskServer | undefined;
  /** The port of the offline kiosk API, once listening. */
  kioskPort: number | undefined;
  /** Since when the link is down (ms, the agent's clock); null while connected. Down from the start. */
  #linkDownSince: number | null = Date.now();

  private constructor(
    config: AgentConfig,
    driver: LockDriver,
    log: AgentLogger,
    reader: IdDocumentReader | undefined,
    camera: Camera | undefined,
    now: (() => Date) | undefined,
  ) {
    this.config = config;
    this.driver = driver;
    this.log = log;
    this.journal = new Journal(config.dataDir);
    this.controller = new Controller({
      driver,
      journal: this.journal,
      door: config.door,
      log,
      ...(reader ? { reader } : {}),
      ...(camera ? { camera, boxId: config.boxId } : {}),
      ...(now ? { now } : {}),
    });
    this.offline = new OfflinePickups({
      journal: this.journal,
      log,
      // docs/offline.md: the agent decides alone only once the hub has surely noticed that the link is down.
      linkUp: () =>
        this.#linkDownSince === null || Date.now() - this.#linkDownSince < config.offline.graceSeconds * 1000,
      unlock: (commandId, compartment, captureEvidence) =>
        this.controller.unlockForOfflinePickup(commandId, compartment, captureEvidence),
      door: (compartment) => this.controller.doorOf(compartment),
      brakeFailures: config.offline.brakeFailures,
      brakeWindowMinutes: config.offline.brakeWindowMinutes,
      ...(now ? { now } : {}),
    });
    this.link = new HubLink(
      {
        url: linkUrl(config),
        secret: config.secret,
        ...config.link,
      },
      {
        onConnected: (send) => {
          this.#linkDownSince = null;
          this.controller.connected(send);
        },
        onMessage: (message) =>
          message.kind === 'offline_verifiers'
            ? this.offline.receive(message)
            : this.controller.receive(message),
        onDisconnected: () => {
          this.#linkDownSince = Date.now();
          this.controller.disconnected();
        },
      },
      log,
    );
  }

  /** Builds the agent, reads the board once (changes while it was down become events) and connects. */
  static async start(config: AgentConfig, options: AgentOptions = {}): Promise<Agent> {
    const log = options.log ?? createLogger(config.logLevel as LogLevel, { boxId: config.boxId });
    const driver = options.driver ?? createDriver(config.driver, log);
    const reader =
      options.reader ??
      (config.reader.kind === 'simulated' && driver instanceof SimulatedDriver
        ? new SimulatedIdDocumentReader(driver)
        : undefined);
    const camera = options.camera ?? (config.camera.kind === 'simulated' ? new SimulatedCamera() : undefined);
    const agent = new Agent(config, driver, log, reader, camera, options.now);
    try {
      await agent.controller.start();
    } catch (error) {
      agent.journal.close();
      throw error;
    }
    if (config.offline.kioskPort !== undefined) {
      agent.#kioskServer = new OfflineKioskServer(agent.offline, log);
      agent.kioskPort = await agent.#kioskServer.listen(config.offline.kioskHost, config.offline.kioskPort);
    }
    agent.link.start();
    log.info({ boxId: config.boxId, compartments: driver.compartments().length }, 'agent running');
    return agent;
  }

  async stop(): Promise<void> {
    await this.#kioskServer?.close();
    await this.link.stop();
    await this.controller.stop();
    await this.driver.close();
    this.journal.close();
  }
}
