/**
 * A simulated locker board for demos and tests: physical doors, contents and sensors in memory, behind the same
 * `LockDriver` interface as the real boards. People's actions (take, place, close, open by force) and the faults
 * worth showing (a jammed lock, a missing sensor, a board that stops answering) are methods; the agent notices
 * them the way it notices real hardware, by reading the board.
 */
import type { SimulatedOldDocument } from '../readers/simulated-id-document-reader.ts';
import type { CompartmentReading, DriverHealth, LockDriver, UnlockOutcome } from './lock-driver.ts';

export const simulatorActions = [
  'take',
  'place',
  'close',
  'open',
  'open_by_force',
  'jam_next_unlock',
  'sensor_off',
  'sensor_on',
] as const;
export type SimulatorAction = (typeof simulatorActions)[number];

/** Why an action is impossible (the keys of `boxes.simulator.*` in the German texts). */
export type SimulatedActionRefusal =
  'door_closed' | 'compartment_empty' | 'compartment_full' | 'door_already_closed' | 'door_already_open';

export class SimulatedActionError extends Error {
  readonly reason: SimulatedActionRefusal | 'unknown_compartment';
  constructor(reason: SimulatedActionRefusal | 'unknown_compartment') {
    super(`simulated board: ${reason}`);
    this.reason = reason;
  }
}

export interface SimulatedCompartmentInit {
  number: number;
  occupied?: boolean;
  doorOpen?: boolean;
  hasSensor?: boolean;
}

export interface SimulatedCompartmentState {
  number: number;
  door: 'open' | 'closed';
  occupied: boolean;
  hasSensor: boolean;
  jamNextUnlock: boolean;
}

export class SimulatedDriver implements LockDriver {
  readonly #compartments = new Map<number, SimulatedCompartmentState>();
  readonly #listeners = new Set<() => void>();
  readonly #unlockPulses = new Map<number, number>();
  /** What a person laid in, where it is an old document with details for the simulated reader. */
  readonly #items = new Map<number, SimulatedOldDocument>();
  #online = true;
  #lastSeenAt: string | null = null;

  constructor(compartments: readonly SimulatedCompartmentInit[]) {
    for (const c of compartments) {
      this.#compartments.set(c.number, {
        number: c.number,
        door: c.doorOpen ? 'open' : 'closed',
        occupied: c.occupied ?? false,
        hasSensor: c.hasSensor ?? true,
        jamNextUnlock: false,
      });
    }
  }

  static withCompartments(count: number, withoutSensor: readonly number[] = []): SimulatedDriver {
    return new SimulatedDriver(
      Array.from({ length: count }, (_, i) => ({ number: i + 1, hasSensor: !withoutSensor.includes(i + 1) })),
    );
  }

  async start(): Promise<void> {}
  async close(): Promise<void> {}

  compartments(): number[] {
    return [...this.#compartments.keys()].sort((a, b) => a - b);
  }

  async unlock(compartment: number): Promise<UnlockOutcome> {
    const c = this.#compartments.get(compartment);
    if (!c) return { ok: false, fault: 'unknown_compartment', reading: null };
    if (!this.#online) return { ok: false, fault: 'board_offline', reading: null };
    this.#seen();
    this.#unlockPulses.set(compartment, (this.#unlockPulses.get(compartment) ?? 0) + 1);
    if (c.jamNextUnlock) {
      c.jamNextUnlock = false;
      return { ok: false, fault: 'not_confirmed', reading: this.#reading(c) };
    }
    // The latch releases and the door's spring pushes it open.
    c.door = 'open';
    return { ok: true, reading: this.#reading(c) };
  }

  async readAll(): Promise<CompartmentReading[]> {
    if (!this.#online) {
      return this.compartments().map((compartment) => ({ compartment, door: 'unknown', occupied: null }));
    }
    this.#seen();
    return this.compartments().map((n) => this.#reading(this.#compartments.get(n)!));
  }

  health(): DriverHealth {
    return {
      ok: this.#online,
      boards: [
        {
          board: 'simulated',
          online: this.#online,
          lastSeenAt: this.#lastSeenAt,
          lastError: this.#online ? null : 'not answering',
        },
      ],
    };
  }

  // --- the world around the board -----------------------------------------------------------------------------

  /** Called after every physical change, so an agent can read the board at once instead of at its next poll. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  state(): SimulatedCompartmentState[] {
    return this.compartments().map((n) => ({ ...this.#compartments.get(n)! }));
  }

  compartment(number: number): SimulatedCompartmentState {
    return { ...this.#get(number) };
  }

  /** How many unlock pulses reached a compartment's lock. */
  unlockPulses(number: number): number {
    return this.#unlockPulses.get(number) ?? 0;
  }

  /** The board stops answering (cable pulled, power lost) or comes back. */
  setOnline(online: boolean): void {
    this.#online = online;
    this.#changed();
  }

  /** The old document (with details for the simulated reader) lying in a compartment, if any. */
  itemIn(number: number): SimulatedOldDocument | undefined {
    return this.#items.get(number);
  }

  /** A person lays an old identity document into the open compartment (a deposit compartment). */
  placeOldDocument(number: number, document: SimulatedOldDocument): void {
    this.act(number, 'place');
    this.#items.set(number, { ...document });
  }

  act(number: number, action: SimulatorAction): void {
    const c = this.#get(number);
    switch (action) {
      case 'take':
        if (c.door !== 'open') throw new SimulatedActionError('door_closed');
        if (!c.occupied) throw new SimulatedActionError('compartment_empty');
        c.occupied = false;
        this.#items.delete(number);
        break;
      case 'place':
        if (c.door !== 'open') throw new SimulatedActionError('door_closed');
        if (c.occupied) throw new SimulatedActionError('compartment_full');
        c.occupied = true;
        break;
      case 'close':
        if (c.door !== 'open') throw new SimulatedActionError('door_already_closed');
        c.door = 'closed';
        break;
      case 'open':
      case 'open_by_force':
        if (c.door !== 'closed') throw new SimulatedActionError('door_already_open');
        c.door = 'open';
        break;
      case 'jam_next_unlock':
        c.jamNextUnlock = true;
        break;
      case 'sensor_off':
        c.hasSensor = false;
        break;
      case 'sensor_on':
        c.hasSensor = true;
        break;
    }
    this.#changed();
  }

  #get(number: number): SimulatedCompartmentState {
    const c = this.#compartments.get(number);
    if (!c) throw new SimulatedActionError('unknown_compartment');
    return c;
  }

  #reading(c: SimulatedCompartmentState): CompartmentReading {
    return { compartment: c.number, door: c.door, occupied: c.hasSensor ? c.occupied : null };
  }

  #seen(): void {
    this.#lastSeenAt = new Date().toISOString();
  }

  #changed(): void {
    for (const listener of this.#listeners) listener();
  }
}
