/**
 * The agent's door logic: carries out the hub's commands on the lock driver (each command id once, even across
 * restarts), watches every door and sensor by polling the board, and turns what it sees into protocol events.
 * Every event and result is written to the journal before it is sent. The hub decides what an event means for a
 * document (pickup complete, reconcile, tamper); the agent only reports faithfully what the hardware did.
 *
 * Door rules here: after an unlock the door must report open within `openTimeoutSeconds`, else the fault
 * `door_did_not_open`; a door open longer than `leftOpenSeconds` raises `door_left_open` once per opening; a close
 * is reported with the occupancy read with it; a door that opens without a command and an occupancy flip behind a
 * closed door are reported like any other change (the hub raises the tamper alarm).
 */
import { randomUUID } from 'node:crypto';
import type {
  AgentToHubMessage,
  BoxCommand,
  BoxEvent,
  CommandResult,
  CompartmentStatus,
  HubToAgentMessage,
} from '@buergerpunkt/contracts';
import { maxEvidenceImageBytes, type EvidenceImageMessage } from '@buergerpunkt/contracts';
import type { Camera } from './cameras/camera.ts';
import type { CompartmentReading, LockDriver } from './drivers/lock-driver.ts';
import { IdDocumentReadError, type IdDocumentReader } from './readers/id-document-reader.ts';
import type { DoorRecord, Journal } from './journal.ts';
import type { AgentLogger } from './logger.ts';

export interface DoorSettings {
  openTimeoutSeconds: number;
  leftOpenSeconds: number;
  pollIntervalMs: number;
}

export interface ControllerOptions {
  driver: LockDriver;
  journal: Journal;
  door: DoorSettings;
  log: AgentLogger;
  /** The old-document reader at the deposit compartment; without one, `read_old_document` fails `no_reader`. */
  reader?: IdDocumentReader;
  /** The camera that takes the evidence image when a door opens for an unlock with `captureEvidence`. */
  camera?: Camera;
  /** The box's id, drawn into a simulated camera's picture. */
  boxId?: string;
  now?: () => Date;
  newId?: () => string;
}

type Send = (message: AgentToHubMessage) => void;
type EventBody = DistributiveOmit<BoxEvent, 'kind' | 'eventId' | 'at'>;

/** Faults the agent reports as events (the hub turns them into door faults and alarms). */
export const agentFaults = {
  doorDidNotOpen: 'door_did_not_open',
  doorLeftOpen: 'door_left_open',
  /** A command was interrupted (crash, power cut) between its record and its result: never carried out again. */
  unlockInterrupted: 'unlock_interrupted',
  boardOffline: 'board_offline',
  /** An unlock asked for an evidence image, but this box has no camera configured (box-level fault). */
  cameraMissing: 'camera_missing',
  /** The camera failed, or its image was too large for the link: the pickup went on without one (box-level). */
  evidenceImageFailed: 'evidence_image_failed',
  /** A pickup's unlock (`requireOccupied`) found the compartment empty: not unlocked (chain of custody). */
  compartmentEmpty: 'compartment_empty',
} as const;

export class Controller {
  readonly #driver: LockDriver;
  readonly #journal: Journal;
  readonly #door: DoorSettings;
  readonly #log: AgentLogger;
  readonly #reader: IdDocumentReader | undefined;
  readonly #camera: Camera | undefined;
  readonly #boxId: string;
  readonly #now: () => Date;
  readonly #newId: () => string;
  readonly #doors = new Map<number, DoorRecord>();
  readonly #offlineBoards = new Set<string>();
  #send: Send | undefined;
  #queue: Promise<void> = Promise.resolve();
  #pending = 0;
  #timer: NodeJS.Timeout | undefined;
  #pollQueued = false;
  #stopped = false;

  constructor(options: ControllerOptions) {
    this.#driver = options.driver;
    this.#journal = options.journal;
    this.#door = options.door;
    this.#log = options.log;
    this.#reader = options.reader;
    this.#camera = options.camera;
    this.#boxId = options.boxId ?? 'box';
    this.#now = options.now ?? (() => new Date());
    this.#newId = options.newId ?? randomUUID;
    for (const record of this.#journal.doors()) this.#doors.set(record.compartment, record);
  }

  /** Reads the board once (what changed while the agent was down becomes events) and starts polling. */
  async start(): Promise<void> {
    await this.#driver.start();
    await this.#serial(() => this.#poll());
    this.#schedulePoll();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await this.whenIdle();
  }

  /** Polls at once (the simulated board calls this after a person's action). */
  pollSoon(): void {
    if (this.#pollQueued || this.#stopped) return;
    this.#pollQueued = true;
    void this.#serial(async () => {
      this.#pollQueued = false;
      await this.#poll();
    });
  }

  async whenIdle(): Promise<void> {
    while (this.#pending > 0) await this.#queue;
  }

  isIdle(): boolean {
    return this.#pending === 0;
  }

  /** Events not yet receipted by the hub. */
  journalSize(): number {
    return this.#journal.pendingCount();
  }

  /**
   * A connection to the hub is up: the journal goes out first (oldest first), then commands are answered (they
   * arrive after this call and queue behind it).
   */
  connected(send: Send): void {
    this.#send = send;
    for (const event of this.#journal.pendingEvents()) send(event);
  }

  disconnected(): void {
    this.#send = undefined;
  }

  /**
   * An unlock the agent decided itself (an offline pickup, docs/offline.md): carried out exactly like a hub's pickup
   * unlock (journaled first, sensor read right before the pulse, evidence image as asked), once per id.
   */
  async unlockForOfflinePickup(
    commandId: string,
    compartment: number,
    captureEvidence: boolean,
  ): Promise<CommandResult | null> {
    await this.#serial(() =>
      this.#handleCommand({
        kind: 'command',
        commandId,
        type: 'unlock',
        compartment,
        requireOccupied: true,
        ...(captureEvidence ? { captureEvidence: true } : {}),
      }),
    );
    return this.#journal.findCommand(commandId)?.result ?? null;
  }

  /** The last known state of a door (the offline kiosk shows it while the citizen takes the document). */
  doorOf(compartment: number): DoorRecord | undefined {
    return this.#doors.get(compartment);
  }

  /** One message from the hub, already checked against the protocol schema. */
  receive(message: HubToAgentMessage): void {
    if (message.kind === 'offline_verifiers') return; // the agent hands these to its offline pickups
    if (message.kind === 'event_receipt') {
      this.#journal.receipted(message.eventId);
      return;
    }
    void this.#serial(() => this.#handleCommand(message));
  }

  #serial(task: () => Promise<void>): Promise<void> {
    this.#pending++;
    const run = this.#queue.then(task).catch((error: unknown) => {
      this.#log.error({ err: error }, 'agent task failed');
    });
    this.#queue = run.finally(() => this.#pending--);
    return this.#queue;
  }

  #schedulePoll(): void {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => {
      void this.#serial(() => this.#poll()).finally(() => this.#schedulePoll());
    }, this.#door.pollIntervalMs);
    this.#timer.unref?.();
  }

  #transmit(message: AgentToHubMessage): void {
    try {
      this.#send?.(message);
    } catch (error) {
      // The journal keeps events; a lost ack is answered again when the hub resends the command.
      this.#log.warn({ err: error }, 'sending to the hub failed');
    }
  }

  #event(body: EventBody): BoxEvent {
    return { kind: 'event', eventId: this.#newId(), at: this.#now().toISOString(), ...body } as BoxEvent;
  }

  #record(compartment: number): DoorRecord {
    return (
      this.#doors.get(compartment) ?? {
        compartment,
        door: 'unknown',
        occupied: null,
        openedAt: null,
        leftOpenAlarmed: false,
        unlockDeadline: null,
        unlockCommandId: null,
      }
    );
  }

  /** Journals a step (door records, events, a result) in one transaction, then sends what it produced. */
  #commit(doors: DoorRecord[], events: BoxEvent[], result?: CommandResult): void {
    if (doors.length === 0 && events.length === 0 && !result) return;
    this.#journal.record({ doors, events, ...(result ? { result } : {}) });
    for (const door of doors) this.#doors.set(door.compartment, door);
    for (const event of events) this.#transmit(event);
    if (result) this.#transmit(result);
    for (const event of events) if (event.type === 'door_opened') this.#doorOpened(event.compartment);
  }

  // --- evidence images ----------------------------------------------------------------------------------------

  /** Remembered on disk before the lock is pulsed, so an image is taken even if the door opens after a restart. */
  #requestEvidence(commandId: string, compartment: number): void {
    if (!this.#camera) {
      this.#log.warn({ commandId, compartment }, 'evidence image asked for, but this box has no camera');
      this.#commit([], [this.#event({ type: 'fault', fault: agentFaults.cameraMissing })]);
      return;
    }
    this.#journal.requestEvidence(commandId, compartment, this.#now());
  }

  /**
   * A door opened: if an unlock for it asked for an evidence image (within the open timeout and a margin), the
   * image is taken next — queued right behind the step that saw the door open.
   */
  #doorOpened(compartment: number): void {
    if (!this.#camera) return;
    const notBefore = new Date(this.#now().getTime() - (this.#door.openTimeoutSeconds + 30) * 1000);
    const commandId = this.#journal.claimEvidenceRequest(compartment, notBefore);
    if (commandId) void this.#serial(() => this.#captureEvidence(commandId, compartment));
  }

  async #captureEvidence(commandId: string, compartment: number): Promise<void> {
    const at = this.#now();
    let bytes: Uint8Array;
    try {
      const image = await this.#camera!.capture({ boxId: this.#boxId, compartment, at });
      bytes = image.bytes;
    } catch (error) {
      this.#journal.evidenceFailed(commandId);
      this.#log.error({ err: error, commandId, compartment }, 'evidence image could not be taken');
      this.#commit([], [this.#event({ type: 'fault', fault: agentFaults.evidenceImageFailed })]);
      return;
    }
    if (bytes.length > maxEvidenceImageBytes) {
      this.#journal.evidenceFailed(commandId);
      this.#log.error(
        { commandId, compartment, bytes: bytes.length, max: maxEvidenceImageBytes },
        'evidence image too large for the link: not sent (configure the camera for smaller images)',
      );
      this.#commit([], [this.#event({ type: 'fault', fault: agentFaults.evidenceImageFailed })]);
      return;
    }
    const message: EvidenceImageMessage = {
      kind: 'evidence_image',
      eventId: this.#newId(),
      commandId,
      compartment,
      at: at.toISOString(),
      contentType: 'image/jpeg',
      data: Buffer.from(bytes).toString('base64'),
    };
    this.#journal.evidenceTaken(commandId, message);
    this.#log.info({ commandId, compartment, bytes: bytes.length }, 'evidence image taken');
    this.#transmit(message);
  }

  async #handleCommand(command: BoxCommand): Promise<void> {
    const known = this.#journal.findCommand(command.commandId);
    if (command.type === 'read_status') {
      // A read is safe to repeat, and a stored answer to a resent one would be stale: read again.
      if (!known) this.#journal.startCommand(command.commandId, command.type, null);
      const readings = await this.#driver.readAll();
      const { doors, events } = this.#observe(readings);
      this.#commit(doors, events, {
        kind: 'ack',
        commandId: command.commandId,
        ok: true,
        statuses: readings.map(toStatus),
      });
      return;
    }
    if (command.type === 'read_old_document') {
      // A read is safe to repeat, and the number read is never kept on disk: a resend is read again.
      if (!known) this.#journal.startCommand(command.commandId, command.type, command.compartment);
      const ack = await this.#readOldDocument(command);
      const { oldDocument: _read, ...withoutNumber } = ack;
      this.#journal.record({ result: withoutNumber });
      this.#transmit(ack);
      return;
    }
    if (known?.state === 'done' && known.result) {
      this.#transmit(known.result); // a resend: answer again, never act again
      return;
    }
    if (known) {
      await this.#reportInterrupted(command);
      return;
    }
    this.#journal.startCommand(command.commandId, command.type, command.compartment);
    if (command.requireOccupied && (await this.#refuseEmpty(command))) return;
    if (command.captureEvidence) this.#requestEvidence(command.commandId, command.compartment);
    await this.#unlock(command);
  }

  /**
   * Chain of custody: a pickup's unlock reads the sensor right before the pulse. Read empty, the lock is not pulsed
   * and the hub hears `compartment_empty` (it gives the citizen's code back and calls staff). No reading (no
   * sensor configured, e.g. a relay board without inputs, or a silent board) does not refuse: the unlock goes on
   * and the hub sends the close to staff (`no_sensor`), as without this check.
   */
  async #refuseEmpty(command: Extract<BoxCommand, { type: 'unlock' }>): Promise<boolean> {
    const readings = await this.#driver.readAll();
    const reading = readings.find((r) => r.compartment === command.compartment);
    if (!reading || reading.door === 'unknown' || reading.occupied !== false) return false;
    const { doors, events } = this.#observe(readings);
    this.#log.warn(
      { commandId: command.commandId, compartment: command.compartment },
      'unlock for a pickup refused: the compartment reads empty',
    );
    this.#commit(doors, events, {
      kind: 'ack',
      commandId: command.commandId,
      ok: false,
      fault: agentFaults.compartmentEmpty,
    });
    return true;
  }

  async #readOldDocument(
    command: Extract<BoxCommand, { type: 'read_old_document' }>,
  ): Promise<CommandResult> {
    const answer = (extra: Partial<CommandResult>): CommandResult => ({
      kind: 'ack',
      commandId: command.commandId,
      ok: !extra.fault,
      ...extra,
    });
    if (!this.#reader) return answer({ fault: 'no_reader' });
    try {
      const reading = await this.#reader.read(command.compartment, { holderName: command.expectedHolder });
      this.#log.info({ commandId: command.commandId, compartment: command.compartment }, 'old document read');
      return answer({
        oldDocument: { documentNumber: reading.documentNumber, holderMatches: reading.holderMatches },
      });
    } catch (error) {
      const fault = error instanceof IdDocumentReadError ? error.reason : 'reader_fault';
      this.#log.warn({ commandId: command.commandId, fault }, 'old document not read');
      return answer({ fault });
    }
  }

  async #unlock(command: Extract<BoxCommand, { type: 'unlock' }>): Promise<void> {
    const outcome = await this.#driver.unlock(command.compartment);
    const ack: CommandResult = outcome.ok
      ? { kind: 'ack', commandId: command.commandId, ok: true }
      : { kind: 'ack', commandId: command.commandId, ok: false, fault: outcome.fault };
    if (!outcome.ok && outcome.fault === 'unknown_compartment') {
      this.#commit([], [], ack);
      return;
    }
    const doors: DoorRecord[] = [];
    const events: BoxEvent[] = [];
    const record = this.#record(command.compartment);
    const waiting: DoorRecord = outcome.ok
      ? {
          ...record,
          unlockDeadline: new Date(
            this.#now().getTime() + this.#door.openTimeoutSeconds * 1000,
          ).toISOString(),
          unlockCommandId: command.commandId,
        }
      : record;
    if (outcome.reading) {
      const seen = this.#observeOne(waiting, outcome.reading);
      doors.push(seen.record);
      events.push(...seen.events);
    } else if (waiting !== record) {
      doors.push(waiting);
    }
    this.#log.info(
      { commandId: command.commandId, compartment: command.compartment, ok: outcome.ok },
      'unlock carried out',
    );
    this.#commit(doors, events, ack);
  }

  /**
   * A command recorded as started but never finished: the process died between the record and the result. The
   * lock may or may not have been pulsed, so it is never pulsed again; the door tells what happened.
   */
  async #reportInterrupted(command: Extract<BoxCommand, { type: 'unlock' }>): Promise<void> {
    const readings = await this.#driver.readAll();
    const { doors, events } = this.#observe(readings);
    const reading = readings.find((r) => r.compartment === command.compartment);
    const result: CommandResult =
      reading?.door === 'open'
        ? { kind: 'ack', commandId: command.commandId, ok: true }
        : { kind: 'ack', commandId: command.commandId, ok: false, fault: agentFaults.unlockInterrupted };
    this.#log.warn({ commandId: command.commandId }, 'command interrupted earlier: reported, not repeated');
    this.#commit(doors, events, result);
  }

  async #poll(): Promise<void> {
    if (this.#stopped) return;
    const readings = await this.#driver.readAll();
    const { doors, events } = this.#observe(readings);
    events.push(...this.#boardFaults());
    this.#commit(doors, events);
  }

  /** Compares readings with the last known state: the changed records and the events they mean. */
  #observe(readings: readonly CompartmentReading[]): { doors: DoorRecord[]; events: BoxEvent[] } {
    const doors: DoorRecord[] = [];
    const events: BoxEvent[] = [];
    for (const reading of readings) {
      const before = this.#record(reading.compartment);
      const seen = this.#observeOne(before, reading);
      if (seen.record !== before || !this.#doors.has(reading.compartment)) doors.push(seen.record);
      events.push(...seen.events);
    }
    return { doors, events };
  }

  #observeOne(before: DoorRecord, reading: CompartmentReading): { record: DoorRecord; events: BoxEvent[] } {
    const now = this.#now();
    const compartment = reading.compartment;
    const events: BoxEvent[] = [];
    let record = before;
    const change = (patch: Partial<DoorRecord>) => (record = { ...record, ...patch });

    if (reading.door === 'open' && before.door !== 'open') {
      events.push(this.#event({ type: 'door_opened', compartment }));
      change({
        door: 'open',
        openedAt: now.toISOString(),
        leftOpenAlarmed: false,
        unlockDeadline: null,
        unlockCommandId: null,
      });
    } else if (reading.door === 'closed' && before.door === 'open') {
      // The occupancy read with the close is what the hub decides the pickup or the loading by.
      events.push(this.#event({ type: 'door_closed', compartment, occupied: reading.occupied }));
      change({ door: 'closed', openedAt: null, leftOpenAlarmed: false });
    } else if (reading.door === 'closed' && before.door === 'unknown') {
      change({ door: 'closed' }); // first reading: nothing to report
    } else if (
      reading.occupied !== null &&
      before.occupied !== null &&
      reading.occupied !== before.occupied &&
      reading.door !== 'unknown'
    ) {
      events.push(this.#event({ type: 'occupancy_changed', compartment, occupied: reading.occupied }));
    }
    // A silent board says nothing about the sensor: keep the last known occupancy.
    if (reading.door !== 'unknown' && reading.occupied !== record.occupied)
      change({ occupied: reading.occupied });

    if (record.unlockDeadline && record.door !== 'open' && now.toISOString() >= record.unlockDeadline) {
      events.push(this.#event({ type: 'fault', compartment, fault: agentFaults.doorDidNotOpen }));
      change({ unlockDeadline: null, unlockCommandId: null });
    }
    if (
      record.door === 'open' &&
      record.openedAt &&
      !record.leftOpenAlarmed &&
      now.getTime() - new Date(record.openedAt).getTime() >= this.#door.leftOpenSeconds * 1000
    ) {
      events.push(this.#event({ type: 'fault', compartment, fault: agentFaults.doorLeftOpen }));
      change({ leftOpenAlarmed: true });
    }
    return { record, events };
  }

  /** One `board_offline` fault when a board stops answering (again after it answered in between). */
  #boardFaults(): BoxEvent[] {
    const events: BoxEvent[] = [];
    for (const board of this.#driver.health().boards) {
      if (board.online) {
        if (this.#offlineBoards.delete(board.board))
          this.#log.info({ board: board.board }, 'board answers again');
        continue;
      }
      if (this.#offlineBoards.has(board.board)) continue;
      this.#offlineBoards.add(board.board);
      this.#log.warn({ board: board.board, error: board.lastError }, 'board not answering');
      events.push(
        this.#event({ type: 'fault', fault: `${agentFaults.boardOffline}:${board.board}`.slice(0, 64) }),
      );
    }
    return events;
  }
}

function toStatus(reading: CompartmentReading): CompartmentStatus {
  return { compartment: reading.compartment, door: reading.door, occupied: reading.occupied };
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
