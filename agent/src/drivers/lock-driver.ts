/**
 * The one interface every locker board driver implements (Kerong CU16, Modbus RTU relay board, simulated). The
 * controller speaks only to this; it never sees frames, addresses or coils.
 *
 * Compartment numbers are the box's numbers (1-based, as in the hub's `compartments.number`); each driver maps
 * them to board/lock or coil/input through its configuration.
 */

/** Door and occupancy of one compartment as the board reports it. */
export interface CompartmentReading {
  compartment: number;
  /** `unknown` when the board holding this compartment did not answer. */
  door: 'open' | 'closed' | 'unknown';
  /** `null` where the compartment has no occupancy sensor or the board did not answer. */
  occupied: boolean | null;
}

export interface DriverHealth {
  ok: boolean;
  /** One entry per board (or bus) the driver talks to. */
  boards: { board: string; online: boolean; lastSeenAt: string | null; lastError: string | null }[];
}

/**
 * The result of an unlock. `unlocked` means the board confirmed the lock released (e.g. by a status read after the
 * pulse); `not_confirmed` means the pulse was sent but the status read did not show the lock released;
 * `board_offline` means the board did not answer before or after, so whether the door opened is unknown.
 * A driver NEVER resends an unlock pulse on its own: the outcome of an unconfirmed pulse is read, not retried.
 */
export type UnlockOutcome =
  | { ok: true; reading: CompartmentReading }
  | {
      ok: false;
      fault: 'not_confirmed' | 'board_offline' | 'unknown_compartment';
      reading: CompartmentReading | null;
    };

export interface LockDriver {
  /** Opens the line(s). Resolves once the driver is ready; a board that does not answer is reported by `health`. */
  start(): Promise<void>;
  /** Releases one compartment's lock once. */
  unlock(compartment: number): Promise<UnlockOutcome>;
  /** Reads door and occupancy of every configured compartment (reads are retried; a silent board gives `unknown`). */
  readAll(): Promise<CompartmentReading[]>;
  health(): DriverHealth;
  /** The compartment numbers this driver is configured for, ascending. */
  compartments(): number[];
  close(): Promise<void>;
}
