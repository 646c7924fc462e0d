/**
 * The ways a simulated board misbehaves, shared by the Kerong and Modbus simulators. Tests change the fields at any
 * time (`sim.faults(0).silent = true`); counts are consumed reply by reply (`Infinity`: every reply).
 */
export interface BoardFaults {
  /** The board answers nothing and ignores commands (unpowered, cut cable, wrong address). */
  silent: boolean;
  /** The next n replies carry a wrong checksum / CRC. */
  corruptReplies: number;
  /** The next n replies are preceded by noise bytes on the line. */
  garbageBeforeReplies: number;
  /** Extra delay before each reply (a slow board, or a bridge buffering). */
  extraReplyDelayMs: number;
}

export function noFaults(): BoardFaults {
  return { silent: false, corruptReplies: 0, garbageBeforeReplies: 0, extraReplyDelayMs: 0 };
}

/** Takes one from a fault counter; true when the fault applies to this reply. */
export function consume(faults: BoardFaults, key: 'corruptReplies' | 'garbageBeforeReplies'): boolean {
  if (faults[key] <= 0) return false;
  faults[key] -= 1;
  return true;
}

/** The physical state of one lock and its compartment. */
export interface SimulatedCompartment {
  doorOpen: boolean;
  occupied: boolean;
  /** The lock does not release when driven (mechanically stuck, broken solenoid, loose wire). */
  stuck: boolean;
  /** Closing the door does not latch it: it swings open again (bent latch, something in the way). */
  wontLatch: boolean;
}

export function closedEmptyCompartment(): SimulatedCompartment {
  return { doorOpen: false, occupied: false, stuck: false, wontLatch: false };
}
