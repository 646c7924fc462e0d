/**
 * A box agent simulated inside the hub process (demo and tests). It speaks the real protocol: every message in
 * either direction is serialised to JSON, parsed and checked against the contracts schemas, exactly as over the
 * agent's WebSocket. Like a real agent it carries out a command id once (a resend gets the stored ack), journals its
 * events until the hub receipts them and sends the journal again after a reconnect.
 *
 * People's actions are methods (take, place, close, open by force) and so are the failures worth testing
 * (jammed lock, no sensor, offline, lost journal after a power cut).
 */
import {
  HubToAgentMessageSchema,
  type AgentToHubMessage,
  type BoxCommand,
  type BoxEvent,
  type CommandResult,
  type CompartmentStatus,
  type HubToAgentMessage,
  de,
} from '@buergerpunkt/contracts';
import { simulatedOldDocumentNumber, type SimulatedOldDocument } from '@buergerpunkt/agent';
import { Value } from 'typebox/value';
import type { BoxAttachment, BoxLinkHub } from '../modules/boxes/box-link-hub.ts';
import type { Clock } from '../platform/clock.ts';
import { AppError } from '../platform/errors.ts';
import { t } from '../platform/i18n.ts';
import type { IdGenerator } from '../platform/ids.ts';

export interface SimulatedCompartmentInit {
  number: number;
  occupied?: boolean;
  doorOpen?: boolean;
  hasSensor?: boolean;
}

interface SimulatedCompartment {
  number: number;
  door: 'open' | 'closed';
  occupied: boolean;
  hasSensor: boolean;
  jamNextUnlock: boolean;
}

export interface SimulatedCompartmentState {
  number: number;
  door: 'open' | 'closed';
  occupied: boolean;
  hasSensor: boolean;
  jamNextUnlock: boolean;
}

export interface SimulatedBoxState {
  boxId: string;
  online: boolean;
  /** Events not yet receipted by the hub. */
  journal: number;
  /** How many commands the box has carried out (a resent command is not counted again). */
  executedCommands: number;
  compartments: SimulatedCompartmentState[];
}

export type SimulatorAction =
  'take' | 'place' | 'close' | 'open_by_force' | 'jam_next_unlock' | 'sensor_off' | 'sensor_on';

export interface SimulatedBoxOptions {
  boxId: string;
  compartments: SimulatedCompartmentInit[];
  link: BoxLinkHub;
  clock: Clock;
  ids: IdGenerator;
  log?: { warn(obj: object, msg?: string): void };
}

/** How many handled command ids the box remembers (a real agent keeps them on disk). */
const rememberedCommands = 10_000;

function invalid(reason: keyof typeof de.boxes.simulator): AppError {
  return new AppError(409, 'simulator_action_invalid', { reason: t(`boxes.simulator.${reason}`) });
}

export class SimulatedBox {
  readonly boxId: string;
  readonly #link: BoxLinkHub;
  readonly #clock: Clock;
  readonly #ids: IdGenerator;
  readonly #log: SimulatedBoxOptions['log'];
  readonly #compartments = new Map<number, SimulatedCompartment>();
  readonly #journal = new Map<string, BoxEvent>();
  readonly #handled = new Map<string, CommandResult>();
  readonly #executed: string[] = [];
  /** Old documents laid into compartments, with details for the simulated reader. */
  readonly #items = new Map<number, SimulatedOldDocument>();
  #readerAttached = true;
  #attachment: BoxAttachment | undefined;
  #inFlight = 0;

  constructor(options: SimulatedBoxOptions) {
    this.boxId = options.boxId;
    this.#link = options.link;
    this.#clock = options.clock;
    this.#ids = options.ids;
    this.#log = options.log;
    for (const c of options.compartments) {
      this.#compartments.set(c.number, {
        number: c.number,
        door: c.doorOpen ? 'open' : 'closed',
        occupied: c.occupied ?? false,
        hasSensor: c.hasSensor ?? true,
        jamNextUnlock: false,
      });
    }
  }

  get online(): boolean {
    return this.#attachment !== undefined;
  }

  /** Connects to the hub and sends the journal again (events the hub has not receipted). */
  connect(): void {
    if (this.#attachment) return;
    let attachment: BoxAttachment | undefined = undefined;
    attachment = this.#link.attach(this.boxId, {
      send: (message) => this.#fromHub(attachment, JSON.stringify(message)),
      close: () => {
        if (this.#attachment === attachment) this.#attachment = undefined;
      },
    });
    this.#attachment = attachment;
    for (const event of this.#journal.values()) this.#toHub(event);
  }

  /** The network is gone: nothing reaches the hub, events wait in the journal. */
  disconnect(): void {
    const attachment = this.#attachment;
    this.#attachment = undefined;
    attachment?.detach();
  }

  /** A power cut that also loses the journal (a real agent keeps it on disk; this shows the worst case). */
  loseJournal(): void {
    this.#journal.clear();
  }

  isIdle(): boolean {
    return this.#inFlight === 0;
  }

  /** Ids of the commands the box carried out, in order; a resend that was recognised does not appear twice. */
  executedCommandIds(): readonly string[] {
    return this.#executed;
  }

  state(): SimulatedBoxState {
    return {
      boxId: this.boxId,
      online: this.online,
      journal: this.#journal.size,
      executedCommands: this.#executed.length,
      compartments: [...this.#compartments.values()]
        .sort((a, b) => a.number - b.number)
        .map((c) => ({ ...c })),
    };
  }

  compartment(number: number): SimulatedCompartmentState {
    return { ...this.#get(number) };
  }

  act(number: number, action: SimulatorAction): void {
    switch (action) {
      case 'take':
        return this.take(number);
      case 'place':
        return this.place(number);
      case 'close':
        return this.close(number);
      case 'open_by_force':
        return this.openByForce(number);
      case 'jam_next_unlock':
        return this.jamNextUnlock(number);
      case 'sensor_off':
        return this.setSensor(number, false);
      case 'sensor_on':
        return this.setSensor(number, true);
    }
  }

  /** A person lays an old identity document (details for the simulated reader) into the open compartment. */
  placeOldDocument(number: number, document: SimulatedOldDocument): void {
    this.place(number);
    this.#items.set(number, { ...document });
  }

  /** Without a reader the box answers `read_old_document` with the fault `no_reader`. */
  setReaderAttached(attached: boolean): void {
    this.#readerAttached = attached;
  }

  /** A person takes what is in the open compartment. */
  take(number: number): void {
    const c = this.#get(number);
    if (c.door !== 'open') throw invalid('door_closed');
    if (!c.occupied) throw invalid('compartment_empty');
    c.occupied = false;
    this.#items.delete(number);
    if (c.hasSensor) this.#emit({ type: 'occupancy_changed', compartment: number, occupied: false });
  }

  /** A person puts a document into the open compartment. */
  place(number: number): void {
    const c = this.#get(number);
    if (c.door !== 'open') throw invalid('door_closed');
    if (c.occupied) throw invalid('compartment_full');
    c.occupied = true;
    if (c.hasSensor) this.#emit({ type: 'occupancy_changed', compartment: number, occupied: true });
  }

  /** A person closes the door; the lock latches and the sensor is read. */
  close(number: number): void {
    const c = this.#get(number);
    if (c.door !== 'open') throw invalid('door_already_closed');
    c.door = 'closed';
    this.#emit({
      type: 'door_closed',
      compartment: number,
      occupied: c.hasSensor ? c.occupied : null,
    });
  }

  /** The door is opened without an unlock (pried open, or a service key). */
  openByForce(number: number): void {
    const c = this.#get(number);
    if (c.door !== 'closed') throw invalid('door_already_open');
    c.door = 'open';
    this.#emit({ type: 'door_opened', compartment: number });
  }

  /** The next unlock of this compartment fails (the lock is jammed). */
  jamNextUnlock(number: number): void {
    this.#get(number).jamNextUnlock = true;
  }

  setSensor(number: number, present: boolean): void {
    this.#get(number).hasSensor = present;
  }

  #get(number: number): SimulatedCompartment {
    const c = this.#compartments.get(number);
    if (!c) throw new AppError(404, 'compartment_not_found');
    return c;
  }

  #emit(body: DistributiveOmit<BoxEvent, 'kind' | 'eventId' | 'at'>): void {
    const event = {
      kind: 'event',
      eventId: this.#ids.newId(),
      at: this.#clock.now().toISOString(),
      ...body,
    } as BoxEvent;
    this.#journal.set(event.eventId, event);
    this.#toHub(event);
  }

  /** Delivery is asynchronous like a network: neither side runs inside the other's call. */
  #deliver(work: () => void): void {
    this.#inFlight++;
    queueMicrotask(() => {
      try {
        work();
      } finally {
        this.#inFlight--;
      }
    });
  }

  #toHub(message: AgentToHubMessage): void {
    const attachment = this.#attachment;
    if (!attachment) return;
    const json = JSON.stringify(message);
    this.#deliver(() => attachment.receive(json));
  }

  #fromHub(via: BoxAttachment | undefined, json: string): void {
    this.#deliver(() => {
      if (!via || via !== this.#attachment) return; // arrived after the connection dropped
      let message: unknown;
      try {
        message = JSON.parse(json);
      } catch {
        message = undefined;
      }
      if (!Value.Check(HubToAgentMessageSchema, message)) {
        this.#log?.warn({ boxId: this.boxId }, 'simulated box dropped an invalid hub message');
        return;
      }
      this.#onHubMessage(message as HubToAgentMessage);
    });
  }

  #onHubMessage(message: HubToAgentMessage): void {
    // The in-process simulated box does not hand out documents offline (docs/offline.md).
    if (message.kind === 'offline_verifiers') return;
    if (message.kind === 'event_receipt') {
      this.#journal.delete(message.eventId);
      return;
    }
    const previous = this.#handled.get(message.commandId);
    if (previous) {
      this.#toHub(previous); // a resend: answer again, do not act again
      return;
    }
    const ack = this.#execute(message);
    this.#handled.set(message.commandId, ack);
    if (this.#handled.size > rememberedCommands) {
      this.#handled.delete(this.#handled.keys().next().value!);
    }
    this.#executed.push(message.commandId);
    this.#toHub(ack);
  }

  #execute(command: BoxCommand): CommandResult {
    const ack = (ok: boolean, extra: Partial<CommandResult> = {}): CommandResult => ({
      kind: 'ack',
      commandId: command.commandId,
      ok,
      ...extra,
    });
    if (command.type === 'read_status') return ack(true, { statuses: this.#statuses() });
    if (command.type === 'read_old_document') return this.#readOldDocument(command.compartment, ack);
    const c = this.#compartments.get(command.compartment);
    if (!c) return ack(false, { fault: 'unknown_compartment' });
    // Like the agent: a pickup's unlock reads the sensor first and refuses an empty compartment.
    if (command.requireOccupied && c.hasSensor && !c.occupied)
      return ack(false, { fault: 'compartment_empty' });
    if (c.jamNextUnlock) {
      c.jamNextUnlock = false;
      return ack(false, { fault: 'lock_jammed' });
    }
    if (c.door === 'closed') {
      c.door = 'open';
      this.#emit({ type: 'door_opened', compartment: c.number });
    }
    return ack(true);
  }

  /** The simulated reader: what lies in the compartment, like the agent's SimulatedIdDocumentReader. */
  #readOldDocument(
    number: number,
    ack: (ok: boolean, extra?: Partial<CommandResult>) => CommandResult,
  ): CommandResult {
    if (!this.#readerAttached) return ack(false, { fault: 'no_reader' });
    const c = this.#compartments.get(number);
    if (!c) return ack(false, { fault: 'reader_fault' });
    if (!c.occupied) return ack(false, { fault: 'no_document' });
    const item = this.#items.get(number) ?? {};
    if (item.readerFault) return ack(false, { fault: 'reader_fault' });
    if (item.readable === false) return ack(false, { fault: 'unreadable' });
    return ack(true, {
      oldDocument: {
        documentNumber: item.documentNumber ?? simulatedOldDocumentNumber,
        holderMatches: item.holderMatches ?? true,
      },
    });
  }

  #statuses(): CompartmentStatus[] {
    return [...this.#compartments.values()]
      .sort((a, b) => a.number - b.number)
      .map((c) => ({ compartment: c.number, door: c.door, occupied: c.hasSensor ? c.occupied : null }));
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
